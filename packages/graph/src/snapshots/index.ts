export { chainDiffFor } from './chain-diff';
export { liveSnapshotContent } from './live-content';
export {
  type CreatedSnapshots,
  type CreateSnapshotsOptions,
  createSnapshots,
  industriesDueForSnapshot,
  listSnapshots,
  MAX_SNAPSHOT_LABEL,
  newestSnapshotAt,
  SnapshotNotFoundError,
  type StoredSnapshot,
  snapshotById,
  snapshotLabelProblem,
} from './store';
