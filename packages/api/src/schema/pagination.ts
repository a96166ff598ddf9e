import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from '../arguments';
import { builder } from '../builder';
import { badInput } from '../errors';

/**
 * The one way a list pages (`first`/`after`, Relay-style): the arguments are declared by `pageArgs()`, read by
 * `pageRequest` (size checked, cursor decoded and validated), and a page of rows fetched one longer than asked is
 * cut by `pageOf`, whose extra row says whether there is a next page.
 */
export const PageInfo = builder.objectRef<{ hasNextPage: boolean; endCursor: string | null }>('PageInfo').implement({
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.exposeString('endCursor', { nullable: true }),
  }),
});

/** `first` and `after` of a connection field (a factory: Pothos builds arguments once per field). */
export const pageArgs = () => builder.args((t) => ({ first: t.int(), after: t.string() }));

/** Opaque cursors: base64url of JSON, validated on the way back in. */
export const encodeCursor = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export const badCursor = () => badInput('after is not a cursor returned by this API');

export function decodeCursor<T>(cursor: string | null | undefined, check: (value: unknown) => value is T): T | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (check(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw badCursor();
}

/** A page request: `first` checked (1..max, default 20) and `after` decoded with `check` (null on the first page). */
export function pageRequest<T>(
  args: { first?: number | null; after?: string | null },
  check: (value: unknown) => value is T,
  fallback = DEFAULT_PAGE_SIZE,
  max = MAX_PAGE_SIZE,
): { first: number; after: T | null } {
  const first = pageSize(args.first, fallback, max);
  return { first, after: decodeCursor(args.after, check) };
}

/** Rows fetched with `first + 1`: the first `first` of them, and whether the extra row exists. */
export const pageOf = <T>(rows: readonly T[], first: number): { nodes: T[]; hasNextPage: boolean } => ({
  nodes: rows.slice(0, first),
  hasNextPage: rows.length > first,
});
