import type { AddressInfo } from 'node:net';
import { createAtlasServer, createAtlasYoga } from '@atlas/api';
import { GraphExecutor } from '@atlas/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../helpers/graph';

describe('the platform server on a real port', () => {
  const executor = testExecutor();
  const server = createAtlasServer(
    { executor },
    { webRoot: new URL('../../packages/web/dist', import.meta.url).pathname },
  );
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers /healthz with the Neo4j state as JSON', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', neo4j: { state: 'up', edition: 'community' } });
    expect(body.neo4j.version).toMatch(/^5\.26\./);
  });

  it('serves GraphQL at /graphql', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ industries { id } database { state } }' }),
    });
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data.industries).toHaveLength(7);
    expect(data.database.state).toBe('up');
  });

  it('serves the web app at / and for client-side routes', async () => {
    for (const path of ['/', '/industries/icv']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    }
  });
});

describe('when Neo4j is unreachable', () => {
  const executor = new GraphExecutor({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
  afterAll(() => executor.close());

  it('/healthz says degraded with 503 and the server keeps serving', async () => {
    const yoga = createAtlasYoga({ executor });
    const server = createAtlasServer({ executor }, { webRoot: '/nonexistent' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'degraded', neo4j: { state: 'down' } });
      const again = await yoga.fetch('http://x/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ industries { id } }' }),
      });
      expect((await again.json()).data.industries).toHaveLength(7);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
