import { useEffect, useState } from 'react';
import { SEGMENT_COMPANIES } from '../../api/documents';
import type { Radius } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { companyPath } from '../../router/routes';
import { useViewState } from '../../router/viewState';
import { CompanyLine } from '../shared/CompanyLine';
import { FirmListPages } from './FirmListPages';
import { FirmProvenance } from './FirmProvenance';

const SHOWN = 8;

/** The segment's firms local at the radius; the count comes with the chain map, the list from the API when offered. */
export function LocalFirms({
  segmentId,
  localCount,
  radius,
  listAll = false,
}: {
  segmentId: string;
  localCount: number;
  radius: Radius;
  /** Open on the full, paged list (the map's "+N" count node asked for it). */
  listAll?: boolean;
}) {
  const t = useT();
  const [all, setAll] = useState(listAll);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new segment starts on its own request
  useEffect(() => setAll(listAll), [listAll, segmentId]);
  const { minConfidence } = useViewState();
  const state = useQuery(
    SEGMENT_COMPANIES,
    { segmentId, radius, first: SHOWN, minConfidence },
    { skip: localCount === 0 || all },
  );
  return (
    <section className="side-section" data-testid="local-firms">
      <h3>
        {t('firms.title')} <span className="muted">({localCount})</span>
      </h3>
      {localCount === 0 && <p className="muted small">{t('firms.none')}</p>}
      {localCount > 0 && !all && state.status === 'loading' && <p className="muted small">{t('state.loading')}</p>}
      {localCount > 0 && !all && state.status === 'error' && (
        <p className="muted small">{t.dyn('error', state.error.code)}</p>
      )}
      {localCount > 0 && all && <FirmListPages segmentId={segmentId} radius={radius} />}
      {localCount > 0 && !all && state.status === 'ok' && (
        <ul className="plain-list">
          {state.data.segmentCompanies.nodes.map((company) => (
            <li key={company.id}>
              <Link href={companyPath(company.id)}>{t.named(company)}</Link>
              <CompanyLine company={company} />
              <FirmProvenance company={company} segmentId={segmentId} />
            </li>
          ))}
          {state.data.segmentCompanies.totalCount > SHOWN && (
            <li className="muted small">
              {t('firms.more', { n: state.data.segmentCompanies.totalCount - SHOWN })}{' '}
              <button type="button" className="ghost" data-testid="firm-list-all" onClick={() => setAll(true)}>
                {t('firmOverlay.listAll', { n: state.data.segmentCompanies.totalCount })}
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
