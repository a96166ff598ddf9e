import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { ApiError, gqlFirst } from './client';

export type QueryState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiError }
  | { status: 'ok'; data: T; error?: undefined };

// Results are cached per document and variables, so moving between pages does not refetch; mutations bump the epoch.
const cache = new Map<string, unknown>();
let epoch = 0;
const listeners = new Set<() => void>();

/**
 * Forget cached results (after a mutation or sign-in) and let mounted queries refetch; `fields` limits it to
 * documents that select one of those root fields. Mounted views keep showing their data until the new one arrives.
 */
export function invalidateQueries(fields?: readonly string[]): void {
  for (const key of [...cache.keys()])
    if (!fields || fields.some((field) => new RegExp(`\\b${field}\\s*\\(`).test(key))) cache.delete(key);
  epoch += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs a query when its variables change; `skip` waits (e.g. until a selection exists). */
export function useQuery<T>(
  documents: string | readonly string[],
  variables: Record<string, unknown>,
  options: { skip?: boolean } = {},
): QueryState<T> & { refetch(): void } {
  const vars = JSON.stringify(variables);
  const query = typeof documents === 'string' ? documents : documents.join('\n#or\n');
  const key = `${query}\n${vars}`;
  const currentEpoch = useSyncExternalStore(subscribe, () => epoch);
  const [state, setState] = useState<{ key: string; state: QueryState<T> }>(() => initial<T>(key));
  const [nonce, setNonce] = useState(0);
  const skip = options.skip ?? false;

  useEffect(() => {
    // A new epoch (mutation) or nonce (refetch) runs the query again.
    void currentEpoch;
    void nonce;
    if (skip) return;
    const key = `${query}\n${vars}`;
    if (cache.has(key)) {
      setState({ key, state: { status: 'ok', data: cache.get(key) as T } });
      return;
    }
    // Stale while revalidating: a view that has data keeps it until the fresh result replaces it.
    setState((previous) =>
      previous.key === key && previous.state.status === 'ok' ? previous : { key, state: { status: 'loading' } },
    );
    const controller = new AbortController();
    gqlFirst<T>(query.split('\n#or\n'), JSON.parse(vars) as Record<string, unknown>, controller.signal).then(
      (data) => {
        cache.set(key, data);
        setState({ key, state: { status: 'ok', data } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL');
        setState({ key, state: { status: 'error', error: apiError } });
      },
    );
    return () => controller.abort();
  }, [query, vars, skip, currentEpoch, nonce]);

  const refetch = useCallback(() => {
    cache.delete(key);
    setNonce((n) => n + 1);
  }, [key]);
  const current = state.key === key ? state.state : initial<T>(key).state;
  return { ...current, refetch };
}

function initial<T>(key: string): { key: string; state: QueryState<T> } {
  return cache.has(key)
    ? { key, state: { status: 'ok', data: cache.get(key) as T } }
    : { key, state: { status: 'loading' } };
}
