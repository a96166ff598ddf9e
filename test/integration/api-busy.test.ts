import { createAtlasYoga, readApiConfig } from '@atlas/api';
import { GraphExecutor } from '@atlas/graph';
import { afterAll, describe, expect, inject, it } from 'vitest';

// Overload: one read at a time and a 1 ms queue, so concurrent requests find the queue full and wait too long.
describe('an overloaded database', () => {
  const executor = new GraphExecutor({ ...inject('neo4j'), maxConcurrentReads: 1, readQueueMs: 1 });
  const yoga = createAtlasYoga({ executor, config: readApiConfig({ ATLAS_ANALYTICS_CACHE: 'off' }) });
  afterAll(() => executor.close());

  it('answers DB_UNAVAILABLE with "busy" to the requests it cannot serve in time, and keeps serving', async () => {
    const ask = async () => {
      const res = await yoga.fetch('http://atlas.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ searchCompanies(query: "示例", first: 5) { totalCount } }' }),
      });
      return (await res.json()) as {
        data?: unknown;
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      };
    };
    const answers = await Promise.all(Array.from({ length: 8 }, ask));
    const busy = answers.filter((a) => a.errors?.[0]?.extensions?.code === 'DB_UNAVAILABLE');
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]?.errors?.[0]?.message).toMatch(/busy/);
    expect(answers.filter((a) => a.errors && a.errors[0]?.extensions?.code !== 'DB_UNAVAILABLE')).toEqual([]);
    expect((await ask()).errors).toBeUndefined();
  });
});
