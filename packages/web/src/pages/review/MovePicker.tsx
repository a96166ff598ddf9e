import { useState } from 'react';
import { LEAF_SEGMENTS } from '../../api/documents';
import { useQuery } from '../../api/useQuery';
import { useT } from '../../i18n';

/** Picks another leaf segment of the attachment's industry; its list loads only when a reviewer opens it. */
export function MovePicker({
  industryId,
  fromSegmentId,
  busy,
  onMove,
}: {
  industryId: string;
  fromSegmentId: string;
  busy: boolean;
  onMove(toSegmentId: string): void;
}) {
  const t = useT();
  const [target, setTarget] = useState('');
  const state = useQuery(LEAF_SEGMENTS, { industryId });
  const leaves =
    state.status === 'ok' ? state.data.chainMap.segments.filter((s) => s.leaf && s.id !== fromSegmentId) : [];
  return (
    <>
      <label className="field-inline">
        <span>{t('review.move')}</span>
        <select data-testid="review-move-target" value={target} onChange={(event) => setTarget(event.target.value)}>
          <option value="">{state.status === 'loading' ? t('state.loading') : t('review.moveTo')}</option>
          {leaves.map((leaf) => (
            <option key={leaf.id} value={leaf.id}>
              {t.named(leaf)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="review-move" disabled={busy || !target} onClick={() => onMove(target)}>
        {t('review.move')}
      </button>
    </>
  );
}
