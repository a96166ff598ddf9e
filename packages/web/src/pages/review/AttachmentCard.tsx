import { useState } from 'react';
import type { Attachment } from '../../api/types';
import { ProvenanceBadge } from '../../components/ProvenanceBadge';
import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { companyPath } from '../../router/routes';
import { Highlighted } from './Highlighted';
import { MovePicker } from './MovePicker';

/** One inferred attachment: the firm's texts with the evidence marked, and accept / reject / move. */
export function AttachmentCard({
  attachment: a,
  selected,
  onSelect,
  busy,
  onAccept,
  onReject,
  onMove,
}: {
  attachment: Attachment;
  selected: boolean;
  onSelect(selected: boolean): void;
  busy: boolean;
  onAccept(): void;
  onReject(): void;
  onMove(toSegmentId: string): void;
}) {
  const t = useT();
  const [moving, setMoving] = useState(false);
  const termsOf = (field: string) => a.evidence.filter((e) => e.field === field).flatMap((e) => e.terms);
  const texts: Array<[string, string | null]> = [
    ['businessScope', a.businessScope],
    ['products', a.products],
  ];
  const codes = a.evidence.flatMap((e) => (e.code ? [e.code] : []));
  return (
    <li className="review-item" data-testid="review-item" data-company={a.companyId} data-segment={a.segmentId}>
      <label className="review-select">
        <input
          type="checkbox"
          checked={selected}
          onChange={(event) => onSelect(event.target.checked)}
          aria-label={`${a.companyName} → ${a.segmentName}`}
        />
      </label>
      <div className="review-body">
        <div className="review-head">
          <Link href={companyPath(a.companyId)}>
            <Highlighted text={a.companyName} terms={termsOf('name')} />
          </Link>
          <span aria-hidden="true"> → </span>
          <strong>{a.segmentName}</strong>{' '}
          <ProvenanceBadge source="inferred" confidence={a.confidence} at={a.classifiedAt} />
        </div>
        <dl className="facts review-texts">
          {texts.map(([field, text]) =>
            text ? (
              <div key={field}>
                <dt>{t.dyn('review.field', field)}</dt>
                <dd>
                  <Highlighted text={text} terms={termsOf(field)} />
                </dd>
              </div>
            ) : null,
          )}
          {(a.industryCode || codes.length > 0) && (
            <div>
              <dt>{t('review.field.industry')}</dt>
              <dd>
                {codes.includes(a.industryCode ?? '') ? (
                  <mark>{a.industryCode}</mark>
                ) : (
                  (a.industryCode ?? codes.join('、'))
                )}
              </dd>
            </div>
          )}
        </dl>
        <div className="review-actions">
          <button type="button" data-testid="review-accept" disabled={busy} onClick={onAccept}>
            {t('review.accept')}
          </button>
          <button type="button" className="ghost" data-testid="review-reject" disabled={busy} onClick={onReject}>
            {t('review.reject')}
          </button>
          {moving ? (
            <MovePicker industryId={a.industryId} fromSegmentId={a.segmentId} busy={busy} onMove={onMove} />
          ) : (
            <button type="button" className="ghost" data-testid="review-move-open" onClick={() => setMoving(true)}>
              {t('review.move')}…
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
