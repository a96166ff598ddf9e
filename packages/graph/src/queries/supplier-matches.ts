import { byScoreThenId, MATCH_FACTORS, type MatchFactor, SME_PREFERENCE, type Weights } from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { COMPANY_PROJECTION } from './companies';
import { ringCypher } from './locality';
import { confidenceParams, countsCypher } from './scenario';
import {
  capacityFitCypher,
  creditCypher,
  explainRows,
  type RankedCompany,
  relationshipCypher,
  scoreCypher,
  scoringParams,
  trackRecordCypher,
} from './scoring-cypher';

export interface SupplierMatchQuery {
  demandId: string;
  limit: number;
  weights: Weights<MatchFactor>;
  minConfidence?: number;
}

/**
 * Hard filters first, in the statement's WHERE clauses (domain `passesHardFilters`): operates in the needed
 * segment or a CHILD_OF descendant, not the poster, within the demand's radius when set, every required
 * certification held. Only the survivors are scored; ORDER BY and LIMIT run in the database.
 */
const SUPPLIER_MATCHES_CYPHER = `
MATCH (poster:Company)-[:POSTED]->(d:Demand {id: $demandId})-[:NEEDS]->(need:Segment)
MATCH path = (x:Segment)-[:CHILD_OF*0..]->(need)
WITH poster, d, collect({ x: x, depth: length(path) }) AS under
WITH poster, d, under, [u IN under | u.x.id] AS neededIds,
     coalesce(d.requiredCerts, []) AS required,
     CASE WHEN d.radius IS NULL THEN null ELSE coalesce($radiusRank[d.radius], -1) END AS maxRing
UNWIND under AS u
WITH poster, d, neededIds, required, maxRing, u.x AS x, u.depth AS depth
MATCH (c:Company)-[o:OPERATES_IN]->(x)
WHERE c <> poster AND ${countsCypher('o')}
WITH poster, d, neededIds, required, maxRing, c, min(depth) AS depth,
     CASE WHEN count(o.capacity) = 0 THEN null ELSE sum(o.capacity) END AS capacity
WITH poster, d, neededIds, required, maxRing, c, depth, capacity, ${ringCypher('c')} AS ring
WHERE (maxRing IS NULL OR ring <= maxRing)
  AND all(cert IN required WHERE EXISTS { (c)-[:CERTIFIED]->(:Certification {id: cert}) })
WITH c, {
  segmentFit: $segmentFitDecay ^ depth,
  locality: $ringScores[ring],
  capacityFit: ${capacityFitCypher('capacity', 'd.quantity')},
  credit: ${creditCypher('c')},
  sme: coalesce($smePreference[c.size], 0.0),
  relationship: ${relationshipCypher(
    'EXISTS { (c)-[r:SUPPLIES]->(poster) WHERE r.segmentId IN neededIds }',
    'EXISTS { (c)-[:SUPPLIES]->(poster) }',
  )},
  trackRecord: ${trackRecordCypher('c')}
} AS values
WITH c, values, ${scoreCypher(MATCH_FACTORS, 'values')} AS score
ORDER BY score DESC, c.id ASC
LIMIT toInteger($limit)
RETURN ${COMPANY_PROJECTION} AS company, values`;

/**
 * Supplier matches for a demand (docs/design.md §4.6), best first, ties by company id; null when the demand does not
 * exist. Factor definitions: domain `supplierMatchValues`.
 */
export async function supplierMatches(
  executor: GraphExecutor,
  query: SupplierMatchQuery,
): Promise<RankedCompany[] | null> {
  return executor.readTx('supplierMatches', async (tx) => {
    const [demand] = await run(tx, 'MATCH (d:Demand {id: $demandId}) RETURN d.id AS id', { demandId: query.demandId });
    if (!demand) return null;
    const rows = await run<{ company: RankedCompany['company']; values: Record<MatchFactor, number> }>(
      tx,
      SUPPLIER_MATCHES_CYPHER,
      { ...scoringParams(), ...query, ...confidenceParams(query.minConfidence), smePreference: SME_PREFERENCE },
    );
    return explainRows(rows, query.weights)
      .map((m) => ({ ...m, id: m.company.id }))
      .sort(byScoreThenId)
      .map(({ id: _id, ...m }) => m);
  });
}
