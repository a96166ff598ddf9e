import { DEFAULT_RANKING_LIMIT, limitProblem, mergeWeights, type Weights } from '@atlas/domain';
import { badInput } from './errors';

/** A ranked list's length: 1..100, default 20, else BAD_USER_INPUT. */
export function checkedLimit(limit: number | null | undefined): number {
  const value = limit ?? DEFAULT_RANKING_LIMIT;
  const problem = limitProblem(value);
  if (problem) throw badInput(problem);
  return value;
}

/** Per-call weights merged into the documented defaults; a weight outside [0, 1] is BAD_USER_INPUT. */
export function checkedWeights<K extends string>(
  defaults: Readonly<Weights<K>>,
  overrides: Partial<Record<string, number | null>> | null | undefined,
): Weights<K> {
  const { weights, problems } = mergeWeights({ ...defaults }, overrides as Partial<Record<string, number>>);
  if (problems.length > 0) throw badInput(problems.join('; '));
  return weights;
}

/** "scale 0.25, proximity 0.2, …" for input descriptions, straight from the defaults. */
export const describeWeights = (defaults: Readonly<Record<string, number>>) =>
  Object.entries(defaults)
    .map(([factor, weight]) => `${factor} ${weight}`)
    .join(', ');
