import type { CompanySize } from '../enterprise/rows';
import { proximity } from './geo';
import { creditValue, logShare } from './match-factors';
import { type RankedId, rankByScore } from './ranking';
import type { Weights } from './score';

/**
 * Investment targets for a segment at radius R (docs/design.md §4.5, 靶向招商): firms not local at R that operate in the
 * segment (or a CHILD_OF descendant), ranked by an explainable weighted sum of the factors below.
 */
export const TARGET_FACTORS = ['scale', 'proximity', 'localPull', 'technology', 'credit'] as const;
export type TargetFactor = (typeof TARGET_FACTORS)[number];

/** Documented defaults (docs/analytics.md); each may be overridden per request within [0, 1]. */
export const DEFAULT_TARGET_WEIGHTS: Readonly<Weights<TargetFactor>> = {
  scale: 0.25,
  proximity: 0.2,
  localPull: 0.2,
  technology: 0.2,
  credit: 0.15,
};

/** The size class's share of `scale`. */
export const SIZE_SCALE: Readonly<Record<CompanySize, number>> = { large: 1, medium: 0.6, small: 0.3, micro: 0.1 };

/** What the query knows of one candidate (its facts: graph `investmentTargets` reads them, this file scores them). */
export interface TargetCandidate {
  size: CompanySize;
  employees: number | null;
  /** Σ OPERATES_IN.capacity over the candidate's segments under the target segment; null when none is stated. */
  capacity: number | null;
  distanceKm: number | null;
  /** Distinct firms local at R operating in segments that the candidate's own segments FEED. */
  localPull: number;
  /** Holds a Technology that ENABLES the segment, an ancestor or a descendant of it. */
  aligned: boolean;
  /** Σ HOLDS.patents over those aligned technologies. */
  patents: number;
  creditScore: number | null;
}

/** The candidate list's maxima: scale, pull and patents are normalised against the best candidate. */
export interface TargetMaxima {
  employees: number;
  capacity: number;
  localPull: number;
  patents: number;
}

export function targetMaxima(candidates: readonly TargetCandidate[]): TargetMaxima {
  const max = (pick: (c: TargetCandidate) => number | null) =>
    candidates.reduce((m, c) => Math.max(m, pick(c) ?? 0), 0);
  return {
    employees: max((c) => c.employees),
    capacity: max((c) => c.capacity),
    localPull: max((c) => c.localPull),
    patents: max((c) => c.patents),
  };
}

/**
 * Factor values in [0,1]:
 * - scale = (SIZE_SCALE[size] + log-share of employees + capacity / max capacity) / 3
 * - proximity = 1 / (1 + km to the 金山区 centre / 200)
 * - localPull = log-share of local firms downstream of the candidate's segments
 * - technology = aligned ? 0.5 + 0.5 × log-share of aligned patents : 0
 * - credit = creditScore / 100 (unknown: 0.5)
 */
export function targetValues(candidate: TargetCandidate, maxima: TargetMaxima): Record<TargetFactor, number> {
  const capacityShare =
    maxima.capacity > 0 && candidate.capacity !== null ? Math.max(0, candidate.capacity) / maxima.capacity : 0;
  return {
    scale: ((SIZE_SCALE[candidate.size] ?? 0) + logShare(candidate.employees, maxima.employees) + capacityShare) / 3,
    proximity: proximity(candidate.distanceKm),
    localPull: logShare(candidate.localPull, maxima.localPull),
    technology: candidate.aligned ? 0.5 + 0.5 * logShare(candidate.patents, maxima.patents) : 0,
    credit: creditValue(candidate.creditScore),
  };
}

/** The targets among the candidates, best first (ties by id), at most `limit`: maxima over all of them first. */
export function rankInvestmentTargets(
  candidates: ReadonlyArray<TargetCandidate & { id: string }>,
  weights: Weights<TargetFactor>,
  limit: number,
): RankedId[] {
  const maxima = targetMaxima(candidates);
  return rankByScore(candidates, (c) => targetValues(c, maxima), weights, limit);
}
