import type { TadaDocumentNode } from 'gql.tada';
import { useMemo } from 'react';
import { type AnyVariables, createRequest, useQuery as useUrqlQuery } from 'urql';
import { type ApiError, apiErrorOf } from './client';
import { fieldTag, operationOf } from './invalidation';

export type QueryState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiError }
  | { status: 'ok'; data: T; error?: undefined };

/**
 * Runs a typed query when its variables change; `skip` waits (e.g. until a selection exists). Results come from the
 * client's document cache, so moving between pages does not refetch; a view that has data keeps it while a mutation's
 * refetch is under way.
 */
export function useQuery<Data, Variables extends AnyVariables>(
  document: TadaDocumentNode<Data, Variables>,
  variables: Variables,
  options: { skip?: boolean } = {},
): QueryState<Data> & { refetch(): void } {
  // Each root field is a cache tag, so a mutation can name the queries it changes (invalidation.ts).
  const context = useMemo(() => ({ additionalTypenames: operationOf(document).rootFields.map(fieldTag) }), [document]);
  const [result, reexecute] = useUrqlQuery<Data, Variables>({
    query: document,
    variables,
    pause: options.skip ?? false,
    context,
  } as Parameters<typeof useUrqlQuery<Data, Variables>>[0]);
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  // urql keeps the previous variables' data while new ones load; a list filtered anew must not show the old rows.
  const key = createRequest(document, variables).key;
  if (result.operation?.key !== key) return { status: 'loading', refetch };
  if (result.error) return { status: 'error', error: apiErrorOf(result.error), refetch };
  if (result.data !== undefined) return { status: 'ok', data: result.data, refetch };
  return { status: 'loading', refetch };
}
