import {
  BIG_HAND,
  BUYER_FACTORS,
  type BuyerFactor,
  LEADER_LOCAL_SUPPLIER_THRESHOLD,
  type Weights,
} from '@atlas/domain';
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
} from './scoring-cypher';

export interface BuyerMatchQuery {
  companyId: string;
  limit: number;
  weights: Weights<BuyerFactor>;
  minConfidence?: number;
}

/** A buyer for the firm: the poster of an open demand (with its id) or a chain leader with an opening. */
export interface BuyerMatch extends RankedCompany {
  demandId: string | null;
  /** The segment the buyer needs: the demand's, or the firm's own segment feeding the leader. */
  segmentId: string;
}

/**
 * Two set-based branches from the firm, unioned, then scored once:
 * 1. open demands it passes the hard filters for (same WHERE as supplier matches, seen from the supplier);
 * 2. chain leaders in segments its segments FEED with fewer than $leaderThreshold suppliers local to 金山区 for
 *    that segment; one row per leader, on the segment where the firm already supplies it if any, else the
 *    smallest segment id.
 */
const BUYER_MATCHES_CYPHER = `
MATCH (me:Company {id: $companyId})
CALL (me) {
  MATCH (me)-[o:OPERATES_IN]->(x:Segment) WHERE ${countsCypher('o')}
  MATCH path = (x)-[:CHILD_OF*0..]->(need:Segment)
  MATCH (need)<-[:NEEDS]-(d:Demand)<-[:POSTED]-(buyer:Company)
  WHERE d.status = 'OPEN' AND buyer <> me AND (d.expiresAt IS NULL OR datetime(d.expiresAt) > datetime($now))
  WITH me, d, buyer, need, min(length(path)) AS depth,
       CASE WHEN count(o.capacity) = 0 THEN null ELSE sum(o.capacity) END AS capacity
  WHERE (d.radius IS NULL OR ${ringCypher('me')} <= coalesce($radiusRank[d.radius], -1))
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
WITH buyer AS c, demandId, segmentId, {
  segmentFit: $segmentFitDecay ^ depth,
  locality: $ringScores[${ringCypher('buyer')}],
  capacityFit: ${capacityFitCypher('capacity', 'quantity')},
  credit: ${creditCypher('buyer')},
  bigHand: CASE WHEN buyer.chainLeader = true THEN 1.0 ELSE coalesce($bigHand[buyer.size], 0.0) END,
  relationship: ${relationshipCypher('suppliesNeeded', 'EXISTS { (me)-[:SUPPLIES]->(buyer) }')}
} AS values
WITH c, demandId, segmentId, values, ${scoreCypher(BUYER_FACTORS, 'values')} AS score
ORDER BY score DESC, c.id ASC, demandId ASC
LIMIT toInteger($limit)
RETURN ${COMPANY_PROJECTION} AS company, demandId, segmentId, values`;

/**
 * Buyer matches for a firm (docs/design.md §4.7), best first, ties by company id then demand id (chain-leader openings,
 * without a demand, last); null when the firm does not exist. Factor definitions: domain `buyerMatchValues`.
 */
export async function buyerMatches(executor: GraphExecutor, query: BuyerMatchQuery): Promise<BuyerMatch[] | null> {
  return executor.readTx('buyerMatches', async (tx) => {
    const [company] = await run(tx, 'MATCH (c:Company {id: $companyId}) RETURN c.id AS id', {
      companyId: query.companyId,
    });
    if (!company) return null;
    const rows = await run<{
      company: RankedCompany['company'];
      demandId: string | null;
      segmentId: string;
      values: Record<BuyerFactor, number>;
    }>(tx, BUYER_MATCHES_CYPHER, {
      ...scoringParams(),
      ...query,
      ...confidenceParams(query.minConfidence),
      bigHand: BIG_HAND,
      leaderThreshold: LEADER_LOCAL_SUPPLIER_THRESHOLD,
      // An expired demand is past its buyer's deadline even before anyone marks it EXPIRED.
      now: new Date().toISOString(),
    });
    return explainRows(rows, query.weights).sort(byScoreCompanyThenDemand);
  });
}

function byScoreCompanyThenDemand(a: BuyerMatch, b: BuyerMatch): number {
  return (
    b.score - a.score ||
    compare(a.company.id, b.company.id) ||
    (a.demandId === b.demandId
      ? 0
      : a.demandId === null
        ? 1
        : b.demandId === null
          ? -1
          : compare(a.demandId, b.demandId))
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
