import { CHAIN_MAP } from '../api/documents';
import type { ChainSegment } from '../api/types';
import { useQuery } from '../api/useQuery';
import { useT } from '../i18n';
import { DEFAULT_RADIUS } from '../router/viewState';

/**
 * A segment's name in the current language. When the API sent only an id, the name comes from the industry's chain
 * map (cached; segment ids start with their industry id).
 */
export function SegmentName({
  segment,
  segmentId,
}: {
  segment?: Pick<ChainSegment, 'name' | 'nameEn'> | null;
  segmentId?: string | null;
}) {
  const t = useT();
  const industryId = segmentId?.split('.')[0] ?? '';
  const state = useQuery(CHAIN_MAP, { industryId, radius: DEFAULT_RADIUS }, { skip: Boolean(segment) || !industryId });
  if (segment) return <>{t.named(segment)}</>;
  const found = state.status === 'ok' ? state.data.chainMap.segments.find((s) => s.id === segmentId) : undefined;
  return <>{found ? t.named(found) : (segmentId ?? '—')}</>;
}
