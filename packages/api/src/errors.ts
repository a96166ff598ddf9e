import { isRefusal, type Refusal, refusal } from '@atlas/domain';
import { createGraphQLError } from 'graphql-yoga';

/** Expected failures carry one of these codes in `extensions.code` (docs/design.md §5); anything else is masked. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'DB_UNAVAILABLE';

/**
 * A refusal also carries its machine `reason` and `params` (domain refusals.ts), which the web words in the
 * reader's language; the English `message` stays as it was for logs, scripts and the CLI.
 */
export function apiError(code: ErrorCode, why: string | Refusal) {
  if (!isRefusal(why)) return createGraphQLError(why, { extensions: { code } });
  return createGraphQLError(why.message, { extensions: { code, reason: why.reason, params: why.params } });
}

export const badInput = (why: string | Refusal) => apiError('BAD_USER_INPUT', why);
export const notFound = (what: string, id: string) =>
  apiError('NOT_FOUND', refusal('RECORD_NOT_FOUND', `${what} "${id}" does not exist`, { what, id }));
export const forbidden = (why: string | Refusal) => apiError('FORBIDDEN', why);
export const unauthenticated = () =>
  apiError('UNAUTHENTICATED', refusal('SIGN_IN_FIRST', 'sign in first: send Authorization: Bearer <token>'));
/** A token was sent but no longer counts: tell the user to sign in again, not that they never did. */
export const signInAgain = () =>
  apiError(
    'UNAUTHENTICATED',
    refusal(
      'SIGN_IN_AGAIN',
      'your sign-in has ended (expired, signed out, or the account was changed or disabled): sign in again',
    ),
  );
/** An officer or admin acting for a firm must name it. */
export const companyRequired = () =>
  badInput(refusal('COMPANY_REQUIRED', 'companyId is required for a user without a company'));
