export {
  type ChainDiff,
  DEFAULT_FIRM_CHANGE_LIMIT,
  diffSnapshots,
  type FirmChanges,
  type GapChange,
  type KpiDelta,
  type SegmentStatusChange,
} from './diff-snapshots';
export { mayCreateSnapshot } from './may-create-snapshot';
export { parseSnapshotEvery } from './schedule';
export {
  MAX_SNAPSHOT_FIRMS,
  parseSnapshotContent,
  SNAPSHOT_CONTENT_VERSION,
  type SnapshotContent,
  type SnapshotFirm,
  type SnapshotGap,
  type SnapshotSegment,
} from './snapshot-content';
export type { SnapshotDiff, SnapshotSummary } from './snapshot-summary';
