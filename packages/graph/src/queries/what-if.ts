import {
  closedGaps,
  DEFAULT_STRONG_THRESHOLD,
  openedGaps,
  type Radius,
  type StatusChange,
  singleSourcePairs,
  statusChanges,
} from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import { purchasePairsTx } from './resilience';
import type { Scenario } from './scenario';
import { type SupportRateReport, supportRateTx } from './support-rate';

/** The backing model of GraphQL `WhatIfResult`. */
export interface WhatIfReport {
  before: SupportRateReport;
  after: SupportRateReport;
  changes: StatusChange[];
  closedGaps: string[];
  openedGaps: string[];
  singleSourceBefore: number;
  singleSourceAfter: number;
  singleSourceDelta: number;
}

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
    const before = await supportRateTx(tx, industryId, radius, { threshold, scenario: baseline });
    const after = await supportRateTx(tx, industryId, radius, { threshold, scenario });
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
