import {
  externalDependence,
  hhiBySegment,
  type LeaderValue,
  localSupportRate,
  type PurchasePair,
  type Radius,
  type ResilienceReport,
  singleSourcePairs,
} from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { type GraphExecutor, run } from '../executor';
import { isLocalCypher, localityParams } from './locality';
import { countsCypher, isLeafCypher, scenarioParams } from './scenario';

/**
 * The chain leaders' inputs (docs/design.md §4.8), set-based: per (chain leader, leaf segment of the industry), the distinct
 * suppliers with the value each supplies (Σ annualValue of its SUPPLIES edges with that segmentId). The same edge set
 * as the local supporting rate (§4.3). Suppliers come back as two parallel lists rather than a list of maps: at a
 * million firms that is ~80k suppliers, and maps (keys repeated per entry, a JavaScript object each) took half of the
 * query's time to encode, send and decode. Their locality is not read here: only single sources show it, and those
 * are a few (SUPPLIER_LOCALITY). SUPPLIES joins two Company nodes (every writer MERGEs it so), so the supplier's
 * label is not tested per edge.
 */
export const PURCHASE_PAIRS = `MATCH (s:Segment {industryId: $industryId}) WHERE ${isLeafCypher('s')}
  WITH collect(s) AS leaves
  CALL (leaves) {
    MATCH (c:Company {chainLeader: true})-[o:OPERATES_IN]->(s) WHERE s IN leaves AND ${countsCypher('o')}
    RETURN DISTINCT c
  }
  WITH [s IN leaves | s.id] AS leafIds, c
  MATCH (sup)-[e:SUPPLIES]->(c) WHERE e.segmentId IN leafIds
  WITH c, e.segmentId AS segmentId, sup, sum(coalesce(e.annualValue, 0)) AS value
  WITH c, segmentId, collect(sup.id) AS supplierIds, collect(value) AS values
  RETURN c.id AS leaderId, segmentId, supplierIds, values
  ORDER BY leaderId, segmentId`;

/**
 * Resilience's facts in one read of the leaders' edges: per chain leader, its purchase pairs (as PURCHASE_PAIRS: the
 * edges under its industry's leaf ids) and its values for the supporting rate (as LEADER_VALUES with no scenario:
 * leaf ids and crosswalk equivalents, one flow per supplier and group worth its largest). Both read the same ~28k
 * edges per leader at a million firms, so they are gathered once per leader as [supplier, segmentId, value] flows
 * and the two groupings run over that list in memory.
 */
export const RESILIENCE_FACTS = `MATCH (s:Segment {industryId: $industryId}) WHERE ${isLeafCypher('s')}
  WITH collect(s) AS leaves
  CALL (leaves) {
    MATCH (c:Company {chainLeader: true})-[o:OPERATES_IN]->(s) WHERE s IN leaves AND ${countsCypher('o')}
    RETURN DISTINCT c
  }
  WITH c, [s IN leaves | s.id] AS leafIds, [s IN leaves WHERE s.sameAs IS NULL | s.id] AS ownIds,
       reduce(pairs = [], s IN [s IN leaves WHERE s.sameAs IS NOT NULL] |
              pairs + [peerId IN s.sameAsIds | [peerId, s.sameAs]]) AS sharedIds
  WITH c, leafIds, sharedIds, [p IN sharedIds | p[0]] AS peerIds, ownIds + [p IN sharedIds | p[0]] AS inputIds
  CALL (c, leafIds, inputIds) {
    OPTIONAL MATCH (sup)-[e:SUPPLIES]->(c) WHERE e.segmentId IN inputIds OR e.segmentId IN leafIds
    WITH sup, e.segmentId AS segmentId, sum(coalesce(e.annualValue, 0)) AS value
    RETURN collect([sup, segmentId, value]) AS flows
  }
  CALL (flows, leafIds) {
    UNWIND flows AS flow
    WITH flow WHERE flow[1] IN leafIds
    WITH flow[1] AS segmentId, collect(flow[0].id) AS supplierIds, collect(flow[2]) AS values
    ORDER BY segmentId
    RETURN collect({ segmentId: segmentId, supplierIds: supplierIds, values: values }) AS pairs
  }
  CALL (flows, inputIds, peerIds, sharedIds) {
    UNWIND flows AS flow
    WITH flow WHERE flow[1] IN inputIds
    WITH flow[0] AS sup, CASE WHEN flow[1] IN peerIds THEN [p IN sharedIds WHERE p[0] = flow[1] | p[1]][0]
                              ELSE flow[1] END AS inputKey, max(flow[2]) AS value
    RETURN sum(CASE WHEN ${isLocalCypher('sup')} THEN value ELSE 0 END) AS localValue, sum(value) AS totalValue,
           count(sup) AS edges
  }
  RETURN c.id AS leaderId, pairs, localValue, totalValue, edges
  ORDER BY leaderId`;

/** Whether each of some firms (by id) is local at R; unknown ids absent. */
const SUPPLIER_LOCALITY = `UNWIND $ids AS id
  MATCH (c:Company {id: id})
  RETURN id, ${isLocalCypher('c')} AS local`;

export async function purchasePairsTx(
  tx: ManagedTransaction,
  industryId: string,
  radius: Radius,
  minConfidence?: number,
): Promise<PurchasePair[]> {
  const rows = await run<{ leaderId: string; segmentId: string; supplierIds: string[]; values: number[] }>(
    tx,
    PURCHASE_PAIRS,
    { industryId, ...scenarioParams(radius, { minConfidence }) },
  );
  return rows.map(({ leaderId, segmentId, supplierIds, values }) => ({
    leaderId,
    segmentId,
    suppliers: supplierIds.map((id, i) => ({ id, value: values[i] ?? 0 })),
  }));
}

/** Single-source inputs, HHI per segment and external dependence of an industry at R. */
export function resilience(
  executor: GraphExecutor,
  industryId: string,
  radius: Radius,
  options: { minConfidence?: number } = {},
): Promise<ResilienceReport> {
  return executor.readTx('resilience', async (tx) => {
    const leaders = await run<
      LeaderValue & { pairs: Array<{ segmentId: string; supplierIds: string[]; values: number[] }> }
    >(tx, RESILIENCE_FACTS, { industryId, ...scenarioParams(radius, { minConfidence: options.minConfidence }) });
    const pairs: PurchasePair[] = leaders.flatMap((leader) =>
      leader.pairs.map(({ segmentId, supplierIds, values }) => ({
        leaderId: leader.leaderId,
        segmentId,
        suppliers: supplierIds.map((id, i) => ({ id, value: values[i] ?? 0 })),
      })),
    );
    const { byValue } = localSupportRate(leaders);
    const singles = singleSourcePairs(pairs);
    const ids = [...new Set(singles.flatMap((pair) => pair.suppliers.map((s) => s.id)))];
    const locality = await run<{ id: string; local: boolean }>(tx, SUPPLIER_LOCALITY, {
      ids,
      ...localityParams(radius),
    });
    const local = new Map(locality.map((r) => [r.id, r.local]));
    const singleSources = singles.flatMap((pair) =>
      pair.suppliers.map((s) => ({
        leaderId: pair.leaderId,
        segmentId: pair.segmentId,
        supplierId: s.id,
        value: s.value,
        supplierLocal: local.get(s.id) ?? false,
      })),
    );
    return {
      singleSourceCount: singleSources.length,
      singleSources,
      hhiBySegment: hhiBySegment(pairs),
      localSupportRate: byValue,
      externalDependence: externalDependence(byValue),
    };
  });
}
