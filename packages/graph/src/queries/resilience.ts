import {
  externalDependence,
  hhiBySegment,
  localSupportRate,
  type PurchasePair,
  type Radius,
  type SegmentConcentration,
  singleSourcePairs,
} from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { type GraphExecutor, run } from '../executor';
import { countsCypher, isLeafCypher, isLocalInScenario, scenarioParams } from './scenario';
import { leaderValuesTx } from './support-rate';

/**
 * The chain leaders' inputs (docs/design.md §4.8), set-based: per (chain leader, leaf segment of the industry), the distinct
 * suppliers with the value each supplies (Σ annualValue of its SUPPLIES edges with that segmentId) and whether it
 * is local at R. The same edge set as the local supporting rate (§4.3). Suppliers come back as three parallel lists
 * rather than a list of maps: at a million firms that is ~80k suppliers, and maps (keys repeated per entry, a
 * JavaScript object each) took half of the query's time to encode, send and decode.
 */
export const PURCHASE_PAIRS = `MATCH (s:Segment {industryId: $industryId}) WHERE ${isLeafCypher('s')}
  WITH collect(s) AS leaves
  CALL (leaves) {
    MATCH (c:Company {chainLeader: true})-[o:OPERATES_IN]->(s) WHERE s IN leaves AND ${countsCypher('o')}
    RETURN DISTINCT c
  }
  WITH [s IN leaves | s.id] AS leafIds, c
  MATCH (sup:Company)-[e:SUPPLIES]->(c) WHERE e.segmentId IN leafIds
  WITH c, e.segmentId AS segmentId, sup, sum(coalesce(e.annualValue, 0)) AS value
  WITH c, segmentId, collect(sup.id) AS supplierIds, collect(value) AS values,
       collect(${isLocalInScenario('sup')}) AS local
  RETURN c.id AS leaderId, segmentId, supplierIds, values, local
  ORDER BY leaderId, segmentId`;

export interface PurchasePairRow extends PurchasePair {
  suppliers: Array<{ id: string; value: number; local: boolean }>;
}

export async function purchasePairsTx(
  tx: ManagedTransaction,
  industryId: string,
  radius: Radius,
  minConfidence?: number,
): Promise<PurchasePairRow[]> {
  const rows = await run<{
    leaderId: string;
    segmentId: string;
    supplierIds: string[];
    values: number[];
    local: boolean[];
  }>(tx, PURCHASE_PAIRS, { industryId, ...scenarioParams(radius, { minConfidence }) });
  return rows.map(({ leaderId, segmentId, supplierIds, values, local }) => ({
    leaderId,
    segmentId,
    suppliers: supplierIds.map((id, i) => ({ id, value: values[i] ?? 0, local: local[i] ?? false })),
  }));
}

export interface SingleSource {
  leaderId: string;
  segmentId: string;
  supplierId: string;
  value: number;
  supplierLocal: boolean;
}

/** The backing model of GraphQL `ResilienceReport`. */
export interface ResilienceReport {
  singleSourceCount: number;
  singleSources: SingleSource[];
  hhiBySegment: SegmentConcentration[];
  localSupportRate: number | null;
  externalDependence: number | null;
}

/** Single-source inputs, HHI per segment and external dependence of an industry at R. */
export function resilience(
  executor: GraphExecutor,
  industryId: string,
  radius: Radius,
  options: { minConfidence?: number } = {},
): Promise<ResilienceReport> {
  return executor.readTx('resilience', async (tx) => {
    const pairs = await purchasePairsTx(tx, industryId, radius, options.minConfidence);
    const { byValue } = localSupportRate(await leaderValuesTx(tx, [industryId], radius, options));
    const singleSources = singleSourcePairs(pairs).flatMap((pair) =>
      pair.suppliers.map((s) => ({
        leaderId: pair.leaderId,
        segmentId: pair.segmentId,
        supplierId: s.id,
        value: s.value,
        supplierLocal: s.local,
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
