import { SEGMENT_COMPANIES } from '../../api/documents';
import type { CompanySummary, Provenance, Radius } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { companyPath } from '../../router/routes';
import { useViewState } from '../../router/viewState';
import { CompanyLine } from '../shared/CompanyLine';
import { FirmProvenance } from './FirmProvenance';

const SHOWN = 8;

/** The segment's firms local at the radius; the count comes with the chain map, the list from the API when offered. */
export function LocalFirms({
  segmentId,
  localCount,
  radius,
}: {
  segmentId: string;
  localCount: number;
  radius: Radius;
}) {
  const t = useT();
  const { minConfidence } = useViewState();
  const state = useQuery<{ segmentCompanies: { totalCount: number; nodes: Array<CompanySummary & Provenance> } }>(
    SEGMENT_COMPANIES,
    { segmentId, radius, first: SHOWN, minConfidence },
    { skip: localCount === 0 },
  );
  return (
    <section className="side-section" data-testid="local-firms">
      <h3>
        {t('firms.title')} <span className="muted">({localCount})</span>
      </h3>
      {localCount === 0 && <p className="muted small">{t('firms.none')}</p>}
      {localCount > 0 && state.status === 'loading' && <p className="muted small">{t('state.loading')}</p>}
      {localCount > 0 && state.status === 'error' && (
        <p className="muted small">
          {t(state.error.code === 'NOT_IMPLEMENTED' ? 'firms.listUnavailable' : 'error.INTERNAL')}
        </p>
      )}
      {localCount > 0 && state.status === 'ok' && (
        <ul className="plain-list">
          {state.data.segmentCompanies.nodes.map((company) => (
            <li key={company.id}>
              <Link href={companyPath(company.id)}>{t.named(company)}</Link>
              <CompanyLine company={company} />
              <FirmProvenance company={company} segmentId={segmentId} />
            </li>
          ))}
          {state.data.segmentCompanies.totalCount > SHOWN && (
            <li className="muted small">{t('firms.more', { n: state.data.segmentCompanies.totalCount - SHOWN })}</li>
          )}
        </ul>
      )}
    </section>
  );
}
