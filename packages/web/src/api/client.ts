import { Client, type CombinedError, cacheExchange, fetchExchange, mapExchange } from '@urql/core';

/** The typed codes of docs/design.md §5, plus what the transport itself can fail with. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'DB_UNAVAILABLE'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK'
  | 'INTERNAL';

const SERVER_CODES: readonly ErrorCode[] = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'DB_UNAVAILABLE',
  'TOO_MANY_REQUESTS',
];

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    /** Why the server refused (domain refusals.ts), worded for the reader by errorText.ts; absent for other errors. */
    readonly reason?: string,
    readonly params?: Readonly<Record<string, string | number>>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The first error of a response in the user's terms: its typed code, or NETWORK / INTERNAL. */
export function apiErrorOf(error: CombinedError): ApiError {
  const first = error.graphQLErrors[0];
  if (!first) return new ApiError(error.networkError?.message ?? error.message, 'NETWORK');
  const { code, reason, params } = first.extensions ?? {};
  return new ApiError(
    first.message,
    SERVER_CODES.find((known) => known === code) ?? 'INTERNAL',
    typeof reason === 'string' ? reason : undefined,
    params && typeof params === 'object' ? (params as Record<string, string | number>) : undefined,
  );
}

/**
 * One client per session: signing in or out makes a new one, so nothing cached for one user is shown to the next.
 * The document cache keeps query results until a mutation invalidates them (useMutation.ts, invalidation.ts).
 * A signed-in request answered UNAUTHENTICATED means the token expired or was revoked: `onExpired` signs out.
 */
export function createApiClient(token: string | null, onExpired: () => void): Client {
  return new Client({
    url: '/graphql',
    // POST always: the API's limits and logs expect it, and long documents never hit a URL limit.
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    fetchOptions: {
      headers: {
        // Plain JSON: expected GraphQL errors (bad input, not found) come back as 200 with typed codes, so the
        // browser does not log them as failed loads.
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    },
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (token && apiErrorOf(error).code === 'UNAUTHENTICATED') onExpired();
        },
      }),
      fetchExchange,
    ],
  });
}
