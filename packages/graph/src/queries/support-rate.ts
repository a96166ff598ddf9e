import { type Company, type LeaderValue, type Radius, type SupportRateReport, supportRateReport } from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { type GraphExecutor, run } from '../executor';
import { inPartCypher, type Part, partsOf, readEach, WHOLE } from '../parallel-reads';
import { COMPANY_PROJECTION, normalizeCompany } from './companies';
import { leafPresenceTx } from './leaf-presence';
import { isLocalSupplierCypher } from './locality';
import { countsCypher, isLeafCypher, SCENARIO_FIRMS, type Scenario, scenarioParams } from './scenario';

/**
 * Local supporting rate by value (docs/design.md §4.3), set-based: the chain leaders of each industry (chainLeader = true,
 * operating in one of its leaves) and, per leader, Σ annualValue of SUPPLIES into it whose segmentId is one of the
 * industry's leaves or a crosswalk equivalent of one (docs/analytics.md, "the crosswalk"): from suppliers local at R,
 * and from all. One supplier's edges into one leader under ids of one crosswalk group are one flow, worth the largest
 * of them (the same purchase filed under two ids counts once); `edges` counts flows (under an id of no group, each
 * edge is one: both writers MERGE one edge per supplier, buyer and segmentId). Removed firms drop out as leaders and
 * as suppliers.
 *
 * One pass gives both sides of a what-if (§4.9): the values with no scenario (`…Before`) and under it (the plain
 * names; equal without one). The leaders' edges are the costly part (~28k each at a million firms), so they are read
 * once and summed per segment, not per supplier (the statement grouped ~84k rows by supplier twice, for the
 * crosswalk's max); only edges under a crosswalk id keep their supplier as a key (`flow`), so that its largest value
 * per group can be taken. Per edge only what the sums need is read: the SUPPLIES type alone says the supplier is a
 * Company, its locality is the edge's copy (`supplierRing`), and the scenario's firms are compared as nodes
 * (SCENARIO_FIRMS), so no supplier property is read. At a million firms (icv) this took the statement from ~360 to
 * ~280 ms (docs/analytics.md, PROFILE notes).
 *
 * With `sources`, each leader also carries its purchases per leaf segment as single-source facts (`sources`:
 * [segmentId, first, last, firstKept, lastKept, value]: its suppliers' smallest and largest element id, of all and
 * of those the scenario keeps, and Σ value; one distinct supplier when first = last), sorted by segment, for
 * what-if's single-source counts and resilience's single sources: no supplier list is built or sent.
 *
 * Each leader's rows come from its own edges only, so the statement reads the leaders of part `$part` of `$parts`
 * (parallel-reads.ts: largest SUPPLIES degree first, dealt out in turn) and the parts run side by side (`leaderReads`).
 */
function leaderValuesCypher(sources: boolean): string {
  const sourceFacts = sources ? ', min(supplierKey) AS first, max(supplierKey) AS last' : '';
  const sourcesOfLeader = sources
    ? `CALL (groups, leafIds) {
    UNWIND groups AS g
    WITH g WHERE g.segmentId IN leafIds
    WITH g.segmentId AS segmentId, min(g.first) AS first, max(g.last) AS last,
         min(CASE WHEN g.removed THEN null ELSE g.first END) AS firstKept,
         max(CASE WHEN g.removed THEN null ELSE g.last END) AS lastKept, sum(g.value) AS value
    ORDER BY segmentId
    RETURN collect([segmentId, first, last, firstKept, lastKept, value]) AS sources
  }`
    : '';
  return `${SCENARIO_FIRMS}
  MATCH (s:Segment) WHERE s.industryId IN $industryIds AND ${isLeafCypher('s')}
  WITH s.industryId AS industryId, collect(s) AS leaves, removedFirms, attractedFirms
  CALL (leaves) {
    MATCH (c:Company {chainLeader: true})-[o:OPERATES_IN]->(s)
    WHERE s IN leaves AND ${countsCypher('o')}
    WITH DISTINCT c
    ${inPartCypher('c', 'COUNT { (c)<-[:SUPPLIES]-() } DESC, c.id')}
    RETURN c
  }
  WITH industryId, c, removedFirms, attractedFirms, [s IN leaves | s.id] AS leafIds,
       [s IN leaves WHERE s.sameAs IS NULL | s.id] AS ownIds,
       reduce(pairs = [], s IN [s IN leaves WHERE s.sameAs IS NOT NULL] |
              pairs + [peerId IN s.sameAsIds | [peerId, s.sameAs]]) AS sharedIds
  WITH industryId, c, removedFirms, attractedFirms, leafIds, ownIds + [p IN sharedIds | p[0]] AS inputIds,
       [p IN sharedIds | p[0]] AS peerIds, sharedIds
  CALL (c, inputIds, peerIds, removedFirms, attractedFirms) {
    MATCH (sup)-[e:SUPPLIES]->(c) WHERE e.segmentId IN inputIds
    WITH e.segmentId AS segmentId, sup, e.annualValue AS value, sup IN removedFirms AS removed,
         ${isLocalSupplierCypher('e', 'sup')} AS local${sources ? ', elementId(sup) AS supplierKey' : ''}
    WITH segmentId, CASE WHEN segmentId IN peerIds THEN sup END AS flow, removed,
         sum(value) AS value, sum(CASE WHEN local THEN value ELSE 0 END) AS localValue,
         sum(CASE WHEN NOT removed AND (local OR sup IN attractedFirms) THEN value ELSE 0 END) AS keptLocalValue,
         count(*) AS edges${sourceFacts}
    RETURN collect({ segmentId: segmentId, flow: flow, removed: removed, value: value, localValue: localValue,
                     keptLocalValue: keptLocalValue, edges: edges${sources ? ', first: first, last: last' : ''} }) AS groups
  }
  CALL (groups, sharedIds) {
    UNWIND groups AS g
    WITH g.flow AS flow, g.removed AS removed,
         CASE WHEN g.flow IS NULL THEN g.segmentId ELSE [p IN sharedIds WHERE p[0] = g.segmentId | p[1]][0] END
           AS inputKey,
         max(g.value) AS value, max(g.localValue) AS localValue, max(g.keptLocalValue) AS keptLocalValue,
         max(CASE WHEN g.flow IS NULL THEN g.edges ELSE 1 END) AS edges
    RETURN coalesce(sum(localValue), 0) AS localValueBefore, coalesce(sum(value), 0) AS totalValueBefore,
           sum(edges) AS edgesBefore, coalesce(sum(keptLocalValue), 0) AS localValue,
           coalesce(sum(CASE WHEN removed THEN 0 ELSE value END), 0) AS totalValue,
           sum(CASE WHEN removed THEN 0 ELSE edges END) AS edges
  }
  ${sourcesOfLeader}
  RETURN industryId, ${COMPANY_PROJECTION} AS company, c IN removedFirms AS removed,
         localValueBefore, totalValueBefore, edgesBefore, localValue, totalValue, edges${sources ? ', sources' : ''}
  ORDER BY industryId, c.id`;
}

export const LEADER_VALUES = leaderValuesCypher(false);
/** LEADER_VALUES with each leader's single-source facts per leaf segment (`sources`). */
export const LEADER_VALUES_AND_SOURCES = leaderValuesCypher(true);

/**
 * How many parts the leaders' statement is split into when run on its own (`leaderReads`). An industry has a few
 * chain leaders (three each at a million firms, ~12–37k edges apiece), so three parts give each its own
 * transaction and the largest leader bounds the time; on two cores more parts would only queue.
 */
export const LEADER_PARTS = 3;

export interface LeaderValueRow extends LeaderValue {
  industryId: string;
  company: Company;
}

/** One leader's row of LEADER_VALUES (`sources` only from LEADER_VALUES_AND_SOURCES). */
export interface LeaderRecord {
  industryId: string;
  company: Company;
  removed: boolean;
  localValueBefore: number;
  totalValueBefore: number;
  edgesBefore: number;
  localValue: number;
  totalValue: number;
  edges: number;
  sources?: SourceFacts[];
}

/**
 * One leader's purchases of one leaf segment as single-source facts (LEADER_VALUES_AND_SOURCES): the smallest and
 * largest element id of its suppliers, of all and of those the scenario keeps (null when it removes them all).
 */
export type SourceFacts = [
  segmentId: string,
  first: string,
  last: string,
  firstKept: string | null,
  lastKept: string | null,
  value: number,
];

/** The leaders' rows of part `part` (all of them with WHOLE), with single-source facts when `sources`. */
export function leaderRecordsTx(
  tx: ManagedTransaction,
  industryIds: readonly string[],
  radius: Radius,
  options: { scenario?: Scenario; sources?: boolean; part?: Part } = {},
): Promise<LeaderRecord[]> {
  return run<LeaderRecord>(tx, options.sources ? LEADER_VALUES_AND_SOURCES : LEADER_VALUES, {
    industryIds,
    ...scenarioParams(radius, options.scenario),
    ...(options.part ?? WHOLE),
  });
}

/** The leaders' statement as LEADER_PARTS reads over disjoint leaders, to run with readEach (beside other reads). */
export function leaderReads(
  industryIds: readonly string[],
  radius: Radius,
  options: { scenario?: Scenario; sources?: boolean } = {},
): Array<(tx: ManagedTransaction) => Promise<LeaderRecord[]>> {
  return partsOf(LEADER_PARTS).map((part) => (tx) => leaderRecordsTx(tx, industryIds, radius, { ...options, part }));
}

/** The parts' rows as the whole statement returns them: ORDER BY industryId, c.id. */
export function inLeaderOrder(parts: readonly (readonly LeaderRecord[])[]): LeaderRecord[] {
  const key = (r: LeaderRecord) => [r.industryId, r.company.id] as const;
  return parts.flat().sort((a, b) => {
    const [ai, ac] = key(a);
    const [bi, bc] = key(b);
    return ai < bi ? -1 : ai > bi ? 1 : ac < bc ? -1 : ac > bc ? 1 : 0;
  });
}

/** The leaders' values with no scenario (`before`) and under it (`after`: removed leaders drop out). */
export function leaderValuesOf(records: readonly LeaderRecord[]): {
  before: LeaderValueRow[];
  after: LeaderValueRow[];
} {
  const leader = (r: LeaderRecord, localValue: number, totalValue: number, edges: number): LeaderValueRow => {
    const company = normalizeCompany(r.company);
    return { industryId: r.industryId, company, leaderId: company.id, localValue, totalValue, edges };
  };
  return {
    before: records.map((r) => leader(r, r.localValueBefore, r.totalValueBefore, r.edgesBefore)),
    after: records.filter((r) => !r.removed).map((r) => leader(r, r.localValue, r.totalValue, r.edges)),
  };
}

/** Each leader's single-source facts per leaf segment (records of LEADER_VALUES_AND_SOURCES). */
export function leaderSourcesOf(records: readonly LeaderRecord[]) {
  return records.map((r) => ({ leaderId: r.company.id, removed: r.removed, facts: r.sources ?? [] }));
}

/** The leaders' values at R, under `scenario` when given, in one statement (KPIs, snapshots: inside their transaction). */
export async function leaderValuesTx(
  tx: ManagedTransaction,
  industryIds: readonly string[],
  radius: Radius,
  scenario: Scenario = {},
): Promise<LeaderValueRow[]> {
  return leaderValuesOf(await leaderRecordsTx(tx, industryIds, radius, { scenario })).after;
}

/**
 * Coverage, key-link coverage and the supporting rate of one industry at R, optionally under a scenario: the leaves'
 * presence (coverage needs no count, so no threshold either) and the leaders' parts are independent reads, run side
 * by side (readEach).
 */
export async function supportRate(
  executor: GraphExecutor,
  industryId: string,
  radius: Radius,
  options: { scenario?: Scenario } = {},
): Promise<SupportRateReport> {
  const [leaves, ...leaderParts] = await readEach(executor, 'localSupportRate', [
    (tx) => leafPresenceTx(tx, [industryId], radius, options.scenario),
    ...leaderReads([industryId], radius, { scenario: options.scenario }),
  ]);
  return supportRateReport(leaves, leaderValuesOf(inLeaderOrder(leaderParts)).after);
}
