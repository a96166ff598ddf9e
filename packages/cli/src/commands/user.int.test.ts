import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { checkPassword } from '@atlas/api/accounts';
import { listUsers, userByUsername } from '@atlas/graph';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { firstLine } from './password-input';
import { removeSynthetic } from './seed';
import { createUserCommand } from './user';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

describe('atlas user (real Neo4j, password on standard input)', () => {
  const executor = testExecutor();
  const scope = testScope('cli-user');
  const name = (local: string) => `${scope.prefix}-${local}`;
  const company = scope.id('firm');
  beforeAll(() =>
    executor.write('test', 'CREATE (:Company {id: $id, name: "CLI 测试企业", synthetic: false})', { id: company }),
  );
  afterAll(async () => {
    await executor.write('test', 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: scope.prefix });
    await scope.cleanup(executor);
  });

  /** Runs `atlas user …` in-process on the test graph, with `stdin` as standard input. */
  async function atlasUser(args: string[], stdin = '') {
    const lines: string[] = [];
    const command = createUserCommand(
      async () => ({ executor, close: async () => {} }),
      () => firstLine(Readable.from([stdin])),
    );
    const code = await command.run(args, (line) => lines.push(line));
    return { code, out: lines.join('\n') };
  }

  it('add, list, passwd, disable, enable, role — each revoking where it should', async () => {
    const admin = name('chief');
    expect(await atlasUser(['add', admin, '--role', 'ADMIN'], 'first-admin-passphrase\n')).toMatchObject({
      code: 0,
      out: expect.stringContaining(`Added ${admin} (ADMIN)`),
    });
    const stored = await userByUsername(executor, admin);
    expect(stored).toMatchObject({ role: 'ADMIN', disabled: false, demo: false, tokenVersion: 0 });
    expect(stored?.id).toMatch(/^user-[0-9a-f-]{36}$/);
    expect(stored?.passwordHash).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$/);
    expect(await checkPassword('first-admin-passphrase', stored?.passwordHash as string)).toBe(true);

    const list = await atlasUser(['list']);
    expect(list.out).toMatch(new RegExp(`${admin}\\s+ADMIN\\s+—\\s+enabled`));

    expect((await atlasUser(['passwd', admin], 'second-admin-passphrase\n')).code).toBe(0);
    const changed = await userByUsername(executor, admin);
    expect(await checkPassword('second-admin-passphrase', changed?.passwordHash as string)).toBe(true);
    expect(changed?.tokenVersion).toBe(1);

    expect((await atlasUser(['disable', admin])).code).toBe(0);
    expect(await userByUsername(executor, admin)).toMatchObject({ disabled: true, tokenVersion: 2 });
    expect((await atlasUser(['list'])).out).toMatch(new RegExp(`${admin}.*disabled`));
    expect((await atlasUser(['enable', admin])).code).toBe(0);
    expect(await userByUsername(executor, admin)).toMatchObject({ disabled: false, tokenVersion: 3 });

    expect((await atlasUser(['role', admin, 'SME', '--company', company])).code).toBe(0);
    expect(await userByUsername(executor, admin)).toMatchObject({ role: 'SME', companyId: company, tokenVersion: 4 });
  });

  it.each([
    [['add', 'x', '--password', 'hunter22'], 2, /never read from the command line/],
    [['add', name('weak'), '--role', 'ANALYST'], 1, /too short/, 'short\n'],
    [['add', name('sme'), '--role', 'SME'], 1, /needs a company/, 'a-long-enough-password\n'],
    [
      ['add', name('sme'), '--role', 'SME', '--company', 'no-such-firm'],
      1,
      /company "no-such-firm" does not exist/,
      'a-long-enough-password\n',
    ],
    [['add', name('boss'), '--role', 'KING'], 2, /the role must be one of/],
    [['role', name('nobody'), 'ANALYST'], 1, /does not exist/],
    [['add', name('empty'), '--role', 'ANALYST'], 1, /no password on standard input/, ''],
  ])('refuses %j with code %i', async (args, code, message, stdin = 'unused-password\n') => {
    const result = await atlasUser(args as string[], stdin as string);
    expect(result.code).toBe(code);
    expect(result.out).toMatch(message as RegExp);
  });

  it('refuses a second user with the same name', async () => {
    const dup = name('dup');
    expect((await atlasUser(['add', dup, '--role', 'ANALYST'], 'a-long-enough-password\n')).code).toBe(0);
    expect(await atlasUser(['add', dup, '--role', 'ANALYST'], 'a-long-enough-password\n')).toMatchObject({
      code: 1,
      out: expect.stringMatching(/already exists/),
    });
    // Still one account, unchanged.
    expect((await listUsers(executor)).filter((u) => u.username === dup)).toHaveLength(1);
  });

  it('the real `pnpm atlas user add` reads the password from a pipe, not argv', () => {
    const username = name('piped');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'packages/cli/src/main.ts', 'user', 'add', username, '--role', 'ANALYST'],
      {
        cwd: repoRoot,
        input: 'piped-in-passphrase-7\n',
        env: {
          ...process.env,
          NEO4J_URI: inject('neo4j').uri,
          NEO4J_USER: inject('neo4j').user,
          NEO4J_PASSWORD: inject('neo4j').password,
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.stdout).toContain(`Added ${username} (ANALYST)`);
    expect(run.status).toBe(0);
  });
});

describe('atlas seed --remove-synthetic', () => {
  const executor = testExecutor();
  // Far above any demo or benchmark index, so the shared graph's demo firms are never touched.
  const FROM = 987_654_300;
  const [synA, synB] = ['syn-987654301', 'syn-987654302'];
  const scope = testScope('remove-synthetic');
  const real = scope.id('real');
  afterAll(async () => {
    await executor.write('test', 'MATCH (n) WHERE n.id IN $ids DETACH DELETE n', {
      ids: [synA, synB, 'd-syn-987654301'],
    });
    await scope.cleanup(executor);
  });

  it('removes synthetic firms with their edges and demands; imported firms and their other links stay', async () => {
    await executor.write(
      'test',
      `CREATE (a:Company {id: $synA, synthetic: true}), (b:Company {id: $synB, synthetic: true}),
              (r:Company {id: $real, synthetic: false}), (r2:Company {id: $real2, synthetic: false})
       CREATE (a)-[:SUPPLIES]->(r), (r2)-[:SUPPLIES]->(r), (b)-[:POSTED]->(:Demand {id: 'd-syn-987654301'})`,
      { synA, synB, real, real2: scope.id('real2') },
    );
    const lines: string[] = [];
    const open = async () => ({ executor, close: async () => {} });
    expect(await removeSynthetic((l) => lines.push(l), open, FROM)).toBe(0);
    expect(lines.join('\n')).toMatch(/Removed 2 synthetic firms/);
    const [left] = await executor.read<{ syn: number; demands: number; real: number; links: number }>(
      'test',
      `OPTIONAL MATCH (s:Company) WHERE s.id IN [$synA, $synB] WITH count(s) AS syn
       OPTIONAL MATCH (d:Demand {id: 'd-syn-987654301'}) WITH syn, count(d) AS demands
       MATCH (r:Company {id: $real}) RETURN syn, demands, count(r) AS real, count { (r)<-[:SUPPLIES]-() } AS links`,
      { synA, synB, real },
    );
    expect(left).toEqual({ syn: 0, demands: 0, real: 1, links: 1 });
  });
});
