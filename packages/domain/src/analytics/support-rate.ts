import type { Company } from '../enterprise/company';
import { type CoveredLeaf, coverageRate, keyLinkCoverage } from './coverage';

/** What the graph sums for one chain leader: SUPPLIES into it whose segmentId is one of the industry's leaves. */
export interface LeaderValue {
  leaderId: string;
  localValue: number;
  totalValue: number;
  edges: number;
}

/** One leader's local supporting rate with its firm (the backing model of GraphQL `LeaderRate`). */
export interface LeaderRate {
  company: Company;
  rate: number | null;
  localValue: number;
  totalValue: number;
}

/** An industry's coverage and supporting rate (the backing model of GraphQL `SupportRate`). */
export interface SupportRateReport {
  coverage: number;
  keyLinkCoverage: number;
  byValue: number | null;
  perLeader: LeaderRate[];
}

/** local ÷ total, or null when there is nothing to divide (no edges, or edges worth 0 in total). */
export function valueShare(localValue: number, totalValue: number): number | null {
  return totalValue > 0 ? localValue / totalValue : null;
}

/**
 * Local supporting rate by value (本地配套率, docs/design.md §4.3): Σ annualValue from local suppliers ÷ Σ annualValue over
 * the edges into the industry's chain leaders, for the industry and per leader; null where there are no edges.
 */
export function localSupportRate(leaders: readonly LeaderValue[]): {
  byValue: number | null;
  perLeader: Array<{ leaderId: string; rate: number | null }>;
} {
  let local = 0;
  let total = 0;
  for (const leader of leaders) {
    local += leader.localValue;
    total += leader.totalValue;
  }
  return {
    byValue: valueShare(local, total),
    perLeader: leaders.map((leader) => ({
      leaderId: leader.leaderId,
      rate: leader.edges > 0 ? valueShare(leader.localValue, leader.totalValue) : null,
    })),
  };
}

/**
 * An industry's report (GraphQL `SupportRate`) from its leaf statuses and its chain leaders' values: coverage and
 * key-link coverage over the leaves (§4.2), and the supporting rate for the industry and per leader, in the
 * leaders' order (§4.3).
 */
export function supportRateReport(
  leaves: readonly CoveredLeaf[],
  leaders: ReadonlyArray<LeaderValue & { company: Company }>,
): SupportRateReport {
  const { byValue, perLeader } = localSupportRate(leaders);
  return {
    coverage: coverageRate(leaves),
    keyLinkCoverage: keyLinkCoverage(leaves),
    byValue,
    perLeader: leaders.map((leader, i) => ({
      company: leader.company,
      rate: perLeader[i]?.rate ?? null,
      localValue: leader.localValue,
      totalValue: leader.totalValue,
    })),
  };
}
