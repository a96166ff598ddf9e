import { useCallback, useState } from 'react';
import { ApiError, gqlFirst } from './client';
import { invalidateQueries } from './useQuery';

export interface MutationState {
  pending: boolean;
  error: ApiError | null;
}

/** Runs a mutation on demand; on success the queries it may have changed are refreshed. */
export function useMutation<T, V extends Record<string, unknown>>(
  document: string | readonly string[],
  /** Root fields of the queries this mutation changes; all queries when omitted. */
  invalidates?: readonly string[],
): [(variables: V) => Promise<T | null>, MutationState] {
  const [state, setState] = useState<MutationState>({ pending: false, error: null });
  const run = useCallback(
    async (variables: V) => {
      setState({ pending: true, error: null });
      try {
        const data = await gqlFirst<T>(document, variables);
        setState({ pending: false, error: null });
        invalidateQueries(invalidates);
        return data;
      } catch (error) {
        setState({
          pending: false,
          error: error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL'),
        });
        return null;
      }
    },
    [document, invalidates],
  );
  return [run, state];
}
