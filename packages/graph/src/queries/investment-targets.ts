import {
  distanceToJinshanKm,
  type Radius,
  type RankedCompany,
  rankInvestmentTargets,
  type TargetCandidate,
  type TargetFactor,
  type Weights,
} from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { localityParams } from './locality';
import { withCompanies } from './ranked-companies';
import { confidenceParams, countsCypher } from './scenario';

export interface InvestmentTargetQuery {
  segmentId: string;
  radius: Radius;
  limit: number;
  weights: Weights<TargetFactor>;
  minConfidence?: number;
}

/** One candidate's facts as the statement returns them; the domain derives distance and every factor. */
type TargetFactsRow = Omit<TargetCandidate, 'distanceKm'> & { id: string; lat: number | null; lon: number | null };

/**
 * The facts of every candidate, set-based, no formula: the candidates (an OPERATES_IN edge under the segment whose
 * stored ring lies outside R), each one's capacity there, its technology alignment and patents, and its local pull:
 * the local firms (ring ≤ R) of the segments its own segments FEED, each downstream segment counted once for the
 * whole list. The candidate set is bounded by the segment's subtree (the hard filter), and its facts are a few
 * numbers each, scored in domain `rankInvestmentTargets`. One row: whether the segment exists, and the candidates
 * (the existence check rides along, so the whole ranking is two statements with the records of the top k).
 */
const TARGET_FACTS_CYPHER = `
OPTIONAL MATCH (s:Segment {id: $segmentId})
CALL (s) {
WITH s WHERE s IS NOT NULL
WITH s, [(s)-[:CHILD_OF*0..]->(up:Segment) | up] + [(down:Segment)-[:CHILD_OF*1..]->(s) | down] AS related
WITH s, COLLECT { UNWIND related AS e MATCH (t:Technology)-[:ENABLES]->(e) RETURN DISTINCT t } AS techs
MATCH (c:Company)-[o:OPERATES_IN]->(:Segment)-[:CHILD_OF*0..]->(s)
WHERE o.ring > $ring AND ${countsCypher('o')}
WITH techs, c, CASE WHEN count(o.capacity) = 0 THEN null ELSE sum(o.capacity) END AS capacity
CALL (c, techs) {
  OPTIONAL MATCH (c)-[h:HOLDS]->(t:Technology) WHERE t IN techs
  RETURN count(h) > 0 AS aligned, sum(coalesce(h.patents, 0)) AS patents
}
WITH collect(c { .id, .size, .employees, .creditScore, .lat, .lon, capacity: capacity, aligned: aligned,
                 patents: patents,
                 downs: COLLECT { MATCH (c)-[od:OPERATES_IN]->(:Segment)-[:FEEDS]->(d:Segment)
                                  WHERE ${countsCypher('od')} RETURN DISTINCT d.id } }) AS rows
CALL (rows) {
  UNWIND rows AS r
  UNWIND r.downs AS downId
  WITH DISTINCT downId
  MATCH (d:Segment {id: downId})
  RETURN collect({ id: downId,
                   n: COUNT { (d)<-[ol:OPERATES_IN]-(:Company) WHERE ol.ring <= $ring AND ${countsCypher('ol')} } })
         AS pulls
}
RETURN [r IN rows | r { .id, .size, .employees, .creditScore, .lat, .lon, .capacity, .aligned, .patents,
         localPull: reduce(n = 0, p IN pulls | n + CASE WHEN p.id IN r.downs THEN p.n ELSE 0 END) }] AS candidates
}
RETURN s IS NOT NULL AS found, candidates`;

/**
 * Investment targets for a segment at radius R (docs/design.md §4.5), best first, ties by company id; null when the
 * segment does not exist. The facts come from the graph, the formula and the order from domain `rankInvestmentTargets`.
 */
export async function investmentTargets(
  executor: GraphExecutor,
  query: InvestmentTargetQuery,
): Promise<RankedCompany[] | null> {
  return executor.readTx('investmentTargets', async (tx) => {
    const [row] = await run<{ found: boolean; candidates: TargetFactsRow[] }>(tx, TARGET_FACTS_CYPHER, {
      ...localityParams(query.radius),
      ...confidenceParams(query.minConfidence),
      segmentId: query.segmentId,
    });
    if (!row?.found) return null;
    const candidates = row.candidates.map(({ lat, lon, ...facts }) => ({
      ...facts,
      distanceKm: distanceToJinshanKm({ lat, lon }),
    }));
    return withCompanies(tx, rankInvestmentTargets(candidates, query.weights, query.limit));
  });
}
