import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../helpers/graph';
import { outcome, type RunningApi, startApi } from './lib/api';
import { createWorld, newWorld, removeWorld } from './lib/fixtures';

/**
 * Tokens (issue #8): they expire (ATLAS_TOKEN_TTL), and only HS256 tokens signed with ATLAS_JWT_SECRET by us are
 * accepted: `alg: none`, RS256, HS512, foreign secrets, tampered payloads and missing claims are refused.
 */
const SECRET = 'reliability-secret-that-is-long-enough-0123456789';
const executor = testExecutor();
const world = newWorld('tokens');
let api: RunningApi;
let prod: RunningApi;

beforeAll(async () => {
  await createWorld(executor, world);
  api = await startApi(executor, { ATLAS_JWT_SECRET: SECRET, ATLAS_TOKEN_TTL: '2' });
  prod = await startApi(executor, { ATLAS_JWT_SECRET: SECRET, ATLAS_MODE: 'production' });
});
afterAll(async () => {
  await api?.close();
  await prod?.close();
  await removeWorld(executor, world);
});

const b64 = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** A token as an attacker would make it: any header, any claims, any signature. */
function forge(header: Record<string, unknown>, claims: Record<string, unknown>, signWith?: (input: string) => Buffer) {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${signWith ? signWith(input).toString('base64url') : ''}`;
}
const hmac = (algorithm: string, secret: string) => (input: string) =>
  createHmac(algorithm, secret).update(input).digest();

function adminClaims(overrides: Record<string, unknown> = {}) {
  return {
    sub: world.id('user-admin'),
    username: world.usernames.ADMIN,
    role: 'ADMIN',
    companyId: null,
    iss: 'chain-atlas',
    iat: now(),
    exp: now() + 3600,
    ...overrides,
  };
}

const ME = '{ me { username role } }';

describe('tokens', () => {
  it('a token from login works, then expires after ATLAS_TOKEN_TTL', async () => {
    const token = await api.login(world.usernames.CHAIN_LEADER, world.password);
    const fresh = await api.gql<{ me: { role: string } }>(ME, {}, token);
    expect(fresh.data?.me.role).toBe('CHAIN_LEADER');
    await new Promise((resolve) => setTimeout(resolve, 3_200));
    expect(outcome(await api.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    const post = await api.gql('mutation { postDemand(input: {title: "t", segmentId: "x"}) { id } }', {}, token);
    expect(outcome(post)).toBe('UNAUTHENTICATED');
  });

  it('our own signature with our secret is accepted (the forging below is otherwise right)', async () => {
    const token = forge({ alg: 'HS256', typ: 'JWT' }, adminClaims(), hmac('sha256', SECRET));
    expect((await api.gql<{ me: { role: string } }>(ME, {}, token)).data?.me.role).toBe('ADMIN');
  });

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forgeries: Array<[string, string]> = [
    ['alg none', forge({ alg: 'none', typ: 'JWT' }, adminClaims())],
    ['alg None with a signature', forge({ alg: 'None' }, adminClaims(), hmac('sha256', SECRET))],
    [
      'RS256 signed with an attacker key',
      forge({ alg: 'RS256' }, adminClaims(), (i) => sign('sha256', Buffer.from(i), privateKey)),
    ],
    ['HS512 with our secret (algorithm not pinned)', forge({ alg: 'HS512' }, adminClaims(), hmac('sha512', SECRET))],
    ['HS256 with another secret', forge({ alg: 'HS256' }, adminClaims(), hmac('sha256', 'guessed-secret'))],
    ['HS256 with an empty secret', forge({ alg: 'HS256' }, adminClaims(), hmac('sha256', ''))],
    ['expired', forge({ alg: 'HS256' }, adminClaims({ exp: now() - 10 }), hmac('sha256', SECRET))],
    ['without exp', forge({ alg: 'HS256' }, adminClaims({ exp: undefined }), hmac('sha256', SECRET))],
    ['not yet valid', forge({ alg: 'HS256' }, adminClaims({ nbf: now() + 3600 }), hmac('sha256', SECRET))],
    ['another issuer', forge({ alg: 'HS256' }, adminClaims({ iss: 'evil' }), hmac('sha256', SECRET))],
    ['without a subject', forge({ alg: 'HS256' }, adminClaims({ sub: undefined }), hmac('sha256', SECRET))],
    ['an unknown role', forge({ alg: 'HS256' }, adminClaims({ role: 'ROOT' }), hmac('sha256', SECRET))],
    ['garbage', 'not.a.token'],
    ['a JWE-shaped string', 'a.b.c.d.e'],
  ];

  it.each(forgeries)('refuses a token: %s', async (_name, token) => {
    expect(outcome(await api.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    expect(outcome(await prod.gql('{ industries { id } }', {}, token))).toBe('UNAUTHENTICATED');
    const exported = await fetch(`${prod.base}/export/icv.json`, { headers: { authorization: `Bearer ${token}` } });
    expect(exported.status).toBe(401);
  });

  it('a tampered payload (role raised after signing) is refused', async () => {
    const token = await api.login(world.usernames.SME, world.password);
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString());
    const raised = `${header}.${b64({ ...claims, role: 'ADMIN' })}.${signature}`;
    expect(outcome(await api.gql(ME, {}, raised))).toBe('UNAUTHENTICATED');
  });

  it('a token signed by another replica secret does not open production', async () => {
    const other = await startApi(executor, { ATLAS_JWT_SECRET: `${SECRET}-other`, ATLAS_MODE: 'production' });
    try {
      const token = await other.login(world.usernames.ADMIN, world.password);
      expect(outcome(await other.gql('{ industries { id } }', {}, token))).toBe('ok');
      expect(outcome(await prod.gql('{ industries { id } }', {}, token))).toBe('UNAUTHENTICATED');
    } finally {
      await other.close();
    }
  });
});
