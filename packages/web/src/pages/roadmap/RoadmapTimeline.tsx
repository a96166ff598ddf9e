import { scaleBand } from 'd3';
import type { KeyboardEvent, Ref } from 'react';
import type { Technology } from '../../api/types';
import { useT } from '../../i18n';
import { placeTechnologies, trlRows } from './placeTechnologies';

export const STAGE_COLORS: Record<string, string> = {
  research: '#7b61ff',
  pilot: '#f08c3a',
  industrialising: '#0b6e99',
  mature: '#2f9e77',
};
const WIDTH = 1180;
const M = { top: 36, right: 24, bottom: 40, left: 56 };

/** Technologies on a year × TRL plane; arrows follow PRECEDES; click or Enter selects one. */
export function RoadmapTimeline({
  technologies,
  selected,
  onSelect,
  ref,
}: {
  technologies: Technology[];
  selected: string | null;
  onSelect(id: string): void;
  ref?: Ref<SVGSVGElement>;
}) {
  const t = useT();
  const years = [...new Set(technologies.map((x) => x.horizon))].sort((a, b) => a - b);
  const x = scaleBand<number>()
    .domain(years)
    .range([M.left, WIDTH - M.right])
    .paddingInner(0.06);
  const { rows, bottom } = trlRows(technologies, M.top);
  const height = bottom + M.bottom;
  const placed = placeTechnologies(technologies, x, rows, (tech) => t.named(tech));
  const at = new Map(placed.map((p) => [p.tech.id, p]));
  const onKey = (event: KeyboardEvent, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
    }
  };
  return (
    <svg
      ref={ref}
      className="chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      data-testid="roadmap-chart"
      aria-labelledby="roadmap-chart-title"
    >
      <title id="roadmap-chart-title">{t('roadmap.title')}</title>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0L10,5L0,10z" fill="#9fb3c8" />
        </marker>
      </defs>
      {Object.entries(STAGE_COLORS).map(([stage, color], i) => (
        <g key={stage} transform={`translate(${M.left + i * 150}, 12)`}>
          <circle r={6} cx={6} cy={6} fill={color} />
          <text x={18} y={10} className="axis-label">
            {t.dyn('stage', stage)}
          </text>
        </g>
      ))}
      {years.map((year) => (
        <g key={year} transform={`translate(${x(year) ?? 0}, 0)`}>
          <rect y={M.top} width={x.bandwidth()} height={height - M.top - M.bottom} className="year-band" />
          <text x={x.bandwidth() / 2} y={height - M.bottom + 22} textAnchor="middle" className="axis-title">
            {year}
          </text>
        </g>
      ))}
      {[...rows.values()].map((row) => (
        <g key={row.trl} transform={`translate(0, ${row.top})`}>
          <line x1={M.left} x2={WIDTH - M.right} className="grid" />
          <text x={M.left - 10} y={row.height / 2} dy="0.35em" textAnchor="end" className="axis-label">
            TRL {row.trl}
          </text>
        </g>
      ))}
      {placed.flatMap((from) =>
        from.tech.precedes.flatMap((toId) => {
          const to = at.get(toId);
          if (!to) return [];
          const mid = (from.x + to.x) / 2;
          return [
            <path
              key={`${from.tech.id}->${toId}`}
              d={`M${from.x},${from.y} C${mid},${from.y} ${mid},${to.y} ${to.x - 8},${to.y}`}
              className="precedes"
              markerEnd="url(#arrow)"
            />,
          ];
        }),
      )}
      {placed.map(({ tech, x: cx, y: cy, label }) => (
        // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>
        <g
          key={tech.id}
          transform={`translate(${cx}, ${cy})`}
          className={tech.id === selected ? 'tech selected' : 'tech'}
          role="button"
          tabIndex={0}
          aria-pressed={tech.id === selected}
          aria-label={`${t.named(tech)} · TRL ${tech.trl} · ${tech.horizon}`}
          onClick={() => onSelect(tech.id)}
          onKeyDown={(event) => onKey(event, tech.id)}
          data-testid="roadmap-tech"
        >
          <title>{`${t.named(tech)} · TRL ${tech.trl} · ${tech.horizon} · ${t.dyn('stage', tech.stage)}`}</title>
          <circle r={7} fill={STAGE_COLORS[tech.stage] ?? '#829ab1'} />
          <text x={11} dy="0.35em" className="tech-label">
            {label}
          </text>
        </g>
      ))}
    </svg>
  );
}
