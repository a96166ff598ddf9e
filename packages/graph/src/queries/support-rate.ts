import {
  type ChainSegmentView,
  type Company,
  coverageRate,
  keyLinkCoverage,
  type LeaderValue,
  localSupportRate,
  type Radius,
  type SupportRateReport,
} from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { type GraphExecutor, run } from '../executor';
import { COMPANY_PROJECTION, normalizeCompany } from './companies';
import { isLocalCypher } from './locality';
import { countsCypher, isLeafCypher, SCENARIO_FIRMS, type Scenario, scenarioParams } from './scenario';
import { chainSegmentsTx, type StatusOptions } from './segment-status';

/**
 * Local supporting rate by value (docs/design.md §4.3), set-based: the chain leaders of each industry (chainLeader = true,
 * operating in one of its leaves) and, per leader, Σ annualValue of SUPPLIES into it whose segmentId is one of the
 * industry's leaves or a crosswalk equivalent of one (docs/analytics.md, "the crosswalk"): from suppliers local at R,
 * and from all. One supplier's edges into one leader under ids of one crosswalk group are one flow, worth the largest
 * of them (the same purchase filed under two ids counts once); `edges` counts flows. Removed firms drop out as
 * leaders and as suppliers.
 *
 * One pass gives both sides of a what-if (§4.9): the values with no scenario (`…Before`) and under it (the plain
 * names; equal without one). The leaders' edges are the costly part (~28k each at a million firms), so what-if reads
 * them once rather than twice; removed leaders come back flagged (`removed`) for the scenario side to drop. Per edge
 * only what the sums need is read: the SUPPLIES type alone says the supplier is a Company, and the scenario's firms
 * are compared as nodes (SCENARIO_FIRMS), so no supplier's id is read.
 */
export const LEADER_VALUES = `${SCENARIO_FIRMS}
  MATCH (s:Segment) WHERE s.industryId IN $industryIds AND ${isLeafCypher('s')}
  WITH s.industryId AS industryId, collect(s) AS leaves, removedFirms, attractedFirms
  CALL (leaves) {
    MATCH (c:Company {chainLeader: true})-[o:OPERATES_IN]->(s)
    WHERE s IN leaves AND ${countsCypher('o')}
    RETURN DISTINCT c
  }
  WITH industryId, c, removedFirms, attractedFirms, [s IN leaves WHERE s.sameAs IS NULL | s.id] AS ownIds,
       reduce(pairs = [], s IN [s IN leaves WHERE s.sameAs IS NOT NULL] |
              pairs + [peerId IN s.sameAsIds | [peerId, s.sameAs]]) AS sharedIds
  WITH industryId, c, removedFirms, attractedFirms, ownIds + [p IN sharedIds | p[0]] AS inputIds,
       [p IN sharedIds | p[0]] AS peerIds, sharedIds
  CALL (c, inputIds, peerIds, sharedIds, removedFirms, attractedFirms) {
    OPTIONAL MATCH (sup)-[e:SUPPLIES]->(c) WHERE e.segmentId IN inputIds
    WITH sup, e.segmentId AS segmentId, sum(e.annualValue) AS value
    WITH sup, CASE WHEN segmentId IN peerIds THEN [p IN sharedIds WHERE p[0] = segmentId | p[1]][0]
                   ELSE segmentId END AS inputKey, max(value) AS value
    WITH sup, value, sup IN removedFirms AS removed, ${isLocalCypher('sup')} AS local
    RETURN sum(CASE WHEN local THEN value ELSE 0 END) AS localValueBefore,
           sum(value) AS totalValueBefore, count(sup) AS edgesBefore,
           sum(CASE WHEN NOT removed AND (sup IN attractedFirms OR local) THEN value ELSE 0 END) AS localValue,
           sum(CASE WHEN removed THEN 0 ELSE value END) AS totalValue,
           count(CASE WHEN removed THEN null ELSE sup END) AS edges
  }
  RETURN industryId, ${COMPANY_PROJECTION} AS company, c IN removedFirms AS removed,
         localValueBefore, totalValueBefore, edgesBefore, localValue, totalValue, edges
  ORDER BY industryId, c.id`;

export interface LeaderValueRow extends LeaderValue {
  industryId: string;
  company: Company;
}

interface LeaderValuesRecord {
  industryId: string;
  company: Company;
  removed: boolean;
  localValueBefore: number;
  totalValueBefore: number;
  edgesBefore: number;
  localValue: number;
  totalValue: number;
  edges: number;
}

/** The leaders' values with no scenario (`before`) and under `scenario` (`after`), from one read of their edges. */
export async function leaderValuesBeforeAfterTx(
  tx: ManagedTransaction,
  industryIds: readonly string[],
  radius: Radius,
  scenario: Scenario = {},
): Promise<{ before: LeaderValueRow[]; after: LeaderValueRow[] }> {
  const rows = await run<LeaderValuesRecord>(tx, LEADER_VALUES, { industryIds, ...scenarioParams(radius, scenario) });
  const leader = (r: LeaderValuesRecord, localValue: number, totalValue: number, edges: number): LeaderValueRow => {
    const company = normalizeCompany(r.company);
    return { industryId: r.industryId, company, leaderId: company.id, localValue, totalValue, edges };
  };
  return {
    before: rows.map((r) => leader(r, r.localValueBefore, r.totalValueBefore, r.edgesBefore)),
    after: rows.filter((r) => !r.removed).map((r) => leader(r, r.localValue, r.totalValue, r.edges)),
  };
}

/** The leaders' values at R, under `scenario` when given. */
export async function leaderValuesTx(
  tx: ManagedTransaction,
  industryIds: readonly string[],
  radius: Radius,
  scenario: Scenario = {},
): Promise<LeaderValueRow[]> {
  return (await leaderValuesBeforeAfterTx(tx, industryIds, radius, scenario)).after;
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
