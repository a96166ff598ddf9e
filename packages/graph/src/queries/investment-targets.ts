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
import { unconfidentCount, unconfidentOf } from './unconfident';

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
 * The candidates' facts column by column: one list per fact, in candidate order. Thousands of candidates as maps of
 * ten keys cost the driver more than the statement itself (icv.cell at a million firms: ~3k candidates, 480 kB of
 * maps, ~100 ms of the ~220 on a loaded machine); as ten lists they cost a few.
 */
type TargetFactColumns = { [K in keyof TargetFactsRow]: Array<TargetFactsRow[K]> };

const FACT_NAMES = [
  'id',
  'size',
  'employees',
  'creditScore',
  'lat',
  'lon',
  'capacity',
  'aligned',
  'patents',
] as const satisfies ReadonlyArray<keyof TargetFactsRow>;

/** The statement's RETURN of the candidates: one list per fact, the local pull computed per candidate. */
const FACT_COLUMNS = `{ ${FACT_NAMES.map((name) => `${name}: [r IN rows | r.${name}]`).join(', ')},
         localPull: [r IN rows | reduce(n = 0, p IN pulls |
           n + CASE WHEN any(x IN p.feeders WHERE x IN r.segments) THEN p.n ELSE 0 END)] }`;

function candidateRows(columns: TargetFactColumns): TargetFactsRow[] {
  return columns.id.map((id, i) => ({
    id,
    size: columns.size[i] as TargetFactsRow['size'],
    employees: columns.employees[i] ?? null,
    creditScore: columns.creditScore[i] ?? null,
    lat: columns.lat[i] ?? null,
    lon: columns.lon[i] ?? null,
    capacity: columns.capacity[i] ?? null,
    aligned: columns.aligned[i] === true,
    patents: columns.patents[i] ?? 0,
    localPull: columns.localPull[i] ?? 0,
  }));
}

/**
 * The facts of every candidate, set-based, no formula: the candidates (an OPERATES_IN edge under the segment whose
 * stored ring lies outside R), each one's capacity there, its technology alignment and patents, and its local pull:
 * the local firms (ring ≤ R) of the segments its own segments FEED, each downstream segment counted once for the
 * whole list. The candidate set is bounded by the segment's subtree (the hard filter), and its facts are a few
 * numbers each, scored in domain `rankInvestmentTargets`. One row: whether the segment exists, and the candidates
 * (the existence check rides along, so the whole ranking is two statements with the records of the top k).
 *
 * The downstream segments' local counts come from one range seek on the OPERATES_IN locality index (their
 * industries' edges with ring ≤ R, counted per segment; the few unconfident ones taken off from the confidence
 * index), not from an expand of every edge of each downstream segment with its ring and confidence read: at a
 * million firms ~30 downstream segments hold ~135k edges, of which the seek reads the ~60k local ones, property-free.
 * Each candidate's segments and aligned holdings come from one expand of its OPERATES_IN|HOLDS edges (a firm's
 * edges are one chain to walk, SUPPLIES included), and FEEDS is expanded once per distinct segment of the
 * candidates, not per candidate (icv.cell at a million firms: 556k → 157k db hits for the statement).
 */
export const TARGET_FACTS_CYPHER = `
OPTIONAL MATCH (s:Segment {id: $segmentId})
CALL (s) {
WITH s WHERE s IS NOT NULL
WITH s, [(s)-[:CHILD_OF*0..]->(up:Segment) | up] + [(down:Segment)-[:CHILD_OF*1..]->(s) | down] AS related
WITH s, COLLECT { UNWIND related AS e MATCH (t:Technology)-[:ENABLES]->(e) RETURN DISTINCT t } AS techs
MATCH (c:Company)-[o:OPERATES_IN]->(:Segment)-[:CHILD_OF*0..]->(s)
WHERE o.ring > $ring AND ${countsCypher('o')}
WITH techs, c, CASE WHEN count(o.capacity) = 0 THEN null ELSE sum(o.capacity) END AS capacity
WITH techs, c, capacity, [(c)-[r:HOLDS|OPERATES_IN]->(n) | { r: r, n: n }] AS out
WITH c, capacity, [e IN out WHERE type(e.r) = 'HOLDS' AND e.n IN techs | e.r] AS held,
     [e IN out WHERE type(e.r) = 'OPERATES_IN' AND ${countsCypher('e.r')} | e.n] AS segments
WITH collect(c { .id, .size, .employees, .creditScore, .lat, .lon, capacity: capacity, aligned: size(held) > 0,
                 patents: reduce(n = 0, h IN held | n + coalesce(h.patents, 0)), segments: segments }) AS rows
CALL (rows) {
  UNWIND rows AS r
  UNWIND r.segments AS x
  WITH DISTINCT x
  MATCH (x)-[:FEEDS]->(d:Segment)
  WITH d, collect(x) AS feeders
  WITH collect(d) AS downs, collect({ d: d, feeders: feeders }) AS feeds
  WITH downs, feeds, reduce(ids = [], d IN downs | CASE WHEN d.industryId IN ids THEN ids ELSE ids + d.industryId END)
       AS industryIds
  ${unconfidentOf('industryIds', true)}
  CALL (downs, industryIds) {
    MATCH ()-[ol:OPERATES_IN]->(t) USING INDEX ol:OPERATES_IN(industryId, ring)
    WHERE ol.industryId IN industryIds AND ol.ring <= $ring
    WITH t, count(ol) AS n WHERE t IN downs
    RETURN collect({ d: t, n: n }) AS counted
  }
  RETURN [f IN feeds | { feeders: f.feeders,
                          n: coalesce([p IN counted WHERE p.d = f.d | p.n][0], 0) - ${unconfidentCount('f.d')} }] AS pulls
}
RETURN ${FACT_COLUMNS} AS candidates
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
    const [row] = await run<{ found: boolean; candidates: TargetFactColumns }>(tx, TARGET_FACTS_CYPHER, {
      ...localityParams(query.radius),
      ...confidenceParams(query.minConfidence),
      segmentId: query.segmentId,
    });
    if (!row?.found) return null;
    const candidates = candidateRows(row.candidates).map(({ lat, lon, ...facts }) => ({
      ...facts,
      distanceKm: distanceToJinshanKm({ lat, lon }),
    }));
    return withCompanies(tx, rankInvestmentTargets(candidates, query.weights, query.limit));
  });
}
