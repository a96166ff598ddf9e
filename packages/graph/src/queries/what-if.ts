import {
  closedGaps,
  coveredLeaf,
  DEFAULT_STRONG_THRESHOLD,
  openedGaps,
  type Radius,
  statusChanges,
  supportRateReport,
  type WhatIfReport,
} from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import { readEach } from '../parallel-reads';
import type { Scenario } from './scenario';
import { chainSegmentsTx } from './segment-status';
import { inLeaderOrder, leaderReads, leaderSourcesOf, leaderValuesOf, type SourceFacts } from './support-rate';

/**
 * What-if (docs/design.md §4.9): the same queries as the baseline with `$attract` (treated as local at R) and `$remove`
 * (treated as gone: their OPERATES_IN and SUPPLIES are ignored) as parameters, read only, so nothing is ever
 * written. The leaf statuses before, after and the leaders' parts are independent reads, run side by side
 * (readEach); Neo4j reads are read-committed, so a write committed meanwhile may show in some of them (as it could
 * between the statements of one transaction).
 */
export async function whatIf(
  executor: GraphExecutor,
  industryId: string,
  radius: Radius,
  scenario: Scenario,
  threshold = DEFAULT_STRONG_THRESHOLD,
): Promise<WhatIfReport> {
  // The baseline reads the graph with the same confidence as the scenario, so only attract/remove differ.
  const baseline = { minConfidence: scenario.minConfidence };
  const leaves = { leavesOnly: true, threshold };
  const [leavesBefore, leavesAfter, ...leaderParts] = await readEach(executor, 'whatIf', [
    (tx) => chainSegmentsTx(tx, [industryId], radius, { ...leaves, scenario: baseline }),
    (tx) => chainSegmentsTx(tx, [industryId], radius, { ...leaves, scenario }),
    // Both sides' leader values and the single-source facts from one read of the leaders' edges.
    ...leaderReads([industryId], radius, { scenario, sources: true }),
  ]);
  const records = inLeaderOrder(leaderParts);
  const leaders = leaderValuesOf(records);
  const before = { report: supportRateReport(leavesBefore.map(coveredLeaf), leaders.before), leaves: leavesBefore };
  const after = { report: supportRateReport(leavesAfter.map(coveredLeaf), leaders.after), leaves: leavesAfter };
  const { singleSourceBefore, singleSourceAfter } = singleSourceCounts(leaderSourcesOf(records));
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
