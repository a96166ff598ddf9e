import { type IndustryKpis, industryKpis, localSupportRate, type Radius } from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import { chainSegmentsTx } from './segment-status';
import { leaderValuesTx } from './support-rate';

/** KPIs of many industries at R in two queries (for the overview's seven cards), keyed by industry id. */
export function industryKpisByIds(
  executor: GraphExecutor,
  industryIds: readonly string[],
  radius: Radius,
  threshold?: number,
  minConfidence?: number,
): Promise<Map<string, IndustryKpis>> {
  return executor.readTx('industryKpis', async (tx) => {
    const segments = await chainSegmentsTx(tx, industryIds, radius, {
      leavesOnly: true,
      ...(threshold === undefined ? {} : { threshold }),
      scenario: { minConfidence },
    });
    const leaders = await leaderValuesTx(tx, industryIds, radius, { minConfidence });
    return new Map(
      industryIds.map((id) => {
        const leaves = segments.filter((s) => s.leaf && s.industryId === id);
        const { byValue } = localSupportRate(leaders.filter((l) => l.industryId === id));
        return [id, industryKpis(leaves, byValue)];
      }),
    );
  });
}
