import type { IndustryKpis } from '../analytics/coverage';
import type { SegmentStatus } from '../analytics/status';
import type { Radius } from '../radius';

/**
 * What a snapshot stores (docs/snapshots.md): the chain of one industry at one radius as the analytics read it at
 * that moment. Bump SNAPSHOT_CONTENT_VERSION when the shape changes; `parseSnapshotContent` refuses other versions
 * rather than diffing fields that mean something else.
 */
export const SNAPSHOT_CONTENT_VERSION = 1;

/** A leaf segment's status, its local firm count and (up to the firm cap) which local firms those are. */
export interface SnapshotSegment {
  id: string;
  name: string;
  nameEn: string;
  tier: string;
  status: SegmentStatus;
  localCount: number;
  firmIds: string[];
}

/** A MISSING or WEAK segment with the priority the gap list gave it. */
export interface SnapshotGap {
  segmentId: string;
  status: SegmentStatus;
  priority: number;
}

export interface SnapshotFirm {
  id: string;
  name: string;
}

export interface SnapshotContent {
  version: number;
  industryId: string;
  radius: Radius;
  /** The STRONG threshold and minimum attachment confidence the statuses were read with. */
  threshold: number;
  minConfidence: number;
  kpis: IndustryKpis;
  segments: SnapshotSegment[];
  gaps: SnapshotGap[];
  /** Distinct local firms in any leaf, and distinct firms operating in the industry at any place. */
  firmCounts: { local: number; all: number };
  /** The local firms by id and name (names kept so a firm that later left is still named); capped, see below. */
  localFirms: SnapshotFirm[];
  /** True when the industry had more local firms than MAX_SNAPSHOT_FIRMS: ids are then kept for none of them. */
  firmsTruncated: boolean;
}

/**
 * Local firm ids kept per snapshot. Beyond it (WORLD radius of a national-size register) the property would run to
 * megabytes, so the snapshot keeps counts only and the diff says firm arrivals are unknown.
 */
export const MAX_SNAPSHOT_FIRMS = 20_000;

/** The stored JSON back as content, or an error naming the snapshot and what is wrong. */
export function parseSnapshotContent(snapshotId: string, json: string): SnapshotContent {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error(`snapshot ${snapshotId}: content is not JSON`);
  }
  const content = value as Partial<SnapshotContent> | null;
  if (!content || typeof content !== 'object') throw new Error(`snapshot ${snapshotId}: content is not an object`);
  if (content.version !== SNAPSHOT_CONTENT_VERSION)
    throw new Error(
      `snapshot ${snapshotId}: content version ${String(content.version)} is not ${SNAPSHOT_CONTENT_VERSION}`,
    );
  for (const field of ['kpis', 'segments', 'gaps', 'firmCounts', 'localFirms'] as const)
    if (content[field] === undefined) throw new Error(`snapshot ${snapshotId}: content lacks ${field}`);
  return content as SnapshotContent;
}
