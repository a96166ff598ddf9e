/** Segment status at a radius (docs/design.md §4.1): how many local firms operate in a leaf segment. */
export type SegmentStatus = 'MISSING' | 'WEAK' | 'STRONG';

/** Firms needed for STRONG; configurable, default 3. */
export const DEFAULT_STRONG_THRESHOLD = 3;

export function segmentStatus(localCount: number, strongThreshold = DEFAULT_STRONG_THRESHOLD): SegmentStatus {
  if (localCount <= 0) return 'MISSING';
  return localCount >= strongThreshold ? 'STRONG' : 'WEAK';
}
