/** A small GraphQL-over-HTTP client: documents are strings, results are typed by the caller. */

/** The typed codes of docs/design.md §5, plus what the transport itself can fail with. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'DB_UNAVAILABLE'
  | 'TOO_MANY_REQUESTS'
  | 'NOT_IMPLEMENTED'
  | 'NETWORK'
  | 'INTERNAL';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string };
}

let bearer: string | null = null;
const workingVariant = new Map<string, number>();

/** The signed-in user's token, sent as `Authorization: Bearer` with every request. */
export function setToken(token: string | null): void {
  bearer = token;
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    // Plain JSON: expected GraphQL errors (unknown field, bad input) come back as 200 with typed codes, so the
    // browser does not log them as failed loads.
    accept: 'application/json',
  };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  let res: Response;
  try {
    res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError((error as Error).message, 'NETWORK');
  }
  const body = (await res.json().catch(() => null)) as { data?: T; errors?: GraphQLErrorBody[] } | null;
  const first = body?.errors?.[0];
  if (first) throw new ApiError(first.message, codeOf(first));
  if (!res.ok || !body?.data) throw new ApiError(`HTTP ${res.status}`, res.status >= 500 ? 'INTERNAL' : 'NETWORK');
  return body.data;
}

/**
 * Tries documents in order while the server says a field is unknown: the first is the contract (docs/design.md §5), the
 * next ones what older servers offer, so the UI keeps working while the API catches up.
 */
export async function gqlFirst<T>(
  documents: string | readonly string[],
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  const list = typeof documents === 'string' ? [documents] : documents;
  const first = list[0] ?? '';
  // Remember which variant this server understands, so later calls go straight to it.
  for (let i = workingVariant.get(first) ?? 0; i < list.length; i++) {
    try {
      const data = await gql<T>(list[i] as string, variables, signal);
      workingVariant.set(first, i);
      return data;
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'NOT_IMPLEMENTED') || i === list.length - 1) throw error;
    }
  }
  throw new ApiError('no document to send', 'INTERNAL');
}

/** A field the server does not know yet (schema validation) means the feature is not there, not that it broke. */
function codeOf(error: GraphQLErrorBody): ErrorCode {
  const code = error.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' || /Cannot query field|Unknown argument|Unknown type/.test(error.message))
    return 'NOT_IMPLEMENTED';
  const known: ErrorCode[] = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'DB_UNAVAILABLE'];
  return known.find((k) => k === code) ?? 'INTERNAL';
}
