import {
  type ChainSegmentView,
  type Company,
  coverageRate,
  keyLinkCoverage,
  type LeaderValue,
  localSupportRate,
  type Radius,
} from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { type GraphExecutor, run } from '../executor';
import { COMPANY_PROJECTION, normalizeCompany } from './companies';
import { countsCypher, isLeafCypher, isLocalInScenario, type Scenario, scenarioParams } from './scenario';
import { chainSegmentsTx, type StatusOptions } from './segment-status';

/**
 * Local supporting rate by value (docs/design.md §4.3), set-based: the chain leaders of each industry (chainLeader = true,
 * operating in one of its leaves) and, per leader, Σ annualValue of SUPPLIES into it whose segmentId is one of the
 * industry's leaves or a crosswalk equivalent of one (docs/analytics.md, "the crosswalk"): from suppliers local at R,
 * and from all. One supplier's edges into one leader under ids of one crosswalk group are one flow, worth the largest
 * of them (the same purchase filed under two ids counts once); `edges` counts flows. Removed firms drop out as
 * leaders and as suppliers.
 */
export const LEADER_VALUES = `MATCH (s:Segment) WHERE s.industryId IN $industryIds AND ${isLeafCypher('s')}
  WITH s.industryId AS industryId, collect(s) AS leaves
  CALL (leaves) {
    MATCH (c:Company {chainLeader: true})-[o:OPERATES_IN]->(s)
    WHERE s IN leaves AND ${countsCypher('o')} AND NOT c.id IN $remove
    RETURN DISTINCT c
  }
  WITH industryId, c, [s IN leaves WHERE s.sameAs IS NULL | s.id] AS ownIds,
       reduce(pairs = [], s IN [s IN leaves WHERE s.sameAs IS NOT NULL] |
              pairs + [peerId IN s.sameAsIds | [peerId, s.sameAs]]) AS sharedIds
  CALL (c, ownIds, sharedIds) {
    OPTIONAL MATCH (sup:Company)-[e:SUPPLIES]->(c)
    WHERE (e.segmentId IN ownIds OR e.segmentId IN [p IN sharedIds | p[0]]) AND NOT sup.id IN $remove
    WITH sup, e.segmentId AS segmentId, sum(e.annualValue) AS value
    WITH sup, coalesce([p IN sharedIds WHERE p[0] = segmentId | p[1]][0], segmentId) AS inputKey, max(value) AS value
    RETURN sum(CASE WHEN ${isLocalInScenario('sup')} THEN value ELSE 0 END) AS localValue,
           sum(value) AS totalValue, count(sup) AS edges
  }
  RETURN industryId, ${COMPANY_PROJECTION} AS company, localValue, totalValue, edges
  ORDER BY industryId, c.id`;

export interface LeaderValueRow extends LeaderValue {
  industryId: string;
  company: Company;
}

export async function leaderValuesTx(
  tx: ManagedTransaction,
  industryIds: readonly string[],
  radius: Radius,
  scenario: Scenario = {},
): Promise<LeaderValueRow[]> {
  const rows = await run<Omit<LeaderValueRow, 'leaderId'>>(tx, LEADER_VALUES, {
    industryIds,
    ...scenarioParams(radius, scenario),
  });
  return rows.map((r) => ({ ...r, company: normalizeCompany(r.company), leaderId: r.company.id }));
}

export interface LeaderRate {
  company: Company;
  rate: number | null;
  localValue: number;
  totalValue: number;
}

/** The backing model of GraphQL `SupportRate`. */
export interface SupportRateReport {
  coverage: number;
  keyLinkCoverage: number;
  byValue: number | null;
  perLeader: LeaderRate[];
}

/** Builds the report of one industry from its leaf statuses and its leaders' values. */
export function supportRateReport(leaves: readonly ChainSegmentView[], leaders: readonly LeaderValueRow[]) {
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
  } satisfies SupportRateReport;
}

/** Coverage, key-link coverage and the supporting rate of one industry at R, optionally under a scenario. */
export async function supportRateTx(
  tx: ManagedTransaction,
  industryId: string,
  radius: Radius,
  options: StatusOptions = {},
): Promise<{ report: SupportRateReport; leaves: ChainSegmentView[] }> {
  const leaves = await chainSegmentsTx(tx, [industryId], radius, { ...options, leavesOnly: true });
  const leaders = await leaderValuesTx(tx, [industryId], radius, options.scenario);
  return { report: supportRateReport(leaves, leaders), leaves };
}

export function supportRate(
  executor: GraphExecutor,
  industryId: string,
  radius: Radius,
  options: StatusOptions = {},
): Promise<SupportRateReport> {
  return executor.readTx(
    'localSupportRate',
    async (tx) => (await supportRateTx(tx, industryId, radius, options)).report,
  );
}
