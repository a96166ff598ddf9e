/**
 * The confidence of a candidate is a logistic model over its explained factors:
 *
 *   confidence = σ(bias + Σ weight_i · value_i),  σ(z) = 1 / (1 + e^−z)
 *
 * so it reads as "the probability an analyst attaches the firm to this segment". The relative weights are set by
 * judgement (what each factor means, checked on data/labelled/register-dev.csv); their scale and the bias are
 * calibrated on that development set by Platt scaling (`npx tsx scripts/evaluate-classifier.ts --fit`: fits
 * σ(a·z + c) to "the best candidate is right", a = 0.822, c = −0.701 on vocabulary d99551da237c, folded in here and
 * rounded). The held-out test set is never used for fitting. See docs/classification.md.
 */
export const CONFIDENCE_WEIGHTS = {
  /** Constant term: with no evidence at all a candidate is very unlikely. */
  bias: -3.2,
  /** Vocabulary phrases found whole, field-weighted and down-weighted when shared by segments, saturated in [0,1). */
  phrase: 3.7,
  /** BM25 of the text's words against the segment's document, saturated in [0,1). */
  bm25: 1.6,
  /** The register's GB/T 4754 class meets one of the segment's (1 same class, 0.4 same group, 0.2 same division; half outside C, D, I, M). */
  industryCode: 2.5,
  /** The register's code is known and meets no segment of any industry: the firm is most likely elsewhere. */
  codeElsewhere: -1.2,
  /** A negative word of the segment is in the text (a near miss: 正极材料回收 is not 正极材料). */
  negative: -2.5,
  /** Cues of businesses outside the seven industries (餐饮服务, 房地产开发经营…), saturated in [0,1]. */
  outOfScope: -1.6,
  /** Share of the segment's phrase evidence found only in trading items of the scope (销售, 批发…). */
  tradeOnly: -2.1,
  /** How far the candidate trails the best one, in [0,1]: ambiguity between segments lowers the runners-up. */
  trailing: -1.2,
} as const;

export type FactorName = keyof typeof CONFIDENCE_WEIGHTS;

/** Values of the factors of one candidate (bias excluded: it is always 1). */
export type FactorValues = Record<Exclude<FactorName, 'bias'>, number>;

export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The linear score z and its factors as stored on a candidate (bias first). */
export function combine(
  values: FactorValues,
  weights: Record<FactorName, number> = CONFIDENCE_WEIGHTS,
): { z: number; factors: Array<{ name: string; value: number; weight: number }> } {
  const factors = [{ name: 'bias', value: 1, weight: weights.bias }];
  for (const name of Object.keys(values) as Array<keyof FactorValues>)
    factors.push({ name, value: round(values[name]), weight: weights[name] });
  return { z: linearScore(values, weights), factors };
}

/** z alone, summed in the same order as `combine` (so the two agree to the last bit), without the factor list. */
export function linearScore(values: FactorValues, weights: Record<FactorName, number> = CONFIDENCE_WEIGHTS): number {
  let z = weights.bias;
  for (const name of Object.keys(values) as Array<keyof FactorValues>) z += weights[name] * values[name];
  return z;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
