import { spawnSync } from 'node:child_process';
import { repoRoot } from '@atlas/neo4j-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readApiConfig } from '../../packages/api/src/config';
import { prepareGraph, type StartupSteps } from '../../packages/api/src/startup';
import { testExecutor } from '../helpers/graph';
import { outcome, type RunningApi, startApi } from './lib/api';
import { createWorld, newWorld, removeWorld } from './lib/fixtures';

/**
 * Accounts (issue #14): a token dies with its user's disable, role or password change (tokenVersion); admins
 * manage accounts, nobody else; production writes no demo firm and keeps no demo login; demo stays on loopback.
 */
const SECRET = 'accounts-secret-that-is-long-enough-0123456789';
const executor = testExecutor();
const world = newWorld('accounts');
let prod: RunningApi;
let admin: string;

beforeAll(async () => {
  await createWorld(executor, world);
  prod = await startApi(executor, { ATLAS_JWT_SECRET: SECRET, ATLAS_MODE: 'production' });
  admin = await prod.login(world.usernames.ADMIN, world.password);
});
afterAll(async () => {
  await prod?.close();
  await removeWorld(executor, world);
  await executor.write('test', 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: world.prefix });
});

const ME = '{ me { username role companyId } }';
const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username role companyId disabled } }`;
const exportStatus = async (token: string) =>
  (await fetch(`${prod.base}/export/${world.industryId}.json`, { headers: { authorization: `Bearer ${token}` } }))
    .status;

/** A fresh account made through the admin API, and a token for it. */
async function account(name: string, role = 'ANALYST', companyId?: string) {
  const username = `${world.prefix}-${name}`;
  const password = `pw-${name}-Long-enough-1`;
  const created = await prod.gql(CREATE, { input: { username, password, role, companyId } }, admin);
  expect(outcome(created)).toBe('ok');
  return { username, password, token: await prod.login(username, password) };
}

describe('tokens are revoked at the next request', () => {
  it('disabling a user refuses their token on GraphQL and exports, and their sign-in', async () => {
    const user = await account('leaver');
    expect(outcome(await prod.gql(ME, {}, user.token))).toBe('ok');
    expect(await exportStatus(user.token)).toBe(200);
    const disabled = await prod.gql(
      'mutation($u: String!) { setUserDisabled(username: $u, disabled: true) { disabled } }',
      { u: user.username },
      admin,
    );
    expect(disabled.data).toEqual({ setUserDisabled: { disabled: true } });
    expect(outcome(await prod.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
    expect(await exportStatus(user.token)).toBe(401);
    expect(
      outcome(
        await prod.gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
          u: user.username,
          p: user.password,
        }),
      ),
    ).toBe('UNAUTHENTICATED');
    // Enabled again: a new sign-in works, the old token stays dead.
    await prod.gql(
      'mutation($u: String!) { setUserDisabled(username: $u, disabled: false) { id } }',
      { u: user.username },
      admin,
    );
    const fresh = await prod.login(user.username, user.password);
    expect(outcome(await prod.gql(ME, {}, fresh))).toBe('ok');
    expect(outcome(await prod.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
  });

  it('a role change revokes, and the new token carries the new role and company', async () => {
    const user = await account('promoted');
    const changed = await prod.gql(
      'mutation($u: String!, $c: ID) { setUserRole(username: $u, role: SME, companyId: $c) { role companyId } }',
      { u: user.username, c: world.smeId },
      admin,
    );
    expect(changed.data).toEqual({ setUserRole: { role: 'SME', companyId: world.smeId } });
    expect(outcome(await prod.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
    const again = await prod.login(user.username, user.password);
    expect((await prod.gql(ME, {}, again)).data).toEqual({
      me: { username: user.username, role: 'SME', companyId: world.smeId },
    });
  });

  it('a password reset revokes; the old password no longer signs in', async () => {
    const user = await account('forgetful');
    const reset = await prod.gql(
      'mutation($u: String!, $p: String!) { resetPassword(username: $u, password: $p) { id } }',
      { u: user.username, p: 'a-brand-new-passphrase-42' },
      admin,
    );
    expect(outcome(reset)).toBe('ok');
    expect(outcome(await prod.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
    await expect(prod.login(user.username, user.password)).rejects.toThrow(/failed/);
    expect(outcome(await prod.gql(ME, {}, await prod.login(user.username, 'a-brand-new-passphrase-42')))).toBe('ok');
  });

  it('the token lifetime is capped at 24 h', () => {
    expect(() => readApiConfig({ ATLAS_TOKEN_TTL: String(24 * 3600 + 1) })).toThrow(/ATLAS_TOKEN_TTL/);
  });
});

describe('account management is for admins, with the same rules as the CLI', () => {
  it('lists users for admins only', async () => {
    const list = await prod.gql<{ users: Array<{ username: string }> }>(
      '{ users { username role disabled demo } }',
      {},
      admin,
    );
    expect(list.data?.users.map((u) => u.username)).toContain(world.usernames.SME);
    for (const role of ['PROMOTION_OFFICER', 'CHAIN_LEADER', 'SME', 'ANALYST'] as const) {
      const token = await prod.login(world.usernames[role], world.password);
      expect(outcome(await prod.gql('{ users { username } }', {}, token))).toBe('FORBIDDEN');
      const input = { username: `${world.prefix}-sneaky-${role}`, password: 'pw-sneaky-long-enough', role: 'ADMIN' };
      expect(outcome(await prod.gql(CREATE, { input }, token))).toBe('FORBIDDEN');
    }
  });

  it.each([
    ['a weak password', { role: 'ANALYST', password: 'short' }, /too short/],
    ['an SME without a company', { role: 'SME', password: 'pw-long-enough-sme' }, /needs a company/],
    [
      'a company that does not exist',
      { role: 'SME', companyId: 'no-such-co', password: 'pw-long-enough-sme' },
      /does not exist/,
    ],
    [
      'a company for an analyst',
      { role: 'ANALYST', companyId: 'x', password: 'pw-long-enough-x' },
      /speaks for no company/,
    ],
    ['a bad username', { role: 'ANALYST', password: 'pw-long-enough-x', username: 'a b' }, /username/],
  ])('refuses %s with BAD_USER_INPUT', async (_name, input, message) => {
    const result = await prod.gql(CREATE, { input: { username: `${world.prefix}-bad`, ...input } }, admin);
    expect(outcome(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(message);
  });

  it('an admin cannot disable or demote themselves from the API', async () => {
    const self = await prod.gql(
      'mutation($u: String!) { setUserDisabled(username: $u, disabled: true) { id } }',
      { u: world.usernames.ADMIN },
      admin,
    );
    expect(outcome(self)).toBe('BAD_USER_INPUT');
  });
});

describe('production keeps no demo', () => {
  /** The start-up steps with the graph's answers chosen by the test; loads are recorded, never run. */
  function steps(empty: boolean, calls: string[]): StartupSteps {
    return {
      isEmpty: async () => empty,
      loadDemo: async () => void calls.push('loadDemo'),
      loadIndustries: async () => void calls.push('loadIndustries'),
      countCompanies: async () => 0,
      countEnabledAdmins: async () => 0,
      demoAccounts: { usernames: [], scope: world.prefix },
    };
  }

  it('an empty production graph gets the industries, no demo firm, and the start message says how to import', async () => {
    const calls: string[] = [];
    const lines: string[] = [];
    await prepareGraph(executor, { mode: 'production', demoPassword: 'atlas-demo' }, steps(true, calls), (l) =>
      lines.push(l),
    );
    expect(calls).toEqual(['loadIndustries']);
    const said = lines.join('\n');
    expect(said).toContain('no demo firms');
    expect(said).toContain('pnpm atlas import register');
    expect(said).toContain('pnpm atlas user add <name> --role ADMIN');
    // The same empty graph in demo mode does load the demo (the test above could fail).
    const demoCalls: string[] = [];
    await prepareGraph(executor, { mode: 'demo', demoPassword: 'atlas-demo' }, steps(true, demoCalls), () => {});
    expect(demoCalls).toEqual(['loadDemo']);
  });

  it('demo users are disabled in production whatever their password, and demo mode then says how to enable them', async () => {
    const username = `${world.prefix}-demo-admin`;
    const { ensureUsers } = await import('@atlas/graph');
    const { hashPassword } = await import('../../packages/api/src/auth/passwords');
    await ensureUsers(executor, [
      {
        id: world.id('demo-admin'),
        username,
        role: 'ADMIN',
        companyId: null,
        demo: true,
        passwordHash: await hashPassword('a-changed-strong-password'),
      },
    ]);
    const token = await prod.login(username, 'a-changed-strong-password');
    const lines: string[] = [];
    await prepareGraph(executor, { mode: 'production', demoPassword: 'atlas-demo' }, steps(false, []), (l) =>
      lines.push(l),
    );
    expect(lines.join('\n')).toContain(`disabled the demo users ${username}`);
    expect(outcome(await prod.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    await expect(prod.login(username, 'a-changed-strong-password')).rejects.toThrow(/failed/);
    const demoLines: string[] = [];
    await prepareGraph(executor, { mode: 'demo', demoPassword: 'atlas-demo' }, steps(false, []), (l) =>
      demoLines.push(l),
    );
    expect(demoLines.join('\n')).toMatch(
      new RegExp(`Demo users disabled .*${username}.*pnpm atlas user enable <name>`),
    );
  });

  it('demo mode on a non-loopback address is refused with one line saying how to run production', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'packages/api/src/main.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        ATLAS_MODE: 'demo',
        ATLAS_HOST: '0.0.0.0',
        ATLAS_PORT: '4999',
        NEO4J_URI: 'bolt://127.0.0.1:1',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /ATLAS_HOST=0\.0\.0\.0 refused: demo mode listens on loopback only.*ATLAS_MODE=production/,
    );
  });
});
