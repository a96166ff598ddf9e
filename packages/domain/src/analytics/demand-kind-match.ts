import type { DemandKind } from '../enterprise/demand';
import type { CompanySize } from '../enterprise/rows';
import type { Location } from '../radius';
import { localityValue, logShare, SME_PREFERENCE, segmentFit } from './match-factors';
import { byScoreThenId, explain, type Scored, type Weights } from './score';

/**
 * Matches for a SCENARIO (开放应用场景) or an INNOVATION need (联合研发): firms and institutions ranked by the
 * roadmap technologies they hold or research (docs/demand-kinds.md). The graph returns facts; this file scores.
 */
export const KIND_MATCH_FACTORS = [
  'technologyCoverage',
  'technologyReadiness',
  'segmentFit',
  'locality',
  'sme',
] as const;
export type KindMatchFactor = (typeof KIND_MATCH_FACTORS)[number];

/** A pilot wants a product near the site and gives SMEs their first reference: locality and SMEs weigh more. */
export const DEFAULT_SCENARIO_WEIGHTS: Readonly<Weights<KindMatchFactor>> = {
  technologyCoverage: 0.35,
  technologyReadiness: 0.15,
  segmentFit: 0.15,
  locality: 0.2,
  sme: 0.15,
};

/** Joint R&D wants who masters the technology, wherever it sits: coverage and readiness lead. */
export const DEFAULT_INNOVATION_WEIGHTS: Readonly<Weights<KindMatchFactor>> = {
  technologyCoverage: 0.45,
  technologyReadiness: 0.25,
  segmentFit: 0.15,
  locality: 0.1,
  sme: 0.05,
};

export const KIND_MATCH_WEIGHTS: Readonly<Record<Exclude<DemandKind, 'ORDER'>, Readonly<Weights<KindMatchFactor>>>> = {
  SCENARIO: DEFAULT_SCENARIO_WEIGHTS,
  INNOVATION: DEFAULT_INNOVATION_WEIGHTS,
};

/** Share of the coverage factor that patents on the wanted technologies decide (a tie-break among equal holders). */
export const PATENT_SHARE = 0.1;

/** A pilot needs a technology past the prototype: TRL 6 (demonstrated in a relevant environment). */
export const SCENARIO_TARGET_TRL = 6;

export interface KindDemandFacts {
  kind: Exclude<DemandKind, 'ORDER'>;
  /** The wanted technologies with their roadmap TRL (null when the roadmap gives none). */
  wanted: ReadonlyArray<{ id: string; trl: number | null }>;
  targetTrl: number | null;
}

export interface KindMatchCandidate {
  type: 'COMPANY' | 'INSTITUTION';
  id: string;
  /** The wanted technologies it holds (firms: HOLDS) or researches (institutions: RESEARCHES). */
  technologyIds: readonly string[];
  /** Patents on the wanted technologies it holds (institutions: 0). */
  patents: number;
  /** CHILD_OF steps from its nearest segment to the demand's; null when it operates in none under it. */
  depth: number | null;
  location: Location;
  /** Firms only; institutions are not firms and get no SME preference. */
  size: CompanySize | null;
}

export interface KindMatch extends Scored {
  type: 'COMPANY' | 'INSTITUTION';
  id: string;
}

/** The TRL the demand aims at: the INNOVATION's own target, or a pilot's TRL 6. */
export function targetTrlOf(demand: KindDemandFacts): number {
  return demand.kind === 'INNOVATION' && demand.targetTrl ? demand.targetTrl : SCENARIO_TARGET_TRL;
}

/**
 * Factor values in [0, 1]:
 * - technologyCoverage = (1 − PATENT_SHARE) × held / wanted + PATENT_SHARE × log(1 + patents) / log(1 + max patents);
 * - technologyReadiness = mean over the held wanted technologies of min(1, roadmap TRL / target TRL) (0 when none held);
 * - segmentFit = 0.8^depth under the demand's segment (0 when not in it: institutions operate in no segment);
 * - locality = the ring's score (金山区 1, 上海市 0.75, YRD 0.5, China 0.25, abroad 0);
 * - sme = small or micro 1, medium 0.6, large 0.2; institutions 0.
 */
export function kindMatchValues(
  demand: KindDemandFacts,
  candidate: KindMatchCandidate,
  maxPatents: number,
): Record<KindMatchFactor, number> {
  const wantedIds = new Set(demand.wanted.map((w) => w.id));
  const held = demand.wanted.filter((w) => candidate.technologyIds.includes(w.id));
  const share = wantedIds.size ? held.length / wantedIds.size : 0;
  const target = targetTrlOf(demand);
  const readiness = held.length
    ? held.reduce((sum, w) => sum + Math.min(1, (w.trl ?? 0) / target), 0) / held.length
    : 0;
  return {
    technologyCoverage: (1 - PATENT_SHARE) * share + PATENT_SHARE * logShare(candidate.patents, maxPatents),
    technologyReadiness: readiness,
    segmentFit: candidate.depth === null ? 0 : segmentFit(candidate.depth),
    locality: localityValue(candidate.location),
    sme: candidate.size ? SME_PREFERENCE[candidate.size] : 0,
  };
}

/** Scores and ranks the candidates, best first (ties by id), keeping the first `limit`. */
export function rankKindMatches(
  demand: KindDemandFacts,
  candidates: readonly KindMatchCandidate[],
  weights: Weights<KindMatchFactor>,
  limit: number,
): KindMatch[] {
  const maxPatents = Math.max(0, ...candidates.map((c) => c.patents));
  return candidates
    .map((c) => ({ type: c.type, id: c.id, ...explain(kindMatchValues(demand, c, maxPatents), weights) }))
    .sort(byScoreThenId)
    .slice(0, limit);
}
