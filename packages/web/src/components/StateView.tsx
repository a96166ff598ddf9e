import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';
import type { QueryState } from '../api/useQuery';
import { useT } from '../i18n';

/** Long work shows progress. */
export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

/** Empty states say what to do next. */
export function Empty({ title, hint }: { title: string; hint?: string }) {
  return (
    <div className="state state-empty">
      <strong>{title}</strong>
      {hint && <span className="muted">{hint}</span>}
    </div>
  );
}

/** Error states say what went wrong in the user's words, and what to do. */
export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="state state-error" role="alert">
      <strong>{t.dyn('error', error.code)}</strong>
      <span className="muted">{t.dyn('errorHint', error.code)}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

/** Renders a query's loading, error or data state. */
export function QueryView<T>({
  state,
  children,
  loadingLabel,
}: {
  state: QueryState<T> & { refetch(): void };
  children: (data: T) => ReactNode;
  loadingLabel?: string;
}) {
  if (state.status === 'loading') return <Loading label={loadingLabel} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={state.refetch} />;
  return <>{children(state.data)}</>;
}
