import { useState } from 'react';
import type { Radius } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { companyPath } from '../../router/routes';
import { useViewState } from '../../router/viewState';
import { CompanyLine } from '../shared/CompanyLine';
import { SEGMENT_FIRM_PAGE } from './firmOverlayDocument';

export const FIRM_PAGE_SIZE = 20;

/** Every firm of a segment at the radius, a page at a time (what the map's "+N" count node opens). */
export function FirmListPages({ segmentId, radius }: { segmentId: string; radius: Radius }) {
  const t = useT();
  const { minConfidence } = useViewState();
  // The cursors of the pages seen so far: the last is the page shown, popping one goes back.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const state = useQuery(SEGMENT_FIRM_PAGE, { segmentId, radius, first: FIRM_PAGE_SIZE, after, minConfidence });
  if (state.status === 'loading') return <p className="muted small">{t('state.loading')}</p>;
  if (state.status === 'error') return <p className="muted small">{t.dyn('error', state.error.code)}</p>;
  const { nodes, totalCount, pageInfo } = state.data.segmentCompanies;
  const pages = Math.max(1, Math.ceil(totalCount / FIRM_PAGE_SIZE));
  return (
    <div data-testid="firm-list" data-total={totalCount}>
      <ul className="plain-list">
        {nodes.map((company) => (
          <li key={company.id}>
            <Link href={companyPath(company.id)}>{t.named(company)}</Link>
            <CompanyLine company={company} />
          </li>
        ))}
      </ul>
      <div className="firm-pager">
        <button type="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('firmOverlay.previous')}
        </button>
        <span className="muted small">{t('firmOverlay.page', { page: cursors.length, pages })}</span>
        <button
          type="button"
          data-testid="firm-list-next"
          disabled={!pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, pageInfo.endCursor ?? null])}
        >
          {t('firmOverlay.next')}
        </button>
      </div>
    </div>
  );
}
