import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { GraphExecutor, run } from './executor';
import { partsOf, readEach } from './parallel-reads';

/** How many open transactions carry `caller` in their metadata (executor.ts sets it on every transaction). */
const OPEN_WITH_CALLER = `SHOW TRANSACTIONS YIELD metaData WHERE metaData.caller = $caller RETURN count(*) AS open`;

describe('readEach: independent reads as concurrent read transactions', () => {
  const executors: GraphExecutor[] = [];
  const executorWith = (maxConcurrentReads: number) => {
    const executor = new GraphExecutor({ ...inject('neo4j'), maxConcurrentReads, readQueueMs: 20_000 });
    executors.push(executor);
    return executor;
  };
  afterAll(() => Promise.all(executors.map((e) => e.close())));
  /** `parts` works, each returning its part's number from a statement of its own. */
  const returnTheirParts = (parts: number) =>
    partsOf(parts).map(
      ({ part }) =>
        (tx: Parameters<Parameters<GraphExecutor['readTx']>[1]>[0]) =>
          run<{ part: number }>(tx, 'RETURN $part AS part', { part }),
    );

  it('returns each work’s result in the order of the works', async () => {
    const results = await readEach(executorWith(8), 'test-read-each', returnTheirParts(4));
    expect(results).toEqual([[{ part: 0 }], [{ part: 1 }], [{ part: 2 }], [{ part: 3 }]]);
  });

  it('runs the works at the same time, each in its own transaction', async () => {
    // Each work waits (up to ~5 s) until it sees the other's transaction open beside its own; run one after the
    // other, neither would, and each would report 1.
    const caller = `test-read-each-${randomUUID()}`;
    const seesBoth = async (tx: Parameters<Parameters<GraphExecutor['readTx']>[1]>[0]) => {
      let open = 0;
      for (let i = 0; i < 100 && open < 2; i++) {
        [{ open = 0 } = {}] = await run<{ open: number }>(tx, OPEN_WITH_CALLER, { caller });
        if (open < 2) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return open;
    };
    expect(await readEach(executorWith(2), caller, [seesBoth, seesBoth])).toEqual([2, 2]);
  });

  it('holds no read slot while a work waits for one: with one read at a time the works run in turn', async () => {
    const results = await readEach(executorWith(1), 'test-read-each', returnTheirParts(3));
    expect(results.flat()).toEqual([{ part: 0 }, { part: 1 }, { part: 2 }]);
  });
});
