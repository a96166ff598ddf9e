import type { CompanySize } from '../enterprise/rows';
import { type Location, localityRing, type Radius } from '../radius';

/**
 * Factor values shared by investment targets and supply/demand matching (docs/design.md §4.5–4.7). Each maps a fact to
 * [0,1]. The graph returns the facts and these functions score them (docs/analytics.md, "facts in Cypher, formulas in
 * domain"), so each formula and its numbers exist here only.
 */

/** Longest ranked list a caller may ask for, and the default. */
export const MAX_RANKING_LIMIT = 100;
export const DEFAULT_RANKING_LIMIT = 20;

/** A problem with a requested list length, or null when it is an integer in 1..100. */
export function limitProblem(limit: number): string | null {
  return Number.isInteger(limit) && limit >= 1 && limit <= MAX_RANKING_LIMIT
    ? null
    : `limit must be an integer from 1 to ${MAX_RANKING_LIMIT}`;
}

/** The ring rule lives with the radii (radius.ts); re-exported here, beside the factor that scores it. */
export { localityRing } from '../radius';

/** Locality factor by ring: the nearer the firm, the more it adds to local supply (本地配套). */
export const LOCALITY_SCORE: Readonly<Record<Radius, number>> = {
  JINSHAN: 1,
  SHANGHAI: 0.75,
  YRD: 0.5,
  CHINA: 0.25,
  WORLD: 0,
};

export function localityValue(location: Location): number {
  return LOCALITY_SCORE[localityRing(location)];
}

/** Credit without a score is neutral: absence of data should not sink a small firm. */
export const UNKNOWN_CREDIT = 0.5;

export function creditValue(creditScore: number | null | undefined): number {
  if (creditScore === null || creditScore === undefined || !Number.isFinite(creditScore)) return UNKNOWN_CREDIT;
  return Math.min(1, Math.max(0, creditScore / 100));
}

/** Each CHILD_OF step between the firm's segment and the needed one costs a fifth: child 0.8, grandchild 0.64. */
export const SEGMENT_FIT_DECAY = 0.8;

export function segmentFit(depth: number): number {
  return SEGMENT_FIT_DECAY ** Math.max(0, depth);
}

/** Capacity fit when the firm states no capacity for the needed segment. */
export const UNKNOWN_CAPACITY_FIT = 0.5;

/**
 * Capacity vs quantity: min(1, capacity / quantity). No quantity asked (or none positive) fits anyone: 1; a firm
 * with no stated capacity is neutral: 0.5.
 */
export function capacityFit(capacity: number | null | undefined, quantity: number | null | undefined): number {
  if (quantity === null || quantity === undefined || !(quantity > 0)) return 1;
  if (capacity === null || capacity === undefined) return UNKNOWN_CAPACITY_FIT;
  return Math.min(1, Math.max(0, capacity) / quantity);
}

/** 大手拉小手: a supplier's smallness is the point of the platform. */
export const SME_PREFERENCE: Readonly<Record<CompanySize, number>> = { micro: 1, small: 1, medium: 0.6, large: 0.2 };

/** The mirror for a firm looking for buyers: a chain leader or a large buyer is the "big hand" (大手). */
export const BIG_HAND: Readonly<Record<CompanySize, number>> = { large: 1, medium: 0.6, small: 0.2, micro: 0.2 };

export function bigHandValue(size: CompanySize, chainLeader: boolean): number {
  return chainLeader ? 1 : (BIG_HAND[size] ?? 0);
}

/** Existing SUPPLIES edge supplier → buyer: for the needed segment 1, for another segment 0.5, none 0. */
export function relationshipValue(suppliesNeededSegment: boolean, suppliesAnything: boolean): number {
  if (suppliesNeededSegment) return 1;
  return suppliesAnything ? 0.5 : 0;
}

/**
 * A supplier's record on the platform (docs/outcomes.md): 1 − 1/(1 + contracted + delivered), where `contracted`
 * counts its interests contracted now (CONTRACTED or DELIVERED) and `delivered` those delivered, so a delivery
 * counts twice. None 0, one contract 0.5, one delivery 0.667, two deliveries 0.8: diminishing, never 1. Chosen over a
 * smoothed delivered rate because recording a contract must raise the factor, not dilute a rate.
 */
export function trackRecordValue(contracted: number, delivered: number): number {
  const n = Math.max(0, contracted) + Math.max(0, delivered);
  return 1 - 1 / (1 + n);
}

/** log(1 + x) / log(1 + max): a count normalised against the best in the list, with diminishing returns. */
export function logShare(x: number | null | undefined, max: number): number {
  if (!(max > 0) || x === null || x === undefined || !(x > 0)) return 0;
  return Math.min(1, Math.log(1 + x) / Math.log(1 + max));
}
