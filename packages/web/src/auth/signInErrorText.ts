import type { ApiError } from '../api/client';
import { errorText } from '../api/errorText';
import type { Translate } from '../i18n';

/**
 * Why a sign-in failed, in the reader's language: a refusal with its params (a locked-out user reads how many minutes
 * to wait: LOGIN_LOCKED's `minutes`), else the words for the error's code (a network failure has no reason).
 */
export function signInErrorText(t: Translate, error: Pick<ApiError, 'message' | 'code' | 'reason' | 'params'>): string {
  return errorText(t, error, t.dyn('authError', error.code));
}
