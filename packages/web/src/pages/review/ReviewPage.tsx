import { useState } from 'react';
import { ACCEPT_ATTACHMENTS, MOVE_ATTACHMENT, REJECT_ATTACHMENTS, REVIEW_QUEUE } from '../../api/documents';
import { errorText } from '../../api/errorText';
import type { ReviewQueuePage } from '../../api/types';
import { useMutation } from '../../api/useMutation';
import { useQuery } from '../../api/useQuery';
import { useAuth } from '../../auth/AuthContext';
import { IndustryOptions } from '../../components/IndustrySelect';
import { Empty, QueryView } from '../../components/StateView';
import { useT } from '../../i18n';
import { AttachmentCard } from './AttachmentCard';
import { pairKey, useReviewSelection } from './selection';

const PAGE = 50;

type ReviewResult = { changed: number; reviewedBy: string };

/** `/review`: inferred attachments for promotion officers and admins, least confident first. */
export default function ReviewPage() {
  const t = useT();
  const { user } = useAuth();
  const [industryId, setIndustryId] = useState('');
  const [first, setFirst] = useState(PAGE);
  const reviewer = user && (user.role === 'PROMOTION_OFFICER' || user.role === 'ADMIN');
  const state = useQuery(REVIEW_QUEUE, { industryId: industryId || null, first }, { skip: !reviewer });
  return (
    <section className="review-page" data-testid="review-queue">
      <header className="page-head">
        <div>
          <h1>{t('review.title')}</h1>
          <p className="muted">{t('review.subtitle')}</p>
        </div>
        <div className="toolbar">
          <label className="field-inline">
            <span>{t('industry.label')}</span>
            <select
              data-testid="review-industry"
              value={industryId}
              onChange={(event) => {
                setIndustryId(event.target.value);
                setFirst(PAGE);
              }}
            >
              <option value="">{t('review.allIndustries')}</option>
              <IndustryOptions />
            </select>
          </label>
        </div>
      </header>
      {!user ? (
        <Empty title={t('error.UNAUTHENTICATED')} hint={t('review.signIn')} />
      ) : !reviewer ? (
        <Empty title={t('error.FORBIDDEN')} hint={t('review.forbidden')} />
      ) : (
        <QueryView state={state}>
          {({ reviewQueue }) => (
            <ReviewList
              page={reviewQueue}
              onMore={() => setFirst((n) => Math.min(100, n + PAGE))}
              canMore={first < 100}
            />
          )}
        </QueryView>
      )}
    </section>
  );
}

function ReviewList({ page, onMore, canMore }: { page: ReviewQueuePage; onMore(): void; canMore: boolean }) {
  const t = useT();
  const { selected, toggle, setAll, clear } = useReviewSelection(page.nodes);
  const [accept, acceptState] = useMutation(ACCEPT_ATTACHMENTS);
  const [reject, rejectState] = useMutation(REJECT_ATTACHMENTS);
  const [move, moveState] = useMutation(MOVE_ATTACHMENT);
  const [done, setDone] = useState<ReviewResult | null>(null);
  const busy = acceptState.pending || rejectState.pending || moveState.pending;
  const error = acceptState.error ?? rejectState.error ?? moveState.error;

  const run = async (promise: Promise<Record<string, ReviewResult> | null>) => {
    const data = await promise;
    const result = data ? Object.values(data)[0] : undefined;
    if (result) {
      setDone(result);
      clear();
    }
  };
  const chosen = page.nodes
    .filter((a) => selected.has(pairKey(a)))
    .map(({ companyId, segmentId }) => ({ companyId, segmentId }));

  if (page.nodes.length === 0) return <Empty title={t('review.empty')} hint={t('review.emptyHint')} />;
  return (
    <>
      <div className="review-bulk toolbar">
        <span data-testid="review-total">{t('review.total', { n: page.totalCount })}</span>
        <label className="field-inline">
          <input
            type="checkbox"
            data-testid="review-select-all"
            checked={chosen.length === page.nodes.length}
            onChange={(event) => setAll(event.target.checked)}
          />
          <span>{t('review.selectAll')}</span>
        </label>
        <span className="muted">{t('review.selected', { n: chosen.length })}</span>
        <button
          type="button"
          data-testid="review-accept-selected"
          disabled={busy || chosen.length === 0}
          onClick={() => run(accept({ pairs: chosen }))}
        >
          {t('review.acceptSelected')}
        </button>
        <button
          type="button"
          className="ghost"
          data-testid="review-reject-selected"
          disabled={busy || chosen.length === 0}
          onClick={() => run(reject({ pairs: chosen }))}
        >
          {t('review.rejectSelected')}
        </button>
        {done && (
          <span className="muted small" role="status">
            {t('review.done', { n: done.changed, by: done.reviewedBy })}
          </span>
        )}
        {error && (
          <span className="error small" role="alert">
            {t.dyn('error', error.code)}: {errorText(t, error)}
          </span>
        )}
      </div>
      <ul className="plain-list review-list">
        {page.nodes.map((a) => {
          const pair = { companyId: a.companyId, segmentId: a.segmentId };
          return (
            <AttachmentCard
              key={pairKey(a)}
              attachment={a}
              selected={selected.has(pairKey(a))}
              onSelect={(on) => toggle(a, on)}
              busy={busy}
              onAccept={() => run(accept({ pairs: [pair] }))}
              onReject={() => run(reject({ pairs: [pair] }))}
              onMove={(toSegmentId) => run(move({ companyId: a.companyId, fromSegmentId: a.segmentId, toSegmentId }))}
            />
          );
        })}
      </ul>
      {page.pageInfo.hasNextPage && canMore && (
        <button type="button" className="ghost" onClick={onMore}>
          {t('review.more')}
        </button>
      )}
    </>
  );
}
