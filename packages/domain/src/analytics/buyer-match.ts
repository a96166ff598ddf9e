import type { CompanySize } from '../enterprise/rows';
import type { Location } from '../radius';
import { bigHandValue, capacityFit, creditValue, localityValue, relationshipValue, segmentFit } from './match-factors';
import type { Weights } from './score';
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
