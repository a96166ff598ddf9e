import {
  type Company,
  explain,
  LOCALITY_SCORE,
  RADII,
  type Scored,
  type ScoreFactor,
  SEGMENT_FIT_DECAY,
  UNKNOWN_CAPACITY_FIT,
  UNKNOWN_CREDIT,
  type Weights,
  YRD_PROVINCES,
} from '@atlas/domain';
import { normalizeCompany } from './companies';

/**
 * Cypher twins of the factor formulas in `domain/src/analytics/match-factors.ts`. The constants travel as
 * parameters (`scoringParams`), so the numbers live in domain only; the integration tests pin the two together.
 */

/** A ranked company as the queries return it: the factor list comes from domain `explain`. */
export interface RankedCompany extends Scored {
  company: Company;
  factors: ScoreFactor[];
}

export const creditCypher = (c: string) =>
  `(CASE WHEN ${c}.creditScore IS NULL THEN $unknownCredit
    WHEN ${c}.creditScore <= 0 THEN 0.0 WHEN ${c}.creditScore >= 100 THEN 1.0
    ELSE ${c}.creditScore / 100.0 END)`;

export const capacityFitCypher = (capacity: string, quantity: string) =>
  `(CASE WHEN ${quantity} IS NULL OR ${quantity} <= 0 THEN 1.0
    WHEN ${capacity} IS NULL THEN $unknownCapacityFit
    WHEN ${capacity} >= ${quantity} THEN 1.0
    WHEN ${capacity} <= 0 THEN 0.0
    ELSE toFloat(${capacity}) / ${quantity} END)`;

export const relationshipCypher = (neededSegment: string, anything: string) =>
  `(CASE WHEN ${neededSegment} THEN 1.0 WHEN ${anything} THEN 0.5 ELSE 0.0 END)`;

/**
 * 1 − 1/(1 + contracted + delivered) over the firm's INTERESTED edges in any demand; mirrors `trackRecordValue`
 * (a delivered interest is contracted too, so it counts twice).
 */
export const trackRecordCypher = (c: string) =>
  `(1.0 - 1.0 / (1 + COUNT { (${c})-[t:INTERESTED]->(:Demand) WHERE t.step IN ['CONTRACTED', 'DELIVERED'] }
    + COUNT { (${c})-[t:INTERESTED]->(:Demand) WHERE t.step = 'DELIVERED' }))`;

/** log(1 + x) / log(1 + max), 0 when either is not positive; mirrors `logShare`. */
export const logShareCypher = (x: string, max: string) =>
  `(CASE WHEN ${max} > 0 AND ${x} > 0 THEN log(1.0 + ${x}) / log(1.0 + ${max}) ELSE 0.0 END)`;

/** Σ weight × value over the factor names (constants from domain, never user input), for ORDER BY. */
export function scoreCypher(factors: readonly string[], values: string): string {
  return factors.map((f) => `$weights.${f} * ${values}.${f}`).join(' + ');
}

/** The parameters every scoring query shares. */
export function scoringParams() {
  return {
    yrdProvinces: YRD_PROVINCES,
    radiusRank: Object.fromEntries(RADII.map((radius, rank) => [radius, rank])),
    ringScores: RADII.map((radius) => LOCALITY_SCORE[radius]),
    unknownCredit: UNKNOWN_CREDIT,
    unknownCapacityFit: UNKNOWN_CAPACITY_FIT,
    segmentFitDecay: SEGMENT_FIT_DECAY,
  };
}

/** Explains each row's factor values with domain `explain`; the caller sorts (ties need its own key). */
export function explainRows<K extends string, R extends { company: Company; values: Record<K, number> }>(
  rows: readonly R[],
  weights: Weights<K>,
): Array<Omit<R, 'values'> & RankedCompany> {
  return rows.map(({ values, ...rest }) => ({
    ...rest,
    company: normalizeCompany(rest.company),
    ...explain(values, weights),
  }));
}
