import { createAtlasYoga } from '@atlas/api';
import type { Role } from '@atlas/domain';
import { ensureUsers, refreshOperationLocality } from '@atlas/graph';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture, writeChainFixture } from '../helpers/chain-fixture';
import { testExecutor, testScope } from '../helpers/graph';

/**
 * snapshots, chainDiff and createSnapshot through GraphQL (issue #18 item 1) on the hand-made chain, where segment c
 * is MISSING at JINSHAN until two 金山 firms arrive in it (then WEAK: the STRONG threshold is 3).
 */
const executor = testExecutor();
const scope = testScope('snapshots-api');
const fx = chainFixture(scope);
const key = (id: string) => id.slice(scope.prefix.length + 1);
const PASSWORD = 'snapshots-test-pw';
const yoga = createAtlasYoga({ executor });
const ROLES: Role[] = ['ADMIN', 'PROMOTION_OFFICER', 'ANALYST', 'SME'];
let tokens: Map<Role, string>;

async function gql(query: string, variables: Record<string, unknown> = {}, role?: Role) {
  const token = role ? tokens.get(role) : undefined;
  const res = await yoga.fetch('http://x/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the answers' shapes are what the assertions check
  return (await res.json()) as { data: any; errors?: Array<{ message: string; extensions: { code: string } }> };
}

beforeAll(async () => {
  await writeChainFixture(executor, fx);
  const passwordHash = await bcrypt.hash(PASSWORD, 4);
  await ensureUsers(
    executor,
    ROLES.map((role) => ({
      id: scope.id(`user-${role}`),
      username: scope.id(role),
      role,
      companyId: null,
      passwordHash,
    })),
  );
  tokens = new Map();
  for (const role of ROLES) {
    const { data } = await gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
      u: scope.id(role),
      p: PASSWORD,
    });
    tokens.set(role, data.login.token);
  }
});

afterAll(async () => {
  await executor.write('test', 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: scope.prefix });
  await scope.cleanup(executor);
});

const CREATE = `mutation($i: ID!, $l: String, $r: Radius) { createSnapshot(industryId: $i, label: $l, radius: $r) {
  id setId radius label createdAt kpis { coverage missing } } }`;
const LIST =
  'query($i: ID!, $r: Radius) { snapshots(industryId: $i, radius: $r) { id radius label kpis { coverage } } }';
const DIFF = `query($i: ID!, $f: ID!, $t: ID, $r: Radius) { chainDiff(industryId: $i, from: $f, to: $t, radius: $r) {
  radius from { id label } to { id }
  segments { segmentId name from to fromCount toCount }
  gapsClosed { segmentId priority } gapsOpened { segmentId }
  kpis { kpi from to delta }
  firmCountsFrom { local all } firmCountsTo { local all }
  firmsArrived { count known firms { id name } } firmsLeft { count } } }`;

describe('snapshot API', () => {
  let firstId = '';

  it('lets officers and admins take snapshots; analysts and firms may not, anonymous must sign in', async () => {
    for (const role of ['ANALYST', 'SME'] as const) {
      const { errors } = await gql(CREATE, { i: fx.industryId }, role);
      expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(errors?.[0]?.message).toBe('only promotion officers and admins take snapshots');
    }
    expect((await gql(CREATE, { i: fx.industryId })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(CREATE, { i: fx.industryId, l: '' }, 'ADMIN')).errors?.[0]).toMatchObject({
      message: 'label must be 1..60 characters',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await gql(CREATE, { i: scope.id('nope') }, 'ADMIN')).errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const { data, errors } = await gql(CREATE, { i: fx.industryId, l: '2026Q3', r: 'JINSHAN' }, 'PROMOTION_OFFICER');
    expect(errors).toBeUndefined();
    expect(data.createSnapshot).toHaveLength(1);
    expect(data.createSnapshot[0]).toMatchObject({
      radius: 'JINSHAN',
      label: '2026Q3',
      kpis: { coverage: 0.8, missing: 1 },
    });
    firstId = data.createSnapshot[0].id;
  });

  it('diffs the snapshot with the live graph after two firms arrive in the MISSING segment', async () => {
    await executor.write(
      'test',
      `UNWIND $ids AS id
       CREATE (c:Company {id: id, uscc: id, name: '新' + right(id, 2), size: 'small', chainLeader: false, country: '中国',
                          province: '上海市', district: '金山区', synthetic: false})
       WITH c MATCH (s:Segment {id: $c}) CREATE (c)-[:OPERATES_IN {source: 'survey', confidence: 1}]->(s)`,
      { ids: [scope.id('M1'), scope.id('M2')], c: fx.id('c') },
    );
    await executor.writeTx('test', (tx) => refreshOperationLocality(tx, [scope.id('M1'), scope.id('M2')]));

    const { data, errors } = await gql(DIFF, { i: fx.industryId, f: firstId }, 'ANALYST');
    expect(errors).toBeUndefined();
    const diff = data.chainDiff;
    expect(diff).toMatchObject({ radius: 'JINSHAN', from: { id: firstId, label: '2026Q3' }, to: null });
    expect(diff.segments.map((s: { segmentId: string }) => ({ ...s, segmentId: key(s.segmentId) }))).toEqual([
      { segmentId: 'c', name: '环节c', from: 'MISSING', to: 'WEAK', fromCount: 0, toCount: 2 },
    ]);
    // c is still a gap (WEAK): nothing closed or opened.
    expect([diff.gapsClosed, diff.gapsOpened]).toEqual([[], []]);
    const coverage = diff.kpis.find((k: { kpi: string }) => k.kpi === 'coverage');
    expect(coverage.from).toBe(0.8);
    expect(coverage.to).toBe(1);
    expect(coverage.delta).toBeCloseTo(0.2, 12);
    expect(diff.firmCountsTo).toEqual({ local: 9, all: 15 });
    expect(diff.firmsArrived.count).toBe(2);
    expect(diff.firmsArrived.firms.map((f: { id: string }) => key(f.id))).toEqual(['M1', 'M2']);
  });

  it('lists snapshots for every signed-in role and refuses unknown ones as NOT_FOUND', async () => {
    const { data } = await gql(LIST, { i: fx.industryId }, 'SME');
    expect(data.snapshots.map((s: { label: string }) => s.label)).toEqual(['2026Q3']);
    const unknown = await gql(DIFF, { i: fx.industryId, f: scope.id('nope') }, 'SME');
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const otherRadius = await gql(DIFF, { i: fx.industryId, f: firstId, r: 'WORLD' }, 'SME');
    expect(otherRadius.errors?.[0]?.message).toMatch(/no WORLD snapshot/);
  });
});
