import type { Industry, IndustryKpis, Radius } from '../../api/types';
import { useT } from '../../i18n';
import { percent } from '../../i18n/format';
import { Link } from '../../router/Link';
import { industryPath } from '../../router/routes';

/** One industry's KPIs at the chosen radius; the whole card opens its chain map. */
export function IndustryCard({
  industry,
  kpis,
  radius,
  loading,
}: {
  industry: Industry;
  kpis: IndustryKpis | null;
  radius: Radius;
  loading: boolean;
}) {
  const t = useT();
  const href = industryPath(industry.id, 'chain') + (radius === 'JINSHAN' ? '' : `?radius=${radius}`);
  return (
    <li className="card industry-card" data-testid="industry-card" data-industry={industry.id}>
      <Link href={href} className="card-link">
        <div className="card-head">
          <strong>{t.named(industry)}</strong>
          <code>{industry.id}</code>
        </div>
        {kpis ? (
          <>
            <Kpi label={t('kpi.coverage')} value={kpis.coverage} testId="kpi-coverage" />
            <Kpi label={t('kpi.keyLinkCoverage')} value={kpis.keyLinkCoverage} testId="kpi-key-link" />
            <Kpi label={t('kpi.localSupportRate')} value={kpis.localSupportRate} testId="kpi-support" />
            <div className="card-counts">
              <span className="status status-missing">
                {t('kpi.missing')} <b>{kpis.missing}</b>
              </span>
              <span className="status status-weak">
                {t('kpi.weak')} <b>{kpis.weak}</b>
              </span>
            </div>
          </>
        ) : loading ? (
          <div className="skeleton" aria-hidden="true">
            <span />
            <span />
            <span />
          </div>
        ) : (
          <p className="muted small">{t('kpi.unavailable')}</p>
        )}
      </Link>
    </li>
  );
}

function Kpi({ label, value, testId }: { label: string; value: number | null; testId: string }) {
  const t = useT();
  const width = value === null ? 0 : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="kpi" data-testid={testId}>
      <div className="kpi-row">
        <span className="muted">{label}</span>
        <b>{percent(value, t.locale)}</b>
      </div>
      <div className="meter" aria-hidden="true">
        <span style={{ width: `${width}%` }} />
      </div>
    </div>
  );
}
