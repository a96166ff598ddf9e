import {
  type MatchFactor,
  type RankedCompany,
  rankSupplierMatches,
  type SupplierCandidate,
  type Weights,
} from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { RADIUS_RANK } from './locality';
import { withCompanies } from './ranked-companies';
import { confidenceParams, countsCypher } from './scenario';

export interface SupplierMatchQuery {
  demandId: string;
  limit: number;
  weights: Weights<MatchFactor>;
  minConfidence?: number;
}

/**
 * The candidate set is the hard filters (domain `passesHardFilters`), in the statement's WHERE clauses: operates in
 * the needed segment or a CHILD_OF descendant, not the poster, within the demand's radius when set (the stored
 * `OPERATES_IN.ring`), every required certification held. Each survivor's facts follow, no formula: the domain
 * scores them (`rankSupplierMatches`). One row: whether the demand exists, its quantity, and the candidates.
 */
const SUPPLIER_FACTS_CYPHER = `
OPTIONAL MATCH (demand:Demand {id: $demandId})
CALL (demand) {
WITH demand AS d WHERE d IS NOT NULL
MATCH (poster:Company)-[:POSTED]->(d)-[:NEEDS]->(need:Segment)
MATCH path = (x:Segment)-[:CHILD_OF*0..]->(need)
WITH poster, d, collect({ x: x, depth: length(path) }) AS under
WITH poster, under, [u IN under | u.x.id] AS neededIds, coalesce(d.requiredCerts, []) AS required,
     CASE WHEN d.radius IS NULL THEN null ELSE coalesce($radiusRank[d.radius], -1) END AS maxRing
UNWIND under AS u
WITH poster, neededIds, required, maxRing, u.x AS x, u.depth AS depth
MATCH (c:Company)-[o:OPERATES_IN]->(x)
WHERE c <> poster AND ${countsCypher('o')} AND (maxRing IS NULL OR o.ring <= maxRing)
WITH poster, neededIds, required, c, min(depth) AS depth,
     CASE WHEN count(o.capacity) = 0 THEN null ELSE sum(o.capacity) END AS capacity
WHERE all(cert IN required WHERE EXISTS { (c)-[:CERTIFIED]->(:Certification {id: cert}) })
RETURN collect(c { .id, .size, .creditScore, depth: depth, capacity: capacity,
           location: { province: c.province, district: c.district, country: c.country },
           suppliesPosterNeededSegment: EXISTS { (c)-[r:SUPPLIES]->(poster) WHERE r.segmentId IN neededIds },
           suppliesPoster: EXISTS { (c)-[:SUPPLIES]->(poster) },
           contracted: COUNT { (c)-[t:INTERESTED]->(:Demand) WHERE t.step IN ['CONTRACTED', 'DELIVERED'] },
           delivered: COUNT { (c)-[t:INTERESTED]->(:Demand) WHERE t.step = 'DELIVERED' } }) AS candidates
}
RETURN demand IS NOT NULL AS found, demand.quantity AS quantity, candidates`;

/**
 * Supplier matches for a demand (docs/design.md §4.6), best first, ties by company id; null when the demand does not
 * exist. The facts come from the graph, the formula and the order from domain `rankSupplierMatches`.
 */
export async function supplierMatches(
  executor: GraphExecutor,
  query: SupplierMatchQuery,
): Promise<RankedCompany[] | null> {
  return executor.readTx('supplierMatches', async (tx) => {
    const [row] = await run<{
      found: boolean;
      quantity: number | null;
      candidates: Array<SupplierCandidate & { id: string }>;
    }>(tx, SUPPLIER_FACTS_CYPHER, {
      ...confidenceParams(query.minConfidence),
      demandId: query.demandId,
      radiusRank: RADIUS_RANK,
    });
    if (!row?.found) return null;
    const ranked = rankSupplierMatches(row.candidates, row.quantity ?? null, query.weights, query.limit);
    return withCompanies(tx, ranked);
  });
}
