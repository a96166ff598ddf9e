import { createGraphQLError } from 'graphql-yoga';

/** Expected failures carry one of these codes in `extensions.code` (docs/design.md §5); anything else is masked. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'DB_UNAVAILABLE';

export function apiError(code: ErrorCode, message: string) {
  return createGraphQLError(message, { extensions: { code } });
}

export const badInput = (message: string) => apiError('BAD_USER_INPUT', message);
export const notFound = (what: string, id: string) => apiError('NOT_FOUND', `${what} "${id}" does not exist`);
export const forbidden = (reason: string) => apiError('FORBIDDEN', reason);
export const unauthenticated = () => apiError('UNAUTHENTICATED', 'sign in first: send Authorization: Bearer <token>');
/** A token was sent but no longer counts: tell the user to sign in again, not that they never did. */
export const signInAgain = () =>
  apiError(
    'UNAUTHENTICATED',
    'your sign-in has ended (expired, signed out, or the account was changed or disabled): sign in again',
  );
