import type { Company } from '../enterprise/company';
import { byScoreThenId, explain, type Scored, type Weights, weightedScore } from './score';

/**
 * The one ranking pattern (docs/analytics.md, "facts in Cypher, formulas in domain"): the graph returns each
 * candidate's facts, a function of this folder turns them into factor values and a score, and the list is sorted
 * here, best first, ties by id, then cut to `limit`.
 */

/** A scored candidate before the graph attaches its company record. */
export interface RankedId extends Scored {
  id: string;
}

/** A ranked firm with the factors that explain its score (the backing model of GraphQL `RankedCompany`). */
export interface RankedCompany extends Scored {
  company: Company;
}

/**
 * The candidates best first, ties by id, at most `limit`, each with the factors that explain its score. Every
 * candidate is scored (`weightedScore`: the sum `explain` makes, to the last bit), and only those kept are
 * explained: an investment-target segment at a million firms has ~3k candidates, and explaining and sorting them
 * all cost ~2–4 ms of CPU per call (profiled and timed in the graph function), for the 20 it answers.
 */
export function rankByScore<C extends { id: string }, K extends string>(
  candidates: readonly C[],
  valuesOf: (candidate: C) => Record<K, number>,
  weights: Weights<K>,
  limit: number,
): RankedId[] {
  const size = Math.max(0, limit);
  // The best so far, in order: a candidate enters where it sorts, pushing the last one out once `size` are kept.
  const kept: Array<{ id: string; score: number; values: Record<K, number> }> = [];
  for (const candidate of size > 0 ? candidates : []) {
    const values = valuesOf(candidate);
    const entry = { id: candidate.id, score: weightedScore(values, weights), values };
    const last = kept[kept.length - 1];
    if (kept.length === size && last && byScoreThenId(entry, last) >= 0) continue;
    let at = kept.length;
    while (at > 0 && byScoreThenId(entry, kept[at - 1] as typeof entry) < 0) at--;
    kept.splice(at, 0, entry);
    if (kept.length > size) kept.pop();
  }
  return kept.map(({ id, values }) => ({ id, ...explain(values, weights) }));
}
