import type { Company } from '../enterprise/company';
import { byScoreThenId, type Scored } from './score';

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

/** Best first, ties by id, at most `limit`. */
export function topByScore<T extends RankedId>(scored: readonly T[], limit: number): T[] {
  return [...scored].sort(byScoreThenId).slice(0, Math.max(0, limit));
}
