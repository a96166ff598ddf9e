import { externalDependence, hhiBySegment, localSupportRate, type Radius, type ResilienceReport } from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import { readEach } from '../parallel-reads';
import { isLocalCypher, localityParams } from './locality';
import { countsCypher, isLeafCypher, type Scenario, scenarioParams } from './scenario';
import { inLeaderOrder, leaderReads, leaderSourcesOf, leaderValuesOf } from './support-rate';

/**
 * Concentration's facts (hhiBySegment): per leaf segment of the industry, the value each distinct supplier sells to
 * its chain leaders (Σ annualValue over them), as a list of values without the suppliers: HHI needs only the
 * shares, and reading ~80k supplier ids at a million firms cost as much as the sums. The leaders' values and single
 * sources come from LEADER_VALUES_AND_SOURCES (support-rate.ts), which needs no per-supplier grouping. One
 * statement, run beside the leaders' parts: split by leaf segment, each part still expands all the leaders' edges
 * (~38% more work in two parts at a million firms), which two cores cannot win back.
 */
export const RESILIENCE_FACTS = `MATCH (s:Segment {industryId: $industryId}) WHERE ${isLeafCypher('s')}
  WITH collect(s) AS leaves
  CALL (leaves) {
    MATCH (c:Company {chainLeader: true})-[o:OPERATES_IN]->(s) WHERE s IN leaves AND ${countsCypher('o')}
    RETURN DISTINCT c
  }
  WITH [s IN leaves | s.id] AS leafIds, c
  MATCH (sup)-[e:SUPPLIES]->(c) WHERE e.segmentId IN leafIds
  WITH e.segmentId AS segmentId, sup, sum(coalesce(e.annualValue, 0)) AS value
  RETURN segmentId, collect(value) AS values
  ORDER BY segmentId`;

/** Whether each of some firms (by element id: a single source's, from LEADER_VALUES_AND_SOURCES) is local at R, with its id. */
const SUPPLIER_LOCALITY = `UNWIND $elementIds AS elementId
  MATCH (c:Company) WHERE elementId(c) = elementId
  RETURN elementId, c.id AS id, ${isLocalCypher('c')} AS local`;

/**
 * Single-source inputs, HHI per segment and external dependence of an industry at R. The leaders' parts (then their
 * single sources' locality) and the concentration facts are independent reads, run side by side.
 */
export async function resilience(
  executor: GraphExecutor,
  industryId: string,
  radius: Radius,
  options: { minConfidence?: number } = {},
): Promise<ResilienceReport> {
  const scenario: Scenario = { minConfidence: options.minConfidence };
  const [leaders, segments] = await Promise.all([
    leadersWithSingleSources(executor, industryId, radius, scenario),
    executor.read<{ segmentId: string; values: number[] }>('resilience', RESILIENCE_FACTS, {
      industryId,
      ...scenarioParams(radius, scenario),
    }),
  ]);
  // Suppliers' values come already summed across leaders, so each segment is one pair to hhiBySegment.
  const concentration = hhiBySegment(
    segments.map(({ segmentId, values }) => ({
      leaderId: '',
      segmentId,
      suppliers: values.map((value, i) => ({ id: String(i), value })),
    })),
  );
  const { byValue } = localSupportRate(leaders.after);
  return {
    singleSourceCount: leaders.singleSources.length,
    singleSources: leaders.singleSources,
    hhiBySegment: concentration,
    localSupportRate: byValue,
    externalDependence: externalDependence(byValue),
  };
}

/** The leaders' values and their single-source inputs, each supplier with its id and whether it is local at R. */
async function leadersWithSingleSources(
  executor: GraphExecutor,
  industryId: string,
  radius: Radius,
  scenario: Scenario,
) {
  const records = inLeaderOrder(
    await readEach(executor, 'resilience', leaderReads([industryId], radius, { scenario, sources: true })),
  );
  const singles = leaderSourcesOf(records).flatMap(({ leaderId, facts }) =>
    facts
      .filter(([, first, last]) => first === last)
      .map(([segmentId, first, , , , value]) => ({ leaderId, segmentId, elementId: first, value })),
  );
  const suppliers = await executor.read<{ elementId: string; id: string; local: boolean }>(
    'resilience',
    SUPPLIER_LOCALITY,
    { elementIds: [...new Set(singles.map((s) => s.elementId))], ...localityParams(radius) },
  );
  const supplier = new Map(suppliers.map((r) => [r.elementId, r]));
  const singleSources = singles.map(({ leaderId, segmentId, elementId, value }) => ({
    leaderId,
    segmentId,
    supplierId: supplier.get(elementId)?.id ?? '',
    value,
    supplierLocal: supplier.get(elementId)?.local ?? false,
  }));
  return { after: leaderValuesOf(records).after, singleSources };
}
