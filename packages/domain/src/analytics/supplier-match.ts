import type { CompanySize } from '../enterprise/rows';
import type { Location, Radius } from '../radius';
import { isLocalAt } from '../radius';
import {
  capacityFit,
  creditValue,
  localityValue,
  relationshipValue,
  SME_PREFERENCE,
  segmentFit,
  trackRecordValue,
} from './match-factors';
import { type RankedId, rankByScore } from './ranking';
import type { Weights } from './score';

/**
 * Supplier matches for a demand (docs/design.md §4.6): hard filters first, then an explainable weighted sum.
 * The same pair (supplier, demand) passes the same filters when seen from the supplier (buyer-match.ts).
 */
export const MATCH_FACTORS = [
  'segmentFit',
  'locality',
  'capacityFit',
  'credit',
  'sme',
  'relationship',
  'trackRecord',
] as const;
export type MatchFactor = (typeof MATCH_FACTORS)[number];

/**
 * Documented defaults (docs/analytics.md): locality and SME preference lead — the point of 大手拉小手. The track
 * record (0.1) took 0.05 from capacity fit (often unstated, then neutral) and 0.05 from relationship (an existing
 * SUPPLIES edge and a delivered contract are both evidence of a proven supplier).
 */
export const DEFAULT_MATCH_WEIGHTS: Readonly<Weights<MatchFactor>> = {
  segmentFit: 0.15,
  locality: 0.25,
  capacityFit: 0.1,
  credit: 0.1,
  sme: 0.2,
  relationship: 0.1,
  trackRecord: 0.1,
};

export interface HardFilterInput {
  /** CHILD_OF steps from the firm's nearest segment up to the needed one; null when it operates in none under it. */
  depth: number | null;
  certifications: readonly string[];
  requiredCerts: readonly string[];
  isPoster: boolean;
  location: Location;
  /** The demand's radius; null means anywhere. */
  radius: Radius | null;
}

/**
 * The hard filters, in order: operates in the needed segment or a CHILD_OF descendant; holds every required
 * certification; is not the poster; lies within the demand's radius when one is set.
 */
export function passesHardFilters(input: HardFilterInput): boolean {
  return (
    input.depth !== null &&
    input.requiredCerts.every((cert) => input.certifications.includes(cert)) &&
    !input.isPoster &&
    (input.radius === null || isLocalAt(input.location, input.radius))
  );
}

/** What the query knows of one firm that passed the hard filters (graph `supplierMatches` reads these facts). */
export interface SupplierCandidate {
  depth: number;
  location: Location;
  size: CompanySize;
  creditScore: number | null;
  /** Σ OPERATES_IN.capacity over the firm's segments under the needed one; null when none is stated. */
  capacity: number | null;
  suppliesPosterNeededSegment: boolean;
  suppliesPoster: boolean;
  /** Its interests (in any demand) contracted now, and delivered: docs/outcomes.md. */
  contracted: number;
  delivered: number;
}

export function supplierMatchValues(
  candidate: SupplierCandidate,
  quantity: number | null,
): Record<MatchFactor, number> {
  return {
    segmentFit: segmentFit(candidate.depth),
    locality: localityValue(candidate.location),
    capacityFit: capacityFit(candidate.capacity, quantity),
    credit: creditValue(candidate.creditScore),
    sme: SME_PREFERENCE[candidate.size] ?? 0,
    relationship: relationshipValue(candidate.suppliesPosterNeededSegment, candidate.suppliesPoster),
    trackRecord: trackRecordValue(candidate.contracted, candidate.delivered),
  };
}

/** The suppliers among the candidates (all past the hard filters), best first (ties by id), at most `limit`. */
export function rankSupplierMatches(
  candidates: ReadonlyArray<SupplierCandidate & { id: string }>,
  quantity: number | null,
  weights: Weights<MatchFactor>,
  limit: number,
): RankedId[] {
  return rankByScore(candidates, (c) => supplierMatchValues(c, quantity), weights, limit);
}
