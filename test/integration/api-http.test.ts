import type { AddressInfo } from 'node:net';
import { createAtlasServer } from '@atlas/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../helpers/graph';

const executor = testExecutor();

function serve(env: Record<string, string> = {}) {
  const server = { url: '', close: async () => {} };
  beforeAll(async () => {
    const { readApiConfig } = await import('../../packages/api/src/config');
    const http = createAtlasServer({ executor, config: readApiConfig(env) }, { webRoot: '/nonexistent' });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    server.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
    server.close = () => new Promise<void>((resolve) => http.close(() => resolve()));
  });
  afterAll(() => server.close());
  return server;
}

const RESPONSE_TYPE = 'application/graphql-response+json';
const post = (url: string, body: unknown, accept = RESPONSE_TYPE) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) });

describe('GraphQL over HTTP (demo mode)', () => {
  const server = serve();

  it('answers with application/graphql-response+json when asked, and application/json otherwise', async () => {
    const modern = await post(server.url, { query: '{ industries { id } }' });
    expect(modern.status).toBe(200);
    expect(modern.headers.get('content-type')).toContain(RESPONSE_TYPE);
    const legacy = await post(server.url, { query: '{ industries { id } }' }, 'application/json');
    expect(legacy.headers.get('content-type')).toContain('application/json');
  });

  it.each([
    ['a parse error', { query: '{ industries { id ' }],
    ['a validation error', { query: '{ noSuchField }' }],
    ['a variable error', { query: 'query($id: ID!) { industry(id: $id) { id } }', variables: { id: null } }],
  ])('answers 400 to %s', async (_name, body) => {
    const res = await post(server.url, body);
    expect(res.status).toBe(400);
    expect((await res.json()).errors.length).toBeGreaterThan(0);
  });

  it('refuses mutations over GET', async () => {
    const query = encodeURIComponent('mutation { login(username: "x", password: "y") { token } }');
    const res = await fetch(`${server.url}?query=${query}`, { headers: { accept: RESPONSE_TYPE } });
    expect(res.status).toBe(405);
  });

  it('serves queries over GET', async () => {
    const res = await fetch(`${server.url}?query=${encodeURIComponent('{ industries { id } }')}`, {
      headers: { accept: RESPONSE_TYPE },
    });
    expect(res.status).toBe(200);
  });

  describe('hostile queries are refused and the server keeps serving', () => {
    const deep = `{ ${'industry(id: "icv") { id '.repeat(1)}${'a: __typename '.repeat(1)}}}`;
    const depth50 = `{ __schema { ${'types { fields { type { '.repeat(12)}name${' } } }'.repeat(12)} } }`;
    const aliases = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: industries { id }`).join(' ')} }`;
    const cycle = 'query { industries { ...A } } fragment A on Industry { ...B } fragment B on Industry { ...A }';

    it.each([
      ['depth 50', depth50],
      ['1,000 aliases', aliases],
      ['fragment cycles', cycle],
    ])('%s', async (_name, query) => {
      const res = await post(server.url, { query });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect((await res.json()).errors?.length).toBeGreaterThan(0);
      expect((await post(server.url, { query: deep })).status).toBe(200);
    });

    it('a 2 MB body', async () => {
      const res = await post(server.url, { query: `{ industries { id } } # ${'x'.repeat(2 * 1024 * 1024)}` });
      expect(res.status).toBe(413);
      expect((await post(server.url, { query: deep })).status).toBe(200);
    });
  });
});

describe('production mode', () => {
  const server = serve({
    ATLAS_MODE: 'production',
    ATLAS_JWT_SECRET: 'a-test-secret-that-is-long-enough-0123456789',
    ATLAS_PUBLIC_HOST: '127.0.0.1',
  });

  it('requires a token for queries', async () => {
    const body = await (await post(server.url, { query: '{ industries { id } }' })).json();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
  });

  it('keeps /healthz terse: no database address or errors', async () => {
    const body = await (await fetch(server.url.replace('/graphql', '/healthz'))).json();
    expect(body).toEqual({ status: 'ok', neo4j: { state: 'up' } });
  });

  it('refuses introspection', async () => {
    const res = await post(server.url, { query: '{ __schema { types { name } } }' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/introspection/i);
  });

  it('still lets people sign in (and says no to a wrong password)', async () => {
    const body = await (
      await post(server.url, { query: 'mutation { login(username: "nobody", password: "x") { token } }' })
    ).json();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toBe('wrong username or password');
  });
});
