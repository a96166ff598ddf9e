import { describe, expect, it } from 'vitest';
import { DatabaseBusyError, DatabaseUnavailableError } from './errors';
import { ReadGate } from './read-gate';

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('ReadGate', () => {
  it('runs at most `limit` reads at once and admits the queue in arrival order', async () => {
    const gate = new ReadGate(2, 10_000);
    const started: number[] = [];
    const gates = [0, 1, 2, 3].map(() => deferred());
    const runs = gates.map((d, i) =>
      gate.run(async () => {
        started.push(i);
        await d.promise;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(gate.queued).toBe(2);
    gates[1]?.resolve();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    for (const d of gates) d.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(gate.queued).toBe(0);
  });

  it('frees the slot when a read fails', async () => {
    const gate = new ReadGate(1, 10_000);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 'next')).toBe('next');
  });

  it('fails a read that waited longer than maxWaitMs as busy (DB_UNAVAILABLE), without losing the slot', async () => {
    const gate = new ReadGate(1, 20);
    const hold = deferred();
    const first = gate.run(() => hold.promise);
    const late = gate.run(async () => 'never');
    await expect(late).rejects.toBeInstanceOf(DatabaseBusyError);
    await expect(late).rejects.toBeInstanceOf(DatabaseUnavailableError);
    hold.resolve();
    await first;
    expect(gate.queued).toBe(0);
    expect(await gate.run(async () => 'after')).toBe('after');
  });
});
