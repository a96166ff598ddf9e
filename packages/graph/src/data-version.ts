import type { GraphExecutor } from './executor';

/**
 * The data version: a token on one `(:DataVersion {id: 'graph'})` node that every write transaction replaces as
 * its last statement (GraphExecutor.writeTx), so any change to the graph — API mutation, import, seed, from any
 * process — gives a new token. Readers that cache derived results (the API's analytics cache) tag them with the
 * token they read before computing and drop them when it changes. A fresh random token rather than a counter:
 * nothing is read, so concurrent writers cannot lose an increment, and a restored backup brings back the token of
 * the data it holds. Last in its transaction, it never waits on another lock while holding this one.
 */
export const BUMP_DATA_VERSION = `MERGE (v:DataVersion {id: 'graph'}) SET v.token = randomUUID()`;

/** The current token; `none` before the first write. Bypasses the read queue: it is one index seek. */
export async function readDataVersion(executor: GraphExecutor): Promise<string> {
  const [row] = await executor.peek<{ token: string | null }>(
    'data-version',
    `OPTIONAL MATCH (v:DataVersion {id: 'graph'}) RETURN v.token AS token`,
  );
  return row?.token ?? 'none';
}
