import { DEFAULT_STRONG_THRESHOLD, type Radius } from '@atlas/domain';
import type { IndustryRecord } from '@atlas/graph';
import { badInput, notFound } from './errors';
import type { Loaders } from './loaders';

/** The industry, or NOT_FOUND: analytics of an unknown industry are an input error, not an empty answer. */
export async function requireIndustry(loaders: Loaders, id: string | number): Promise<IndustryRecord> {
  const industry = await loaders.industry.load(String(id));
  if (!industry) throw notFound('industry', String(id));
  return industry;
}

/** Every company id must exist (NOT_FOUND names the first that does not). */
export async function requireCompanies(loaders: Loaders, ids: ReadonlyArray<string | number>): Promise<string[]> {
  const wanted = ids.map(String);
  const found = await loaders.company.loadMany(wanted);
  const missing = wanted.find((_id, i) => !found[i] || found[i] instanceof Error);
  if (missing !== undefined) throw notFound('company', missing);
  return wanted;
}

export const MAX_THRESHOLD = 1000;

/** The STRONG threshold of docs/design.md §4.1: an integer ≥ 1 (default 3). */
export function strongThreshold(threshold: number | null | undefined): number {
  if (threshold === null || threshold === undefined) return DEFAULT_STRONG_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > MAX_THRESHOLD)
    throw badInput(`threshold must be an integer in 1..${MAX_THRESHOLD}`);
  return threshold;
}

export const radiusOr = (radius: Radius | null | undefined): Radius => radius ?? 'JINSHAN';

/**
 * What every status-based analytics field starts from: a valid threshold (BAD_USER_INPUT first), the industry
 * (NOT_FOUND when unknown) and the radius.
 */
export async function industryAtRadius(
  loaders: Loaders,
  args: { industryId: string | number; radius?: Radius | null; threshold?: number | null },
): Promise<{ industry: IndustryRecord; radius: Radius; threshold: number }> {
  const threshold = strongThreshold(args.threshold);
  const industry = await requireIndustry(loaders, args.industryId);
  return { industry, radius: radiusOr(args.radius), threshold };
}
