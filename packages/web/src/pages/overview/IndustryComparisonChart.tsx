import { scaleBand, scaleLinear } from 'd3';
import type { Ref } from 'react';
import type { IndustryKpis, IndustryWithKpis } from '../../api/types';
import { fit } from '../../charts/fitText';
import { type MessageKey, useT } from '../../i18n';
import { percent } from '../../i18n/format';

const METRICS: Array<{ key: keyof IndustryKpis; label: MessageKey; color: string }> = [
  { key: 'coverage', label: 'kpi.coverage', color: '#0b6e99' },
  { key: 'keyLinkCoverage', label: 'kpi.keyLinkCoverage', color: '#4fa3c7' },
  { key: 'localSupportRate', label: 'kpi.localSupportRate', color: '#f08c3a' },
];
const WIDTH = 1180;
const LEFT_ZH = 230;
// English names are longer.
const LEFT_EN = 320;
const RIGHT = 40;
const ROW = 54;

/** Grouped bars: coverage, key-link coverage and local supporting rate for each industry, on one 0–100 % axis. */
export function IndustryComparisonChart({
  industries,
  ref,
}: {
  industries: IndustryWithKpis[];
  ref?: Ref<SVGSVGElement>;
}) {
  const t = useT();
  const LEFT = t.locale === 'en' ? LEFT_EN : LEFT_ZH;
  const height = industries.length * ROW + 56;
  const x = scaleLinear()
    .domain([0, 1])
    .range([LEFT, WIDTH - RIGHT]);
  const y = scaleBand()
    .domain(industries.map((i) => i.id))
    .range([36, height - 20])
    .paddingInner(0.25);
  const bar = scaleBand()
    .domain(METRICS.map((m) => m.key))
    .range([0, y.bandwidth()])
    .padding(0.08);
  const ticks = x.ticks(5);
  return (
    <svg
      ref={ref}
      className="chart"
      data-testid="industry-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={t('overview.chartTitle', { radius: '' })}
    >
      <g className="legend-row">
        {METRICS.map((m, i) => (
          <g key={m.key} transform={`translate(${LEFT + i * 190}, 10)`}>
            <rect width={12} height={12} rx={2} fill={m.color} />
            <text x={18} y={10} className="axis-label">
              {t(m.label)}
            </text>
          </g>
        ))}
      </g>
      {ticks.map((tick) => (
        <g key={tick} transform={`translate(${x(tick)}, 0)`}>
          <line y1={30} y2={height - 20} className="grid" />
          <text y={height - 4} textAnchor="middle" className="axis-label">
            {percent(tick, t.locale)}
          </text>
        </g>
      ))}
      {industries.map((industry) => (
        <g key={industry.id} transform={`translate(0, ${y(industry.id) ?? 0})`}>
          <text x={LEFT - 12} y={y.bandwidth() / 2} dy="0.35em" textAnchor="end" className="row-label">
            <title>{t.named(industry)}</title>
            {fit(t.named(industry), LEFT - 20, 13 / 12)}
          </text>
          {METRICS.map((m) => {
            const value = industry.kpis[m.key];
            const v = typeof value === 'number' ? value : null;
            return (
              <g key={m.key} transform={`translate(0, ${bar(m.key) ?? 0})`}>
                <title>{`${t.named(industry)} · ${t(m.label)}: ${percent(v, t.locale, 1)}`}</title>
                <rect x={LEFT} width={Math.max(0, x(v ?? 0) - LEFT)} height={bar.bandwidth()} fill={m.color} rx={2} />
                <text x={x(v ?? 0) + 4} y={bar.bandwidth() / 2} dy="0.35em" className="bar-value">
                  {percent(v, t.locale)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
