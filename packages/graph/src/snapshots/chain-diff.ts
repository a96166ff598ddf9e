import { diffSnapshots, type Radius, type SnapshotDiff } from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import { liveSnapshotContent } from './live-content';
import { snapshotById } from './store';

/**
 * What changed in an industry between a snapshot and another (or now, when `toSnapshotId` is null), at `radius`
 * (default: the `from` snapshot's radius; another radius takes the member of each set at it). The live side is
 * read with the `from` snapshot's minimum confidence, so like is compared with like. Throws
 * SnapshotNotFoundError for an unknown snapshot, one of another industry, or a set without that radius.
 */
export async function chainDiffFor(
  executor: GraphExecutor,
  industryId: string,
  fromSnapshotId: string,
  toSnapshotId: string | null,
  radius?: Radius | null,
): Promise<SnapshotDiff> {
  const from = await snapshotById(executor, industryId, fromSnapshotId, radius);
  const at = from.radius;
  const to = toSnapshotId === null ? null : await snapshotById(executor, industryId, toSnapshotId, at);
  const toContent = to ? to.content : await liveSnapshotContent(executor, industryId, at, from.minConfidence);
  const { content: _from, ...fromSummary } = from;
  const toSummary = to ? (({ content: _to, ...summary }) => summary)(to) : null;
  return { ...diffSnapshots(from.content, toContent), from: fromSummary, to: toSummary };
}
