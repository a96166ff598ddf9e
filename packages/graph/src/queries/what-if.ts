import {
  closedGaps,
  DEFAULT_STRONG_THRESHOLD,
  openedGaps,
  type Radius,
  singleSourcePairs,
  statusChanges,
  type WhatIfReport,
} from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import { purchasePairsTx } from './resilience';
import type { Scenario } from './scenario';
import { chainSegmentsTx } from './segment-status';
import { leaderValuesBeforeAfterTx, supportRateReport } from './support-rate';

/**
 * What-if (docs/design.md §4.9): the same queries as the baseline with `$attract` (treated as local at R) and `$remove`
 * (treated as gone: their OPERATES_IN and SUPPLIES are ignored) as parameters, in one read transaction, so nothing
 * is ever written and before and after see the same snapshot.
 */
export function whatIf(
  executor: GraphExecutor,
  industryId: string,
  radius: Radius,
  scenario: Scenario,
  threshold = DEFAULT_STRONG_THRESHOLD,
): Promise<WhatIfReport> {
  // The baseline reads the graph with the same confidence as the scenario, so only attract/remove differ.
  const baseline = { minConfidence: scenario.minConfidence };
  return executor.readTx('whatIf', async (tx) => {
    const leaves = { leavesOnly: true, threshold };
    const leavesBefore = await chainSegmentsTx(tx, [industryId], radius, { ...leaves, scenario: baseline });
    const leavesAfter = await chainSegmentsTx(tx, [industryId], radius, { ...leaves, scenario });
    // Both sides' leader values from one read of the leaders' edges (LEADER_VALUES).
    const leaders = await leaderValuesBeforeAfterTx(tx, [industryId], radius, scenario);
    const before = { report: supportRateReport(leavesBefore, leaders.before), leaves: leavesBefore };
    const after = { report: supportRateReport(leavesAfter, leaders.after), leaves: leavesAfter };
    const pairs = await purchasePairsTx(tx, industryId, radius, scenario.minConfidence);
    const changes = statusChanges(before.leaves, after.leaves);
    const singleSourceBefore = singleSourcePairs(pairs).length;
    const singleSourceAfter = singleSourcePairs(pairs, new Set(scenario.remove ?? [])).length;
    return {
      before: before.report,
      after: after.report,
      changes,
      closedGaps: closedGaps(changes),
      openedGaps: openedGaps(changes),
      singleSourceBefore,
      singleSourceAfter,
      singleSourceDelta: singleSourceAfter - singleSourceBefore,
    };
  });
}
