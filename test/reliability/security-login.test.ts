import type { AddressInfo } from 'node:net';
import { createAtlasServer } from '@atlas/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readApiConfig } from '../../packages/api/src/config';
import { testExecutor } from '../helpers/graph';
import { outcome, type RunningApi, startApi } from './lib/api';
import { createWorld, newWorld, removeWorld } from './lib/fixtures';

type Logger = NonNullable<Parameters<typeof createAtlasServer>[0]['logger']>;

/**
 * Sign-in (issue #14): failures limited per username and per client address (behind a trusted proxy, the address
 * X-Forwarded-For names); unknown users and wrong passwords answered alike; one login per request; no password in
 * the logs.
 */
const executor = testExecutor();
const world = newWorld('login');
beforeAll(() => createWorld(executor, world));
afterAll(() => removeWorld(executor, world));

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

async function login(api: RunningApi, username: string, password: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  return outcome({ status: res.status, ...(await res.json()) });
}

describe('failed sign-ins are limited', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi(executor, { ATLAS_LOGIN_FAILURES_PER_USER: '3', ATLAS_LOGIN_FAILURES_PER_ADDRESS: '8' });
  });
  afterAll(() => api?.close());

  it('per username: after 3 failures even the right password is refused for a while; other users are not', async () => {
    const target = world.usernames.ANALYST;
    for (let i = 0; i < 3; i++) expect(await login(api, target, `wrong-${i}`)).toBe('UNAUTHENTICATED');
    expect(await login(api, target, world.password)).toBe('TOO_MANY_REQUESTS');
    expect(await login(api, world.usernames.SME, world.password)).toBe('ok');
  });

  it('an unknown username is limited just like a real one (being blocked tells nothing)', async () => {
    const ghost = `${world.prefix}-nobody`;
    for (let i = 0; i < 3; i++) expect(await login(api, ghost, `wrong-${i}`)).toBe('UNAUTHENTICATED');
    expect(await login(api, ghost, 'wrong')).toBe('TOO_MANY_REQUESTS');
  });

  it('per address: spraying many usernames from one address is stopped', async () => {
    // 6 failures so far from 127.0.0.1 (the two tests above); two more reach the limit of 8.
    for (let i = 0; i < 2; i++) await login(api, `${world.prefix}-spray-${i}`, 'wrong');
    expect(await login(api, world.usernames.CHAIN_LEADER, world.password)).toBe('TOO_MANY_REQUESTS');
  });
});

describe('behind a trusted proxy the limiter counts the forwarded client, and only there', () => {
  it('ATLAS_TRUST_PROXY=1: each X-Forwarded-For client has its own count', async () => {
    const api = await startApi(executor, {
      ATLAS_TRUST_PROXY: '1',
      ATLAS_LOGIN_FAILURES_PER_ADDRESS: '2',
      ATLAS_LOGIN_FAILURES_PER_USER: '100',
    });
    try {
      const from = (ip: string) => ({ 'x-forwarded-for': ip });
      for (let i = 0; i < 2; i++) await login(api, `${world.prefix}-x${i}`, 'wrong', from('203.0.113.7'));
      expect(await login(api, world.usernames.SME, world.password, from('203.0.113.7'))).toBe('TOO_MANY_REQUESTS');
      expect(await login(api, world.usernames.SME, world.password, from('198.51.100.9'))).toBe('ok');
      // A client cannot slip in a fresh address in front of what the proxy appended.
      expect(await login(api, world.usernames.SME, world.password, from('10.9.9.9, 203.0.113.7'))).toBe(
        'TOO_MANY_REQUESTS',
      );
    } finally {
      await api.close();
    }
  });

  it('without a trusted proxy X-Forwarded-For is ignored: a forged header does not reset the count', async () => {
    const api = await startApi(executor, {
      ATLAS_LOGIN_FAILURES_PER_ADDRESS: '2',
      ATLAS_LOGIN_FAILURES_PER_USER: '100',
    });
    try {
      for (let i = 0; i < 2; i++)
        await login(api, `${world.prefix}-y${i}`, 'wrong', { 'x-forwarded-for': `192.0.2.${i}` });
      expect(await login(api, world.usernames.SME, world.password, { 'x-forwarded-for': '192.0.2.77' })).toBe(
        'TOO_MANY_REQUESTS',
      );
    } finally {
      await api.close();
    }
  });
});

describe('the answer', () => {
  const lines: string[] = [];
  let server: ReturnType<typeof createAtlasServer>;
  let api: Pick<RunningApi, 'base'>;
  beforeAll(async () => {
    // Every log call, as text (the API's logger is pino; this stands in for it).
    const record = (...args: unknown[]) => void lines.push(JSON.stringify(args));
    const logger = {
      level: 'info',
      trace: record,
      debug: record,
      info: record,
      warn: record,
      error: record,
      fatal: record,
      child: () => logger,
    };
    server = createAtlasServer(
      { executor, config: readApiConfig({ ATLAS_RATE_LIMIT: '0' }), logger: logger as unknown as Logger },
      { webRoot: '/nonexistent' },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is identical for an unknown user and a wrong password, and the log has no password', async () => {
    const ask = async (u: string) => {
      const res = await fetch(`${api.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGIN, variables: { u, p: 'Secret-Guess-123' } }),
      });
      return { status: res.status, body: await res.json() };
    };
    const unknown = await ask(`${world.prefix}-ghost`);
    const wrong = await ask(world.usernames.ADMIN);
    expect(unknown).toEqual(wrong);
    expect(wrong.body.errors[0]).toMatchObject({
      message: 'wrong username or password',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const failures = lines.filter((l) => l.includes('sign-in failed'));
    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(failures.join('')).toContain(world.usernames.ADMIN);
    expect(lines.join('')).not.toContain('Secret-Guess-123');
  });

  it.each([
    [
      'two login fields',
      `mutation { a: login(username: "x", password: "1") { token } b: login(username: "x", password: "2") { token } }`,
    ],
    [
      'a login repeated through a fragment',
      `mutation { login(username: "x", password: "1") { token } ...F } fragment F on Mutation { b: login(username: "x", password: "2") { token } }`,
    ],
    [
      'logins in two operations of one document',
      `mutation A { login(username: "x", password: "1") { token } } mutation B { login(username: "x", password: "2") { token } }`,
    ],
  ])('one login per request: %s is refused before any password is checked', async (_name, query) => {
    const res = await fetch(`${api.base}/graphql?operationName=A`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, operationName: query.includes('mutation A') ? 'A' : undefined }),
    });
    const body = await res.json();
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0]).toMatchObject({
      message: expect.stringMatching(/one login per request/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
