/**
 * Explainable scores (docs/design.md §4, contract): a score is the sum of its factors' contributions, each factor's
 * value in [0,1] times its weight. Everything that ranks returns these.
 */
export interface ScoreFactor {
  factor: string;
  value: number;
  weight: number;
  contribution: number;
}

export interface Scored {
  score: number;
  factors: ScoreFactor[];
}

export type Weights<K extends string> = Record<K, number>;

/** Builds the factor list and the score from factor values and weights (same keys, in the weights' order). */
export function explain<K extends string>(values: Record<K, number>, weights: Weights<K>): Scored {
  const factors = (Object.keys(weights) as K[]).map((factor) => {
    const value = clamp01(values[factor]);
    const weight = weights[factor];
    return { factor, value, weight, contribution: value * weight };
  });
  return { score: weightedScore(values, weights), factors };
}

/** The score `explain` gives, without building its factors: Σ clamp01(value) × weight, in the weights' order. */
export function weightedScore<K extends string>(values: Record<K, number>, weights: Weights<K>): number {
  let score = 0;
  for (const factor of Object.keys(weights) as K[]) score += clamp01(values[factor]) * weights[factor];
  return score;
}

/**
 * Merges per-request overrides into documented defaults, refusing unknown factors and weights outside [0, 1]
 * (a typed problem list the API turns into BAD_USER_INPUT).
 */
export function mergeWeights<K extends string>(
  defaults: Weights<K>,
  overrides: Partial<Record<string, number>> | null | undefined,
): { weights: Weights<K>; problems: string[] } {
  const weights = { ...defaults };
  const problems: string[] = [];
  for (const [factor, weight] of Object.entries(overrides ?? {})) {
    if (weight === undefined || weight === null) continue;
    if (!(factor in defaults)) problems.push(`unknown factor "${factor}" (known: ${Object.keys(defaults).join(', ')})`);
    else if (!Number.isFinite(weight) || weight < 0 || weight > 1)
      problems.push(`weight of "${factor}" must be in [0, 1]`);
    else weights[factor as K] = weight;
  }
  // All-zero weights would make every score 0 and the ranking meaningless.
  if (!Object.values<number>(weights).some((w) => w > 0)) problems.push('at least one weight must be positive');
  return { weights, problems };
}

export function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/** Deterministic order for ranked lists: score descending, then id ascending. */
export function byScoreThenId<T extends { score: number; id: string }>(a: T, b: T): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
