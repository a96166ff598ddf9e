import type { IndustryRecord } from '@atlas/domain';
import { notFound } from './errors';
import type { Loaders } from './loaders';

/** A DataLoader, or any look-up by id that answers null (or undefined) for "no such record". */
export type RecordLoader<T> =
  | { load(id: string): Promise<T | null | undefined> }
  | ((id: string) => Promise<T | null | undefined>);

const lookUp = <T>(loader: RecordLoader<T>, id: string) =>
  typeof loader === 'function' ? loader(id) : loader.load(id);

/**
 * The record a client named, or NOT_FOUND naming its kind and id (`demand "d-9" does not exist`): the one way a
 * resolver loads what an argument points at.
 */
export async function requireRecord<T>(kind: string, id: string | number, loader: RecordLoader<T>): Promise<T> {
  const key = String(id);
  const found = await lookUp(loader, key);
  if (found === null || found === undefined) throw notFound(kind, key);
  return found;
}

/**
 * A record another record points at (a meeting's firm, a request's platform): missing means the graph broke an
 * invariant, not that the client asked wrongly, so it is an internal error (masked, logged with its path).
 */
export async function linkedRecord<T>(kind: string, id: string, loader: RecordLoader<T>): Promise<T> {
  const found = await lookUp(loader, id);
  if (found === null || found === undefined) throw new Error(`${kind} ${id} vanished`);
  return found;
}

/** The industry, or NOT_FOUND: analytics of an unknown industry are an input error, not an empty answer. */
export const requireIndustry = (loaders: Loaders, id: string | number): Promise<IndustryRecord> =>
  requireRecord('industry', id, loaders.industry);

/**
 * An industry's analytics and the industry look-up at once: the analytics query starts without waiting for the
 * look-up (one transaction's round trips less on every call), and NOT_FOUND still wins over whatever the query
 * answered for an unknown id. Validate the arguments before calling: nothing may start on bad input.
 */
export async function withIndustry<T>(
  loaders: Loaders,
  industryId: string | number,
  compute: (industryId: string) => Promise<T>,
): Promise<{ industry: IndustryRecord; result: T }> {
  const id = String(industryId);
  const pending = compute(id);
  // Awaited below; this only keeps an early failure from counting as unhandled while the look-up runs.
  pending.catch(() => {});
  const industry = await requireIndustry(loaders, id);
  return { industry, result: await pending };
}

/** Every company id must exist (NOT_FOUND names the first that does not). */
export async function requireCompanies(loaders: Loaders, ids: ReadonlyArray<string | number>): Promise<string[]> {
  const wanted = ids.map(String);
  const found = await loaders.company.loadMany(wanted);
  const missing = wanted.find((_id, i) => !found[i] || found[i] instanceof Error);
  if (missing !== undefined) throw notFound('company', missing);
  return wanted;
}
