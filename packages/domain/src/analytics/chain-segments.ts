import { DEFAULT_STRONG_THRESHOLD, type SegmentStatus, segmentStatus } from './status';

/** A key link as read models see it (docs/design.md §3.2 `KeyLink`, with the segment it sits on). */
export interface KeyLinkRecord {
  id: string;
  segmentId: string;
  criticality: number;
  bottleneck: string;
  targetYear: number | null;
  note: string | null;
  noteEn: string | null;
}

/**
 * What the graph counts for one segment at a radius. A leaf carries its own count; a parent lists its leaf
 * descendants' counts, and `localCount` is the number of distinct local firms over all of them.
 */
export interface SegmentRow {
  id: string;
  industryId: string;
  name: string;
  nameEn: string;
  tier: string;
  parentId: string | null;
  leaf: boolean;
  localCount: number;
  leafCounts: Array<{ id: string; localCount: number }>;
  keyLink: KeyLinkRecord | null;
}

/** The backing model of GraphQL `ChainSegment`. */
export interface ChainSegmentView {
  id: string;
  industryId: string;
  name: string;
  nameEn: string;
  tier: string;
  parentId: string | null;
  leaf: boolean;
  status: SegmentStatus;
  localCount: number;
  keyLink: KeyLinkRecord | null;
}

const STRENGTH: Record<SegmentStatus, number> = { MISSING: 0, WEAK: 1, STRONG: 2 };

/** The weakest of some statuses; MISSING when there are none (nothing to build on). */
export function weakestStatus(statuses: readonly SegmentStatus[]): SegmentStatus {
  let weakest: SegmentStatus | undefined;
  for (const status of statuses) if (weakest === undefined || STRENGTH[status] < STRENGTH[weakest]) weakest = status;
  return weakest ?? 'MISSING';
}

/**
 * Status of a segment (docs/design.md §4.1). A leaf: from its local count. A parent carries no facts of its own, so its
 * status is the weakest of its leaves' (a group containing a gap shows the gap) and its localCount is the number of
 * distinct local firms in any of its leaves.
 */
export function toChainSegment(row: SegmentRow, threshold = DEFAULT_STRONG_THRESHOLD): ChainSegmentView {
  const status = row.leaf
    ? segmentStatus(row.localCount, threshold)
    : weakestStatus(row.leafCounts.map((leaf) => segmentStatus(leaf.localCount, threshold)));
  const { leafCounts: _, ...rest } = row;
  return { ...rest, status };
}
