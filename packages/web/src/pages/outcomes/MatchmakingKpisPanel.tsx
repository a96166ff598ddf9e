import { scaleLinear } from 'd3';
import { MATCHMAKING_KPIS } from '../../api/outcomeDocuments';
import type { MatchmakingKpis } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { useAuth } from '../../auth/AuthContext';
import { Figure } from '../../components/Figure';
import { QueryView } from '../../components/StateView';
import { useT } from '../../i18n';
import { decimal, percent } from '../../i18n/format';

const ROW = 24;
const LABEL = 96;
const WIDTH = 420;

/**
 * What matchmaking achieved in an industry (docs/outcomes.md): matches, contracts, deliveries and losses for every
 * signed-in user, values for the district-wide roles (the API answers null to others), and the conversion funnel.
 */
export function MatchmakingKpisPanel({ industryId }: { industryId: string }) {
  const t = useT();
  const { user } = useAuth();
  const state = useQuery(MATCHMAKING_KPIS, { industryId }, { skip: !user });
  return (
    <section className="panel" data-testid="matchmaking-kpis">
      <h2>{t('kpis.title')}</h2>
      <p className="muted small">{t('kpis.subtitle')}</p>
      {!user ? (
        <p className="notice small">{t('kpis.signIn')}</p>
      ) : (
        <QueryView state={state} loadingLabel={t('kpis.loading')}>
          {({ matchmakingKpis: k }) => (
            <>
              <dl className="facts">
                <dt>{t('kpis.matches')}</dt>
                <dd data-testid="kpi-matches">{k.matches}</dd>
                <dt>{t('kpis.contracted')}</dt>
                <dd data-testid="kpi-contracted">{k.contracted}</dd>
                <dt>{t('kpis.delivered')}</dt>
                <dd data-testid="kpi-delivered">{k.delivered}</dd>
                <dt>{t('kpis.lost')}</dt>
                <dd>{k.lost}</dd>
                <dt>{t('kpis.contractedValue')}</dt>
                <dd data-testid="kpi-contracted-value">
                  <Figure value={k.contractedValue}>{decimal(k.contractedValue, t.locale, 0)}</Figure>
                </dd>
                <dt>{t('kpis.jinshan')}</dt>
                <dd>
                  <Figure value={k.contractedValueJinshan}>{decimal(k.contractedValueJinshan, t.locale, 0)}</Figure>
                </dd>
                <dt>{t('kpis.shanghai')}</dt>
                <dd>
                  <Figure value={k.contractedValueShanghai}>{decimal(k.contractedValueShanghai, t.locale, 0)}</Figure>
                </dd>
                <dt>{t('kpis.nonLocal')}</dt>
                <dd>
                  <Figure value={k.contractedValueNonLocal}>{decimal(k.contractedValueNonLocal, t.locale, 0)}</Figure>
                </dd>
                <dt>{t('kpis.deliveredValue')}</dt>
                <dd>
                  <Figure value={k.deliveredValue}>{decimal(k.deliveredValue, t.locale, 0)}</Figure>
                </dd>
              </dl>
              <FunnelBars funnel={k.funnel} />
              {k.lost > 0 && (
                <p className="muted small">
                  {t('kpis.lostByReason')}：
                  {k.lostByReason
                    .filter((l) => l.count > 0)
                    .map((l) => `${t.dyn('lostReason', l.reason)} ${l.count}`)
                    .join('、')}
                </p>
              )}
            </>
          )}
        </QueryView>
      )}
    </section>
  );
}

/** One bar per funnel step, its length the interests that reached it, labelled with the conversion onward. */
function FunnelBars({ funnel }: { funnel: MatchmakingKpis['funnel'] }) {
  const t = useT();
  const x = scaleLinear()
    .domain([0, Math.max(1, ...funnel.map((f) => f.reached))])
    .range([0, WIDTH - LABEL - 110]);
  const summary = funnel.map((f) => t('kpis.funnelLabel', { step: t.dyn('outcomeStep', f.step), n: f.reached }));
  return (
    <figure className="factor-bars" data-testid="kpi-funnel">
      <figcaption className="muted small">{t('kpis.funnel')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${funnel.length * ROW + 4}`} role="img" aria-label={summary.join(', ')}>
        {funnel.map((f, i) => (
          <g key={f.step} transform={`translate(0, ${i * ROW + 2})`} data-step={f.step}>
            <text x={LABEL - 8} y={ROW / 2} dy="0.35em" textAnchor="end" className="factor-label">
              {t.dyn('outcomeStep', f.step)}
            </text>
            <rect x={LABEL} y={4} width={x(f.reached)} height={ROW - 8} rx={3} className="factor-fill" />
            <text x={LABEL + x(f.reached) + 6} y={ROW / 2} dy="0.35em" className="factor-value">
              {f.conversion === null
                ? String(f.reached)
                : `${f.reached} · ${t('kpis.conversion', { p: percent(f.conversion, t.locale) })}`}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
