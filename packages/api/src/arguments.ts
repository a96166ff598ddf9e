import {
  DEFAULT_MIN_CONFIDENCE,
  DEFAULT_RADIUS,
  DEFAULT_RANKING_LIMIT,
  DEFAULT_STRONG_THRESHOLD,
  limitProblem,
  mergeWeights,
  minConfidenceProblem,
  RADII,
  type Radius,
  type Weights,
} from '@atlas/domain';
import { MAX_BLAST_HOPS } from '@atlas/graph';
import { badInput } from './errors';

/**
 * Every argument default and check of the API, in one place: resolvers call these (or `statusArgs`/`rankingArgs`,
 * which validate a field's whole argument set at once) before any I/O, so bad input is BAD_USER_INPUT with the
 * argument's name before anything is read. The Pothos declarations (schema/analytics-args.ts) show the same
 * defaults in the schema; these apply them again because a client may pass an explicit null.
 */

/** The largest STRONG threshold accepted: beyond it every segment is WEAK, and the answer says nothing. */
export const MAX_THRESHOLD = 1000;
/** Connection pages: `first` defaults to this, at most MAX_PAGE_SIZE. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

type Maybe<T> = T | null | undefined;

/** How far "local" reaches: the domain's DEFAULT_RADIUS (金山区) unless asked. */
export const radiusOr = (radius: Maybe<Radius>): Radius => radius ?? DEFAULT_RADIUS;

/** A radius from a URL (exports, reports): any case, DEFAULT_RADIUS when absent, null when it is not a radius. */
export function radiusParam(text: string | null): Radius | null {
  const radius = (text ?? DEFAULT_RADIUS).toUpperCase();
  return (RADII as readonly string[]).includes(radius) ? (radius as Radius) : null;
}

/** The STRONG threshold of docs/design.md §4.1: an integer in 1..MAX_THRESHOLD (default 3). */
export function strongThreshold(threshold: Maybe<number>): number {
  if (threshold === null || threshold === undefined) return DEFAULT_STRONG_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > MAX_THRESHOLD)
    throw badInput(`threshold must be an integer in 1..${MAX_THRESHOLD}`);
  return threshold;
}

/** Which OPERATES_IN edges count: 0..1, the domain's DEFAULT_MIN_CONFIDENCE when absent. */
export function checkedMinConfidence(value: Maybe<number>): number {
  if (value === null || value === undefined) return DEFAULT_MIN_CONFIDENCE;
  const problem = minConfidenceProblem(value);
  if (problem) throw badInput(problem);
  return value;
}

/** A ranked list's length: 1..100, default 20. */
export function checkedLimit(limit: Maybe<number>): number {
  const value = limit ?? DEFAULT_RANKING_LIMIT;
  const problem = limitProblem(value);
  if (problem) throw badInput(problem);
  return value;
}

/** Per-call weights merged into the documented defaults; a weight outside [0, 1] or an unknown factor is refused. */
export function checkedWeights<K extends string>(
  defaults: Readonly<Weights<K>>,
  overrides: Maybe<Partial<Record<string, number | null>>>,
): Weights<K> {
  // mergeWeights skips null and absent factors, and refuses all-zero weights.
  const { weights, problems } = mergeWeights({ ...defaults }, overrides as Partial<Record<string, number>>);
  if (problems.length > 0) throw badInput(problems.join('; '));
  return weights;
}

/** "scale 0.25, proximity 0.2, …" for input descriptions, straight from the defaults. */
export const describeWeights = (defaults: Readonly<Record<string, number>>) =>
  Object.entries(defaults)
    .map(([factor, weight]) => `${factor} ${weight}`)
    .join(', ');

/** A connection's `first`: 1..max, `fallback` when absent. */
export function pageSize(first: Maybe<number>, fallback = DEFAULT_PAGE_SIZE, max = MAX_PAGE_SIZE): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) throw badInput(`first must be between 1 and ${max}`);
  return first;
}

/** Blast radius: how many SUPPLIES hops downstream, 1..MAX_BLAST_HOPS (default 2). */
export const DEFAULT_BLAST_HOPS = 2;

export function blastHops(hops: Maybe<number>): number {
  const value = hops ?? DEFAULT_BLAST_HOPS;
  if (!Number.isInteger(value) || value < 1 || value > MAX_BLAST_HOPS)
    throw badInput(`hops must be an integer in 1..${MAX_BLAST_HOPS}`);
  return value;
}

/** What every status-based analytics field takes (chain map, gaps, support rate, resilience, what-if, KPIs). */
export interface StatusArgs {
  radius: Radius;
  threshold: number;
  minConfidence: number;
}

/** Radius, STRONG threshold and minimum confidence, checked together. */
export function statusArgs(args: {
  radius?: Maybe<Radius>;
  threshold?: Maybe<number>;
  minConfidence?: Maybe<number>;
}): StatusArgs {
  const minConfidence = checkedMinConfidence(args.minConfidence);
  const threshold = strongThreshold(args.threshold);
  return { radius: radiusOr(args.radius), threshold, minConfidence };
}

/** What every ranking takes (investment targets, supplier, buyer and demand-kind matches). */
export interface RankingArgs<K extends string> {
  limit: number;
  weights: Weights<K>;
  minConfidence: number;
}

/** Minimum confidence, list length and weights against the ranking's defaults, checked together. */
export function rankingArgs<K extends string>(
  defaults: Readonly<Weights<K>>,
  args: {
    limit?: Maybe<number>;
    weights?: Maybe<Partial<Record<string, number | null>>>;
    minConfidence?: Maybe<number>;
  },
): RankingArgs<K> {
  const minConfidence = checkedMinConfidence(args.minConfidence);
  const limit = checkedLimit(args.limit);
  return { limit, weights: checkedWeights(defaults, args.weights), minConfidence };
}
