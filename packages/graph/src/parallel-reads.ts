import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphExecutor } from './executor';

type ReadWorks<T extends readonly unknown[]> = { [K in keyof T]: (tx: ManagedTransaction) => Promise<T[K]> };

/**
 * Runs independent read works side by side, each as its own read transaction through the read gate, and returns
 * their results in order. Neo4j Community runs one query on one thread, so an analytic made of several statements
 * uses the second core only when they are sent at once. Reads are read-committed (a second statement in one
 * transaction may already see a later commit), so one transaction gave no snapshot the parts lose here.
 * Each work takes its own gate slot and holds none while another waits: a work must not call readTx/readEach
 * itself, or a full gate could wait on itself.
 */
export function readEach<T extends readonly unknown[]>(
  executor: GraphExecutor,
  caller: string,
  works: readonly [...ReadWorks<T>],
): Promise<T> {
  return Promise.all(works.map((work) => executor.readTx(caller, work))) as unknown as Promise<T>;
}

/** Which part of a statement split `parts` ways (`inPartCypher`) one run reads. */
export interface Part {
  part: number;
  parts: number;
}

/** The whole statement: one part. */
export const WHOLE: Part = { part: 0, parts: 1 };

/** The `parts` parts of a statement split that many ways, as parameters. */
export function partsOf(parts: number): Part[] {
  return Array.from({ length: parts }, (_, part) => ({ part, parts }));
}

/**
 * Cypher keeping, of the rows binding `item`, those of part `$part` of `$parts`: the items in `order` dealt out in
 * turn (the i-th to part i mod $parts), so the parts are disjoint, together are all the items, and with `order`
 * largest first each part gets a fair share of the large ones. Other variables in scope are dropped.
 */
export function inPartCypher(item: string, order: string): string {
  return `WITH ${item} ORDER BY ${order}
    WITH collect(${item}) AS partItems
    UNWIND range(0, size(partItems) - 1) AS partIndex
    WITH partItems[partIndex] AS ${item} WHERE partIndex % $parts = $part`;
}
