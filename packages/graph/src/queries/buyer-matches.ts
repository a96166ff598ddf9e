import {
  type BuyerFactor,
  type BuyerMatch,
  type BuyerOpening,
  LEADER_LOCAL_SUPPLIER_THRESHOLD,
  rankBuyerMatches,
  type Weights,
} from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { RADIUS_RANK, ringCypher, ringParams } from './locality';
import { companiesOf } from './ranked-companies';
import { confidenceParams, countsCypher } from './scenario';

export interface BuyerMatchQuery {
  companyId: string;
  limit: number;
  weights: Weights<BuyerFactor>;
  minConfidence?: number;
}

/**
 * Two set-based branches from the firm, unioned; they are the candidate set (the hard filters), and each row's facts
 * are returned for the domain to score (`rankBuyerMatches`):
 * 1. open demands it passes the hard filters for (same WHERE as supplier matches, seen from the supplier; its own
 *    ring is the stored `OPERATES_IN.ring`);
 * 2. chain leaders in segments its segments FEED with fewer than $leaderThreshold suppliers local to 金山区 for
 *    that segment (suppliers reached by SUPPLIES, so their ring is read through `ringCypher`); one row per leader, on
 *    the segment where the firm already supplies it if any, else the smallest segment id.
 * One row: whether the firm exists, and the candidates.
 */
const BUYER_FACTS_CYPHER = `
OPTIONAL MATCH (me:Company {id: $companyId})
CALL (me) {
WITH me WHERE me IS NOT NULL
CALL (me) {
  MATCH (me)-[o:OPERATES_IN]->(x:Segment) WHERE ${countsCypher('o')}
  MATCH path = (x)-[:CHILD_OF*0..]->(need:Segment)
  MATCH (need)<-[:NEEDS]-(d:Demand)<-[:POSTED]-(buyer:Company)
  WHERE d.status = 'OPEN' AND buyer <> me AND (d.expiresAt IS NULL OR datetime(d.expiresAt) > datetime($now))
  WITH me, d, buyer, need, min(length(path)) AS depth, min(o.ring) AS myRing,
       CASE WHEN count(o.capacity) = 0 THEN null ELSE sum(o.capacity) END AS capacity
  WHERE (d.radius IS NULL OR myRing <= coalesce($radiusRank[d.radius], -1))
    AND all(cert IN coalesce(d.requiredCerts, []) WHERE EXISTS { (me)-[:CERTIFIED]->(:Certification {id: cert}) })
  WITH me, d, buyer, need, depth, capacity, [(y:Segment)-[:CHILD_OF*0..]->(need) | y.id] AS neededIds
  RETURN buyer, d.id AS demandId, need.id AS segmentId, depth, capacity, d.quantity AS quantity,
         EXISTS { (me)-[r:SUPPLIES]->(buyer) WHERE r.segmentId IN neededIds } AS suppliesNeeded
  UNION ALL
  MATCH (me)-[mine:OPERATES_IN]->(a:Segment)-[:FEEDS]->(:Segment)<-[theirs:OPERATES_IN]-(buyer:Company)
  WHERE buyer.chainLeader = true AND buyer <> me AND ${countsCypher('mine')} AND ${countsCypher('theirs')}
  WITH DISTINCT me, a, buyer
  WHERE COUNT { (s:Company)-[r:SUPPLIES]->(buyer) WHERE r.segmentId = a.id AND ${ringCypher('s')} = 0 }
        < $leaderThreshold
  WITH buyer, a.id AS segmentId, EXISTS { (me)-[r:SUPPLIES]->(buyer) WHERE r.segmentId = a.id } AS suppliesNeeded
  ORDER BY suppliesNeeded DESC, segmentId ASC
  WITH buyer, collect({ segmentId: segmentId, suppliesNeeded: suppliesNeeded })[0] AS best
  RETURN buyer, null AS demandId, best.segmentId AS segmentId, 0 AS depth, null AS capacity, null AS quantity,
         best.suppliesNeeded AS suppliesNeeded
}
RETURN collect({ buyerId: buyer.id, demandId: demandId, segmentId: segmentId, depth: depth, capacity: capacity,
         quantity: quantity, suppliesBuyerNeededSegment: suppliesNeeded,
         suppliesBuyer: EXISTS { (me)-[:SUPPLIES]->(buyer) },
         buyer: { size: buyer.size, chainLeader: buyer.chainLeader = true, creditScore: buyer.creditScore,
                  location: { province: buyer.province, district: buyer.district, country: buyer.country } } })
       AS candidates
}
RETURN me IS NOT NULL AS found, candidates`;

/**
 * Buyer matches for a firm (docs/design.md §4.7), best first, ties by company id then demand id (chain-leader openings,
 * without a demand, last); null when the firm does not exist. The facts come from the graph, the formula and the
 * order from domain `rankBuyerMatches`.
 */
export async function buyerMatches(executor: GraphExecutor, query: BuyerMatchQuery): Promise<BuyerMatch[] | null> {
  return executor.readTx('buyerMatches', async (tx) => {
    const [row] = await run<{ found: boolean; candidates: BuyerOpening[] }>(tx, BUYER_FACTS_CYPHER, {
      ...ringParams(),
      ...confidenceParams(query.minConfidence),
      companyId: query.companyId,
      radiusRank: RADIUS_RANK,
      leaderThreshold: LEADER_LOCAL_SUPPLIER_THRESHOLD,
      // An expired demand is past its buyer's deadline even before anyone marks it EXPIRED.
      now: new Date().toISOString(),
    });
    if (!row?.found) return null;
    const ranked = rankBuyerMatches(row.candidates, query.weights, query.limit);
    const buyers = await companiesOf(
      tx,
      ranked.map((r) => r.buyerId),
    );
    return ranked.flatMap(({ buyerId, demandId, segmentId, score, factors }) => {
      const company = buyers.get(buyerId);
      return company ? [{ company, demandId, segmentId, score, factors }] : [];
    });
  });
}
