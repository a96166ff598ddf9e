import type { TadaDocumentNode } from 'gql.tada';
import { useCallback, useState } from 'react';
import { type AnyVariables, useClient } from 'urql';
import { ApiError, apiErrorOf } from './client';
import { CHANGES, fieldTag, operationOf } from './invalidation';

export interface MutationState {
  pending: boolean;
  error: ApiError | null;
}

/**
 * Runs a typed mutation on demand; on success the queries it changes (invalidation.ts) are dropped from the cache
 * and the ones on screen refetch.
 */
export function useMutation<Data, Variables extends AnyVariables>(
  document: TadaDocumentNode<Data, Variables>,
): [(variables: Variables) => Promise<Data | null>, MutationState] {
  const client = useClient();
  const [state, setState] = useState<MutationState>({ pending: false, error: null });
  const run = useCallback(
    async (variables: Variables) => {
      setState({ pending: true, error: null });
      const { name } = operationOf(document);
      const changes = CHANGES[name];
      if (!changes) throw new Error(`invalidation.ts does not say what ${name} changes`);
      const result = await client
        .mutation<Data, Variables>(document, variables, { additionalTypenames: changes.map(fieldTag) })
        .toPromise();
      if (result.error || result.data === undefined) {
        setState({
          pending: false,
          error: result.error ? apiErrorOf(result.error) : new ApiError('no data', 'INTERNAL'),
        });
        return null;
      }
      setState({ pending: false, error: null });
      return result.data;
    },
    [client, document],
  );
  return [run, state];
}
