import {
  byScoreThenId,
  EARTH_RADIUS_KM,
  JINSHAN_CENTRE,
  PROXIMITY_HALF_KM,
  type Radius,
  SIZE_SCALE,
  TARGET_FACTORS,
  type TargetFactor,
  type Weights,
} from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { COMPANY_PROJECTION } from './companies';
import { isLocalCypher, localityParams } from './locality';
import { confidenceParams, countsCypher } from './scenario';
import {
  creditCypher,
  explainRows,
  logShareCypher,
  type RankedCompany,
  scoreCypher,
  scoringParams,
} from './scoring-cypher';

export interface InvestmentTargetQuery {
  segmentId: string;
  radius: Radius;
  limit: number;
  weights: Weights<TargetFactor>;
  minConfidence?: number;
}

/** Haversine km from `c` to the 金山区 centre (mirrors domain `haversineKm`), null without coordinates. */
function distanceCypher(c: string): string {
  const h = `(sin(radians(${c}.lat - $centre.lat) / 2) ^ 2
    + cos(radians(${c}.lat)) * cos(radians($centre.lat)) * sin(radians(${c}.lon - $centre.lon) / 2) ^ 2)`;
  return `(CASE WHEN ${c}.lat IS NULL OR ${c}.lon IS NULL THEN null
    ELSE 2 * $earthRadiusKm * asin(sqrt(CASE WHEN ${h} > 1 THEN 1.0 ELSE ${h} END)) END)`;
}

/**
 * One statement, set-based: the candidates (operate under the segment, not local at R), each one's downstream
 * segments, the local-firm count of every downstream segment once, the candidates' technology alignment, then
 * normalisation against the list's maxima, the weighted score, ORDER BY and LIMIT.
 */
const TARGETS_CYPHER = `
MATCH (s:Segment {id: $segmentId})
WITH s, [(s)-[:CHILD_OF*0..]->(up:Segment) | up] + [(down:Segment)-[:CHILD_OF*1..]->(s) | down] AS related
WITH s, COLLECT { UNWIND related AS e MATCH (t:Technology)-[:ENABLES]->(e) RETURN DISTINCT t } AS techs
MATCH (c:Company)-[o:OPERATES_IN]->(:Segment)-[:CHILD_OF*0..]->(s)
WHERE NOT ${isLocalCypher('c')} AND ${countsCypher('o')}
WITH techs, c, CASE WHEN count(o.capacity) = 0 THEN null ELSE sum(o.capacity) END AS capacity
CALL (c, techs) {
  OPTIONAL MATCH (c)-[h:HOLDS]->(t:Technology) WHERE t IN techs
  RETURN count(h) > 0 AS aligned, sum(coalesce(h.patents, 0)) AS patents
}
WITH collect({ c: c, capacity: capacity, aligned: aligned, patents: patents, distanceKm: ${distanceCypher('c')},
               downs: COLLECT { MATCH (c)-[od:OPERATES_IN]->(:Segment)-[:FEEDS]->(d:Segment) WHERE ${countsCypher('od')}
                                RETURN DISTINCT d.id } })
       AS rows,
     coalesce(max(capacity), 0) AS maxCapacity, coalesce(max(c.employees), 0) AS maxEmployees,
     coalesce(max(patents), 0) AS maxPatents
CALL (rows) {
  UNWIND rows AS r
  UNWIND r.downs AS downId
  WITH DISTINCT downId
  MATCH (d:Segment {id: downId})
  RETURN collect({ id: downId, n: COUNT { (d)<-[ol:OPERATES_IN]-(l:Company) WHERE ${countsCypher('ol')} AND ${isLocalCypher('l')} } }) AS pulls
}
WITH maxCapacity, maxEmployees, maxPatents,
     [r IN rows | r { .*, localPull: reduce(n = 0, p IN pulls | n + CASE WHEN p.id IN r.downs THEN p.n ELSE 0 END) }]
       AS rows
WITH rows, maxCapacity, maxEmployees, maxPatents, reduce(m = 0, r IN rows | CASE WHEN r.localPull > m
       THEN r.localPull ELSE m END) AS maxPull
UNWIND rows AS r
WITH r.c AS c, {
  scale: (coalesce($sizeScale[r.c.size], 0.0) + ${logShareCypher('r.c.employees', 'maxEmployees')}
          + CASE WHEN maxCapacity > 0 AND r.capacity > 0 THEN toFloat(r.capacity) / maxCapacity ELSE 0.0 END) / 3.0,
  proximity: CASE WHEN r.distanceKm IS NULL THEN 0.0 ELSE 1.0 / (1.0 + r.distanceKm / $proximityHalfKm) END,
  localPull: ${logShareCypher('r.localPull', 'maxPull')},
  technology: CASE WHEN r.aligned THEN 0.5 + 0.5 * ${logShareCypher('r.patents', 'maxPatents')} ELSE 0.0 END,
  credit: ${creditCypher('r.c')}
} AS values
WITH c, values, ${scoreCypher(TARGET_FACTORS, 'values')} AS score
ORDER BY score DESC, c.id ASC
LIMIT toInteger($limit)
RETURN ${COMPANY_PROJECTION} AS company, values`;

/**
 * Investment targets for a segment at radius R (docs/design.md §4.5), best first, ties by company id; null when the
 * segment does not exist. Factor definitions: domain `targetValues`.
 */
export async function investmentTargets(
  executor: GraphExecutor,
  query: InvestmentTargetQuery,
): Promise<RankedCompany[] | null> {
  return executor.readTx('investmentTargets', async (tx) => {
    const [segment] = await run(tx, 'MATCH (s:Segment {id: $segmentId}) RETURN s.id AS id', {
      segmentId: query.segmentId,
    });
    if (!segment) return null;
    const rows = await run<{ company: RankedCompany['company']; values: Record<TargetFactor, number> }>(
      tx,
      TARGETS_CYPHER,
      {
        ...scoringParams(),
        ...localityParams(query.radius),
        ...confidenceParams(query.minConfidence),
        segmentId: query.segmentId,
        limit: query.limit,
        weights: query.weights,
        sizeScale: SIZE_SCALE,
        centre: JINSHAN_CENTRE,
        earthRadiusKm: EARTH_RADIUS_KM,
        proximityHalfKm: PROXIMITY_HALF_KM,
      },
    );
    return explainRows(rows, query.weights)
      .map((m) => ({ ...m, id: m.company.id }))
      .sort(byScoreThenId)
      .map(({ id: _id, ...m }) => m);
  });
}
