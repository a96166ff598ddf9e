import { REFUSALS, type RefusalReason } from '@atlas/domain';
import type { MessageKey, Translate } from '../i18n';
import type { ApiError } from './client';

const isKnownReason = (reason: string | undefined): reason is RefusalReason =>
  reason !== undefined && Object.hasOwn(REFUSALS, reason);

/**
 * What the server said, in the reader's language: a refusal's `reason` with its params filled in (codes among them
 * shown as their labels: QUOTED → 已报价), or `fallback` (by default the server's English message) for anything
 * without a known reason.
 */
export function errorText(
  t: Translate,
  error: Pick<ApiError, 'message' | 'reason' | 'params'>,
  fallback: string = error.message,
): string {
  const { reason, params = {} } = error;
  if (!isKnownReason(reason)) return fallback;
  const kinds: Readonly<Record<string, string>> = REFUSALS[reason];
  const vars = Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      const kind = kinds[name];
      const coded = kind && kind !== 'text' && kind !== 'number';
      return [name, coded ? t.dyn(kind, String(value)) : value];
    }),
  );
  const key = `serverError.${reason}` as MessageKey;
  const text = t(key, vars);
  // Messages not loaded yet (a page outside the lazily loaded features) read as the key: the fallback is better.
  return text === key ? fallback : text;
}
