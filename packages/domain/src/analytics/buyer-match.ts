import type { CompanySize } from '../enterprise/rows';
import type { Location } from '../radius';
import { bigHandValue, capacityFit, creditValue, localityValue, relationshipValue, segmentFit } from './match-factors';
import type { RankedCompany } from './ranking';
import { explain, type Scored, type Weights } from './score';
import { DEFAULT_STRONG_THRESHOLD } from './status';

/**
 * Buyer matches for a firm (docs/design.md §4.7), two kinds:
 * - open demands whose hard filters it passes (the same filters as supplier-match.ts), buyer = the poster;
 * - chain leaders operating in a segment that one of its segments FEEDS, with fewer than 3 suppliers local to
 *   金山区 for that segment of its own.
 * Scored with the supplier-match factors seen from the other side: locality and credit are the buyer's, and SME
 * preference becomes `bigHand` (a chain leader or large buyer pulls the small hand).
 */
export const BUYER_FACTORS = ['segmentFit', 'locality', 'capacityFit', 'credit', 'bigHand', 'relationship'] as const;
export type BuyerFactor = (typeof BUYER_FACTORS)[number];

export const DEFAULT_BUYER_WEIGHTS: Readonly<Weights<BuyerFactor>> = {
  segmentFit: 0.15,
  locality: 0.25,
  capacityFit: 0.15,
  credit: 0.1,
  bigHand: 0.2,
  relationship: 0.15,
};

/** A chain leader with fewer local suppliers than this for a segment is an opening (the STRONG threshold). */
export const LEADER_LOCAL_SUPPLIER_THRESHOLD = DEFAULT_STRONG_THRESHOLD;

/** What the query knows of one (buyer, opening) pair the firm passed the hard filters for. */
export interface BuyerCandidate {
  /** CHILD_OF steps from the firm's segment to the needed one (0 for chain-leader openings). */
  depth: number;
  buyer: { location: Location; size: CompanySize; chainLeader: boolean; creditScore: number | null };
  /** The firm's own capacity under the needed segment; null when none is stated. */
  capacity: number | null;
  /** The demand's quantity; null for chain-leader openings (nothing stated, so any capacity fits). */
  quantity: number | null;
  suppliesBuyerNeededSegment: boolean;
  suppliesBuyer: boolean;
}

export function buyerMatchValues(candidate: BuyerCandidate): Record<BuyerFactor, number> {
  const { buyer } = candidate;
  return {
    segmentFit: segmentFit(candidate.depth),
    locality: localityValue(buyer.location),
    capacityFit: capacityFit(candidate.capacity, candidate.quantity),
    credit: creditValue(buyer.creditScore),
    bigHand: bigHandValue(buyer.size, buyer.chainLeader),
    relationship: relationshipValue(candidate.suppliesBuyerNeededSegment, candidate.suppliesBuyer),
  };
}

/** A buyer candidate as the graph reads it: who buys, through which demand (none for a leader opening), where. */
export interface BuyerOpening extends BuyerCandidate {
  buyerId: string;
  demandId: string | null;
  /** The segment the buyer needs: the demand's, or the firm's own segment feeding the leader. */
  segmentId: string;
}

/** A scored opening before the graph attaches the buyer's company record. */
export interface RankedOpening extends Scored {
  buyerId: string;
  demandId: string | null;
  segmentId: string;
}

/** A buyer for the firm (the backing model of GraphQL `BuyerMatch`). */
export interface BuyerMatch extends RankedCompany {
  demandId: string | null;
  segmentId: string;
}

/**
 * The buyers, best first, ties by buyer id then demand id (a chain-leader opening, without a demand, after the same
 * buyer's demands), at most `limit`.
 */
export function rankBuyerMatches(
  openings: readonly BuyerOpening[],
  weights: Weights<BuyerFactor>,
  limit: number,
): RankedOpening[] {
  return openings
    .map(({ buyerId, demandId, segmentId, ...candidate }) => ({
      buyerId,
      demandId,
      segmentId,
      ...explain(buyerMatchValues(candidate), weights),
    }))
    .sort(byScoreBuyerThenDemand)
    .slice(0, Math.max(0, limit));
}

function byScoreBuyerThenDemand(a: RankedOpening, b: RankedOpening): number {
  if (b.score !== a.score) return b.score - a.score;
  if (a.buyerId !== b.buyerId) return a.buyerId < b.buyerId ? -1 : 1;
  if (a.demandId === b.demandId) return 0;
  if (a.demandId === null) return 1;
  if (b.demandId === null) return -1;
  return a.demandId < b.demandId ? -1 : 1;
}
