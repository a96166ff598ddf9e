import {
  closedGaps,
  DEFAULT_STRONG_THRESHOLD,
  openedGaps,
  type Radius,
  statusChanges,
  type WhatIfReport,
} from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import type { Scenario } from './scenario';
import { chainSegmentsTx } from './segment-status';
import { leaderValuesAndSourcesTx, type SourceFacts, supportRateReport } from './support-rate';

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
    // Both sides' leader values and the single-source facts from one read of the leaders' edges.
    const leaders = await leaderValuesAndSourcesTx(tx, [industryId], radius, scenario);
    const before = { report: supportRateReport(leavesBefore, leaders.before), leaves: leavesBefore };
    const after = { report: supportRateReport(leavesAfter, leaders.after), leaves: leavesAfter };
    const { singleSourceBefore, singleSourceAfter } = singleSourceCounts(leaders.sources);
    const changes = statusChanges(before.leaves, after.leaves);
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

/**
 * Domain `singleSourcePairs` before and under the scenario, counted from the leaders' single-source facts instead of
 * their supplier lists (which would mean reading ~80k supplier ids at a million firms): a (leader, leaf segment)
 * pair is single-sourced when its suppliers' smallest and largest element ids are one; under the scenario, when
 * its leader stays and at most one supplier does (none kept counts too, as in the domain rule).
 */
export function singleSourceCounts(leaders: ReadonlyArray<{ removed: boolean; facts: readonly SourceFacts[] }>) {
  let singleSourceBefore = 0;
  let singleSourceAfter = 0;
  for (const { removed, facts } of leaders) {
    for (const [, first, last, firstKept, lastKept] of facts) {
      if (first === last) singleSourceBefore += 1;
      if (!removed && firstKept === lastKept) singleSourceAfter += 1;
    }
  }
  return { singleSourceBefore, singleSourceAfter };
}
