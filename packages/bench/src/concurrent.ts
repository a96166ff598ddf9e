import { fileURLToPath } from 'node:url';
import type { BenchCase } from './cases';
import { childResult, spawnTs } from './child';
import type { LoadDriverInput, LoadDriverResult } from './load-driver';

export interface ConcurrentResult extends LoadDriverResult {
  connections: number;
  operations: string[];
  /** Connection errors + non-2xx + GraphQL errors: the acceptance target is 0. */
  totalErrors: number;
}

const ENTRY = fileURLToPath(new URL('./load-driver.ts', import.meta.url));

/** Operations per-firm and per-demand users fire interactively; industry-level analytics are the same for all. */
export const MATCHING_MIX = ['investmentTargets', 'supplierMatches', 'buyerMatches'];

/** autocannon in a second process: `connections` clients POST a mix of analytics for `seconds`. */
export async function concurrentLoad(
  apiUrl: string,
  cases: readonly BenchCase[],
  connections: number,
  seconds: number,
): Promise<ConcurrentResult> {
  const operations = cases.flatMap((c) =>
    c.variants.map((v) => ({ name: c.name, body: JSON.stringify({ query: c.document, variables: v.variables }) })),
  );
  const input: LoadDriverInput = { url: apiUrl, connections, seconds, timeoutSeconds: 60, operations };
  const result = await childResult<LoadDriverResult>(spawnTs(ENTRY, [JSON.stringify(input)]), 'autocannon');
  return {
    ...result,
    connections,
    operations: cases.map((c) => c.name),
    // autocannon counts a non-2xx both in non2xx and in our onResponse check, so take the larger of the two.
    totalErrors: result.errors + Math.max(result.non2xx, result.graphqlErrors),
  };
}
