import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../helpers/graph';
import { type RunningApi, startApi } from './lib/api';
import { createWorld, newWorld, removeWorld } from './lib/fixtures';

const SECRET = 'graphql-cop-secret-Vb7nM2qL9xR4tY8wK1pZ6cD3fG5hJ0sA';
const executor = testExecutor();
const world = newWorld('graphql-cop');
let demo: RunningApi;
let prod: RunningApi;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  await createWorld(executor, world);
  demo = await startApi(executor);
  prod = await startApi(executor, { ATLAS_MODE: 'production', ATLAS_JWT_SECRET: SECRET });
  tokens.prodAnalyst = await prod.login(world.usernames.ANALYST, world.password);
}, 120_000);
afterAll(async () => {
  await demo?.close();
  await prod?.close();
  await removeWorld(executor, world);
});

/**
 * graphql-cop (dolevf/graphql-cop; PyPI's "graphql-cop" is an empty name placeholder, so its checks are replayed
 * here with its payloads and its own verdict rules) against production mode, anonymous and with a valid token.
 */
describe('graphql-cop checks in production mode: no HIGH finding', () => {
  const post = async (body: unknown, token?: string, contentType = 'application/json') => {
    const res = await fetch(`${prod.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return res.json().catch(() => ({})) as Promise<Record<string, unknown>>;
  };
  const get = async (query: string, token?: string) => {
    const res = await fetch(`${prod.base}/graphql?query=${encodeURIComponent(query)}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return res.json().catch(() => ({})) as Promise<Record<string, unknown>>;
  };
  const data = (r: Record<string, unknown>) => (r.data ?? {}) as Record<string, unknown>;

  /** [title, severity, finding?] — the finding is graphql-cop's own test of the answer. */
  const CHECKS: Array<[string, string, (token?: string) => Promise<boolean>]> = [
    [
      'Alias Overloading',
      'HIGH',
      async (t) => {
        const aliases = Array.from({ length: 101 }, (_, i) => `alias${i}:__typename`).join('\n');
        return Boolean(data(await post({ query: `query cop { ${aliases} }` }, t)).alias100);
      },
    ],
    [
      'Array-based Query Batching',
      'HIGH',
      async (t) => {
        const answer = await post(
          Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' })),
          t,
        );
        return Array.isArray(answer) && answer.length >= 10;
      },
    ],
    [
      'Directive Overloading',
      'HIGH',
      async (t) => {
        const answer = await post({ query: 'query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }' }, t);
        return Array.isArray(answer.errors) && answer.errors.length === 10;
      },
    ],
    [
      'Field Duplication',
      'HIGH',
      async (t) => {
        return Boolean(data(await post({ query: `query cop { ${'__typename \n'.repeat(500)} }` }, t)).__typename);
      },
    ],
    [
      'Introspection',
      'HIGH',
      async (t) => {
        return Boolean(
          data(await post({ query: 'query cop { __schema { types { name fields { name } } } }' }, t)).__schema,
        );
      },
    ],
    [
      'Introspection-based Circular Query',
      'HIGH',
      async (t) => {
        const q =
          'query cop { __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }';
        return Boolean(data(await post({ query: q }, t)).__schema);
      },
    ],
    [
      'Circular Fragment',
      'HIGH',
      async (t) => {
        const q =
          'query { __schema { ...A } } fragment A on __Schema { __typename ...B } fragment B on __Schema { ...A }';
        return !('errors' in (await post({ query: q }, t)));
      },
    ],
    ['GET Method Query Support', 'MEDIUM', async (t) => Boolean(data(await get('{__typename}', t)).__typename)],
    [
      'Mutation is allowed over GET (possible CSRF)',
      'MEDIUM',
      async (t) => Boolean(data(await get('mutation cop {__typename}', t)).__typename),
    ],
    [
      'POST based url-encoded query (possible CSRF)',
      'MEDIUM',
      async (t) =>
        Boolean(
          data(await post('query=query%20cop%20%7B__typename%7D', t, 'application/x-www-form-urlencoded')).__typename,
        ),
    ],
    [
      'Trace Mode',
      'INFO',
      async (t) => {
        const answer = await post({ query: 'query cop { __typename }' }, t);
        return Boolean((answer.extensions as { tracing?: unknown } | undefined)?.tracing);
      },
    ],
    [
      'Unhandled Errors Detection',
      'INFO',
      async (t) => {
        const answer = await post({ query: 'query cop { __typenam }' }, t);
        return JSON.stringify(answer).includes('exception') || JSON.stringify(answer).includes('stacktrace');
      },
    ],
    [
      'Field Suggestions',
      'LOW',
      async (t) => JSON.stringify(await post({ query: '{ __schema { directive } }' }, t)).includes('Did you mean'),
    ],
  ];

  for (const who of ['anonymous', 'with a valid token'] as const) {
    it(`${who}: no finding`, async () => {
      const token = who === 'anonymous' ? undefined : tokens.prodAnalyst;
      const findings: string[] = [];
      for (const [title, severity, check] of CHECKS) if (await check(token)) findings.push(`${severity} ${title}`);
      expect(findings).toEqual([]);
    });
  }

  it('the checks can fail: demo mode without the guards would be flagged (introspection is on there)', async () => {
    const answer = await demo.gql('query cop { __schema { types { name } } }');
    expect(answer.data).toBeTruthy();
  });
});
