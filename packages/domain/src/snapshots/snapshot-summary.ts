import type { IndustryKpis } from '../analytics/coverage';
import type { Radius } from '../radius';
import type { ChainDiff } from './diff-snapshots';

/** A stored snapshot without its content: what the timeline and `snapshots(industryId)` list. */
export interface SnapshotSummary {
  id: string;
  /** Snapshots taken together (one per radius) share it. */
  setId: string;
  industryId: string;
  radius: Radius;
  label: string | null;
  /** ISO 8601, UTC. */
  createdAt: string;
  minConfidence: number;
  version: number;
  kpis: IndustryKpis;
}

/** The domain diff with the two ends it compares; `to` null means the live graph (GraphQL `ChainDiff`). */
export interface SnapshotDiff extends ChainDiff {
  from: SnapshotSummary;
  to: SnapshotSummary | null;
}
