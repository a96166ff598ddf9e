import { SEGMENT_PLATFORMS } from '../../api/platformDocuments';
import type { PlatformMark } from '../../api/types';
import { useQuery } from '../../api/useQuery';

/** The platforms serving a segment or, for a parent, one of its leaves. */
export function supportingPlatforms(platforms: readonly PlatformMark[], segmentId: string): PlatformMark[] {
  return platforms.filter((p) => p.segments.some((s) => s.id === segmentId || s.parentId === segmentId));
}

/**
 * The industry's platforms for the marks; null until loaded (or when they cannot be: the marks are extra). Every mark
 * on a page (a gap list has dozens of rows) shares one request: the client dedupes and caches the query.
 */
export function usePlatformMarks(industryId: string): PlatformMark[] | null {
  const state = useQuery(SEGMENT_PLATFORMS, { industryId });
  return state.status === 'ok' ? state.data.servicePlatforms : null;
}
