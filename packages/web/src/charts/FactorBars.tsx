import { scaleLinear } from 'd3';
import type { ScoreFactor } from '../api/types';
import { useT } from '../i18n';
import { decimal, percent } from '../i18n/format';

const ROW = 22;
const LABEL = 120;
const WIDTH = 360;

/**
 * An explainable score as bars (docs/design.md §4): the track is the factor's weight (the most it can add), the fill its
 * contribution (value × weight); contributions add up to the score.
 */
export function FactorBars({ factors, score }: { factors: ScoreFactor[]; score?: number }) {
  const t = useT();
  const maxWeight = Math.max(0.0001, ...factors.map((f) => f.weight));
  const x = scaleLinear()
    .domain([0, maxWeight])
    .range([0, WIDTH - LABEL - 56]);
  const height = factors.length * ROW + 4;
  const summary = factors.map((f) => `${t.dyn('factor', f.factor)} ${decimal(f.contribution, t.locale, 3)}`).join(', ');
  return (
    <figure className="factor-bars">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary}>
        {factors.map((f, i) => (
          <g key={f.factor} transform={`translate(0, ${i * ROW + 2})`}>
            <title>
              {t('factors.tooltip', {
                factor: t.dyn('factor', f.factor),
                value: percent(f.value, t.locale),
                weight: decimal(f.weight, t.locale),
                contribution: decimal(f.contribution, t.locale, 3),
              })}
            </title>
            <text x={LABEL - 8} y={ROW / 2} dy="0.35em" textAnchor="end" className="factor-label">
              {t.dyn('factor', f.factor)}
            </text>
            <rect x={LABEL} y={4} width={x(f.weight)} height={ROW - 8} rx={3} className="factor-track" />
            <rect x={LABEL} y={4} width={x(f.contribution)} height={ROW - 8} rx={3} className="factor-fill" />
            <text x={LABEL + x(f.weight) + 6} y={ROW / 2} dy="0.35em" className="factor-value">
              {decimal(f.contribution, t.locale, 3)}
            </text>
          </g>
        ))}
      </svg>
      {score !== undefined && (
        <figcaption className="muted">{t('factors.total', { score: decimal(score, t.locale, 3) })}</figcaption>
      )}
    </figure>
  );
}
