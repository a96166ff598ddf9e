import {
  DEFAULT_MIN_CONFIDENCE,
  DEFAULT_STRONG_THRESHOLD,
  industryKpis,
  localSupportRate,
  MAX_SNAPSHOT_FIRMS,
  type Radius,
  SNAPSHOT_CONTENT_VERSION,
  type SnapshotContent,
  type SnapshotFirm,
} from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import { run } from '../executor';
import { gaps } from '../queries/gaps';
import { LOCAL_FIRMS_OF_INDUSTRIES, localFirmsOf } from '../queries/local-firms';
import { countsCypher, isLeafCypher, scenarioParams } from '../queries/scenario';
import { chainSegmentsTx } from '../queries/segment-status';
import { leaderValuesTx } from '../queries/support-rate';

/**
 * Which local firms each leaf counts, from the same locality index and grouping as segment status (so the ids
 * agree with `localCount`), and how many firms operate in the industry's own segments at any place.
 */
const LOCAL_FIRM_IDS = `${LOCAL_FIRMS_OF_INDUSTRIES}
  MATCH (s:Segment) WHERE s.industryId = $industryId AND ${isLeafCypher('s')}
  WITH s, ${localFirmsOf('s')} AS firms
  RETURN s.id AS segmentId, [f IN firms | { id: f.id, name: f.name }] AS firms`;

const ALL_FIRMS = `MATCH (c:Company)-[o:OPERATES_IN]->(:Segment)
  WHERE o.industryId = $industryId AND ${countsCypher('o')}
  RETURN count(DISTINCT c) AS all`;

/**
 * The industry at R as a snapshot would store it now (docs/snapshots.md): the analytics' own readings — leaf
 * status and local counts (chainSegmentsTx), the KPIs (industryKpis over them and the leaders' supporting rate,
 * as `Industry.kpis`), the gap list (`gaps`) — plus which local firms those are. Statuses use the default STRONG
 * threshold; attachments count from `minConfidence`.
 */
export async function liveSnapshotContent(
  executor: GraphExecutor,
  industryId: string,
  radius: Radius,
  minConfidence = DEFAULT_MIN_CONFIDENCE,
): Promise<SnapshotContent> {
  const params = { industryId, industryIds: [industryId], ...scenarioParams(radius, { minConfidence }) };
  const read = await executor.readTx('snapshotContent', async (tx) => {
    const leaves = await chainSegmentsTx(tx, [industryId], radius, { leavesOnly: true, scenario: { minConfidence } });
    const leaders = await leaderValuesTx(tx, [industryId], radius, { minConfidence });
    const firmRows = await run<{ segmentId: string; firms: SnapshotFirm[] }>(tx, LOCAL_FIRM_IDS, params);
    const [all] = await run<{ all: number }>(tx, ALL_FIRMS, params);
    return { leaves, leaders, firmRows, all: all?.all ?? 0 };
  });
  const gapList = await gaps(executor, industryId, radius, { minConfidence });

  const firmsOf = new Map(read.firmRows.map((r) => [r.segmentId, r.firms]));
  const localFirms = new Map<string, SnapshotFirm>();
  for (const row of read.firmRows) for (const firm of row.firms) localFirms.set(firm.id, firm);
  const firmsTruncated = localFirms.size > MAX_SNAPSHOT_FIRMS;
  return {
    version: SNAPSHOT_CONTENT_VERSION,
    industryId,
    radius,
    threshold: DEFAULT_STRONG_THRESHOLD,
    minConfidence,
    kpis: industryKpis(read.leaves, localSupportRate(read.leaders).byValue),
    segments: read.leaves.map((leaf) => ({
      id: leaf.id,
      name: leaf.name,
      nameEn: leaf.nameEn,
      tier: leaf.tier,
      status: leaf.status,
      localCount: leaf.localCount,
      firmIds: firmsTruncated ? [] : (firmsOf.get(leaf.id) ?? []).map((f) => f.id).sort(),
    })),
    gaps: gapList.map((g) => ({ segmentId: g.segment.id, status: g.status, priority: g.priority })),
    firmCounts: { local: localFirms.size, all: read.all },
    localFirms: firmsTruncated ? [] : [...localFirms.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    firmsTruncated,
  };
}
