import type { AddressInfo } from 'node:net';
import { createAtlasServer } from '@atlas/api';
import { type Role, usccCheckChar } from '@atlas/domain';
import { ensureUsers, refreshOperationLocality } from '@atlas/graph';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';

/**
 * #18 acceptance, matchmaking outcomes, through the real HTTP server and Neo4j: recording a contract changes the
 * industry's matchmaking KPIs and that supplier's trackRecord factor in its next supplier matches, with the factor
 * explained; only the parties write; values stay hidden from a firm that is not a party. Expected numbers are
 * worked out by hand below, not derived from the code under test.
 */
const executor = testExecutor();
const scope = testScope('outcomes');
const id = scope.id;
const INDUSTRY = id('ind');
const [L, S, Y, X] = [id('leader'), id('sme-jinshan'), id('sme-jiangsu'), id('outsider')];
const PASSWORD = 'outcomes-test-pw';
type Who = 'admin' | 'analyst' | 'leader' | 'sme' | 'smeY' | 'outsider';
const USERS: Record<Who, { role: Role; companyId: string | null }> = {
  admin: { role: 'ADMIN', companyId: null },
  analyst: { role: 'ANALYST', companyId: null },
  leader: { role: 'CHAIN_LEADER', companyId: L },
  sme: { role: 'SME', companyId: S },
  smeY: { role: 'SME', companyId: Y },
  outsider: { role: 'SME', companyId: X },
};

const uscc = (n: number) => {
  const body = `91310116${String(n).padStart(8, '0')}X`.slice(0, 17).replace(/[^0-9A-Y]/g, '0');
  return body + usccCheckChar(body);
};
const stamp = Date.now() % 1e7;
const company = (cid: string, n: number, size: string, chainLeader: boolean, province: string, district: string) => ({
  id: cid,
  uscc: uscc((stamp + n) % 1e7),
  name: `测试 ${n}`,
  size,
  chainLeader,
  province,
  district,
  synthetic: false,
});
const COMPANIES = [
  company(L, 0, 'large', true, '上海市', '金山区'),
  company(S, 1, 'small', false, '上海市', '金山区'),
  company(Y, 2, 'small', false, '江苏省', '昆山市'),
  company(X, 3, 'small', false, '上海市', '金山区'),
];

let base = '';
const server = createAtlasServer({ executor }, { webRoot: '/nonexistent' });
const tokens = new Map<Who, string>();
const demandId = id('demand');

// biome-ignore lint/suspicious/noExplicitAny: GraphQL replies are checked field by field below
async function gql(query: string, variables: Record<string, unknown>, who?: Who): Promise<any> {
  const token = who ? tokens.get(who) : undefined;
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

beforeAll(async () => {
  await executor.write(
    'test',
    `CREATE (i:Industry {id: $industry, name: '测试产业', nameEn: 'Test'})
     CREATE (seg:Segment {id: $seg, leaf: true, industryId: $industry, name: '测试环节', nameEn: 'Test', tier: 'midstream'})
     CREATE (seg)-[:PART_OF]->(i)
     WITH seg UNWIND $companies AS c
     CREATE (co:Company) SET co = c
     CREATE (co)-[:OPERATES_IN]->(seg)`,
    { seg: id('seg'), industry: INDUSTRY, companies: COMPANIES },
  );
  await executor.writeTx('test', (tx) => refreshOperationLocality(tx, [L, S, Y, X]));
  await executor.write(
    'test',
    `MATCH (p:Company {id: $poster}), (s:Segment {id: $seg})
     CREATE (p)-[:POSTED]->(d:Demand {id: $id, title: '采购测试', status: 'OPEN', segmentId: $seg, requiredCerts: [],
             createdAt: '2026-01-01T00:00:00Z'})-[:NEEDS]->(s)`,
    { poster: L, seg: id('seg'), id: demandId },
  );
  const passwordHash = await bcrypt.hash(PASSWORD, 4);
  await ensureUsers(
    executor,
    (Object.keys(USERS) as Who[]).map((who) => ({
      id: id(`user-${who}`),
      username: id(who),
      role: USERS[who].role,
      companyId: USERS[who].companyId,
      passwordHash,
    })),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const who of Object.keys(USERS) as Who[]) {
    const { data } = await gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
      u: id(who),
      p: PASSWORD,
    });
    tokens.set(who, data.login.token);
  }
  for (const who of ['sme', 'smeY'] as const) {
    const { errors } = await gql(
      'mutation($d: ID!) { expressInterest(demandId: $d, note: "可供货") { id } }',
      { d: demandId },
      who,
    );
    expect(errors).toBeUndefined();
  }
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await executor.write('test', 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: scope.prefix });
  await scope.cleanup(executor);
});

const KPIS = `query($i: ID!) { matchmakingKpis(industryId: $i) {
  matches contracted delivered lost funnel { step reached conversion } lostByReason { reason count }
  contractedValue contractedValueJinshan contractedValueShanghai contractedValueNonLocal deliveredValue } }`;
const kpis = async (who: Who) => (await gql(KPIS, { i: INDUSTRY }, who)).data?.matchmakingKpis;

const MATCHES = `query($d: ID!) { supplierMatches(demandId: $d) { company { id } score factors { factor value weight contribution } } }`;
async function matchOf(companyId: string) {
  const { data, errors } = await gql(MATCHES, { d: demandId }, 'leader');
  expect(errors).toBeUndefined();
  return (
    data.supplierMatches as Array<{
      company: { id: string };
      score: number;
      factors: Array<{ factor: string; value: number; weight: number; contribution: number }>;
    }>
  ).find((m) => m.company.id === companyId);
}

const RECORD = `mutation($d: ID!, $c: ID!, $step: OutcomeStep!, $value: Float, $date: String, $reason: LostReason) {
  recordInterestOutcome(demandId: $d, companyId: $c, step: $step, contractValue: $value, date: $date, reason: $reason) {
    outcome contractValue contractedAt history { step by } } }`;
const record = (who: Who, companyId: string, step: string, extra: Record<string, unknown> = {}) =>
  gql(RECORD, { d: demandId, c: companyId, step, ...extra }, who);
const codeOf = (reply: { errors?: Array<{ extensions?: { code?: string } }> }) => reply.errors?.[0]?.extensions?.code;

describe('matchmaking outcomes (#18 acceptance)', () => {
  it('a contract changes the KPIs and the supplier’s trackRecord factor in its next matches', async () => {
    const before = await kpis('analyst');
    expect(before).toMatchObject({ matches: 2, contracted: 0, contractedValue: 0 });
    const matchBefore = await matchOf(S);
    expect(matchBefore?.factors.find((f) => f.factor === 'trackRecord')).toMatchObject({ value: 0, weight: 0.1 });

    expect(codeOf(await record('sme', S, 'CONTACTED'))).toBeUndefined();
    // The supplier cannot confirm its own contract: that would raise its own trackRecord.
    const ownDeal = await record('sme', S, 'CONTRACTED', { value: 999, date: '2026-12-01' });
    expect(ownDeal.errors[0].extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'OUTCOME_POSTER_ONLY_STEP',
      params: { step: 'CONTRACTED' },
    });
    expect((await matchOf(S))?.factors.find((f) => f.factor === 'trackRecord')?.value).toBe(0);
    const contracted = await record('leader', S, 'CONTRACTED', { value: 120, date: '2026-12-01' });
    expect(contracted.errors).toBeUndefined();
    expect(contracted.data.recordInterestOutcome).toMatchObject({
      outcome: 'CONTRACTED',
      contractValue: 120,
      contractedAt: '2026-12-01',
      history: [
        { step: 'CONTACTED', by: id('sme') },
        { step: 'CONTRACTED', by: id('leader') },
      ],
    });

    // Two interests; one reached CONTACTED and CONTRACTED (the quote was skipped, so it passed QUOTED too).
    const after = await kpis('analyst');
    expect(after).toMatchObject({
      matches: 2,
      contracted: 1,
      delivered: 0,
      lost: 0,
      contractedValue: 120,
      contractedValueJinshan: 120,
      contractedValueShanghai: 120,
      contractedValueNonLocal: 0,
      deliveredValue: 0,
    });
    expect(after.funnel).toEqual([
      { step: 'INTERESTED', reached: 2, conversion: 0.5 },
      { step: 'CONTACTED', reached: 1, conversion: 1 },
      { step: 'QUOTED', reached: 1, conversion: 1 },
      { step: 'CONTRACTED', reached: 1, conversion: 0 },
      { step: 'DELIVERED', reached: 0, conversion: null },
    ]);

    // 1 − 1/(1 + 1 contract) = 0.5, weight 0.1: the score rises by exactly 0.05, explained in the factor list.
    const matchAfter = await matchOf(S);
    const factor = matchAfter?.factors.find((f) => f.factor === 'trackRecord');
    expect(factor).toMatchObject({ value: 0.5, weight: 0.1 });
    expect(factor?.contribution).toBeCloseTo(0.05, 12);
    expect((matchAfter?.score ?? 0) - (matchBefore?.score ?? 0)).toBeCloseTo(0.05, 12);
    expect(matchAfter?.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(matchAfter?.score ?? 0, 12);

    // Delivered: 1 − 1/(1 + 1 + 1) = ⅔; the KPIs count the delivered value.
    expect(codeOf(await record('sme', S, 'DELIVERED', { date: '2027-02-01' }))).toBe('FORBIDDEN');
    expect(codeOf(await record('leader', S, 'DELIVERED', { date: '2027-02-01' }))).toBeUndefined();
    expect((await matchOf(S))?.factors.find((f) => f.factor === 'trackRecord')?.value).toBeCloseTo(2 / 3, 12);
    expect(await kpis('analyst')).toMatchObject({ contracted: 1, delivered: 1, deliveredValue: 120 });
  });

  it('a lost deal is counted by reason and carries no value', async () => {
    expect(codeOf(await record('smeY', Y, 'LOST', { reason: 'PRICE' }))).toBeUndefined();
    const k = await kpis('admin');
    expect(k).toMatchObject({ lost: 1, contracted: 1, contractedValue: 120, contractedValueNonLocal: 0 });
    expect(k.lostByReason.find((l: { reason: string }) => l.reason === 'PRICE').count).toBe(1);
  });

  it('only the parties (and admins) record; bad steps and missing fields are BAD_USER_INPUT', async () => {
    for (const who of ['outsider', 'analyst'] as const) {
      const refused = await record(who, Y, 'CONTACTED');
      // The web words a refusal by its machine reason (web/src/api/errorText.ts), not by the English message.
      expect(refused.errors[0].extensions, who).toEqual({
        code: 'FORBIDDEN',
        reason: 'OUTCOME_NOT_A_PARTY',
        params: {},
      });
    }
    const anonymous = await gql(RECORD, { d: demandId, c: Y, step: 'CONTACTED' });
    expect(anonymous.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_FIRST' });
    // Y's interest is LOST (final); S's is DELIVERED (final).
    const final = await record('admin', Y, 'CONTACTED');
    expect(codeOf(final)).toBe('BAD_USER_INPUT');
    expect(final.errors[0].message).toContain('LOST cannot move to CONTACTED');
    expect(final.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'OUTCOME_MOVE_REFUSED',
      params: { from: 'LOST', to: 'CONTACTED' },
    });
    // The outsider never expressed interest: NOT_FOUND for the admin, who may act on anyone's.
    const absent = await record('admin', X, 'CONTACTED');
    expect(absent.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'RECORD_NOT_FOUND' });
    expect(absent.errors[0].extensions.params.id).toContain(X);
    const missing = await record('admin', X, 'CONTRACTED', { date: '2026-12-01' });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors[0].message).toContain('contractValue');
  });

  it('hides contract values from a firm that is not a party; counts need sign-in', async () => {
    const outsider = await kpis('outsider');
    expect(outsider).toMatchObject({ matches: 2, contracted: 1, contractedValue: null, deliveredValue: null });
    expect(await kpis('sme')).toMatchObject({ contracted: 1, contractedValueJinshan: null });
    expect(codeOf(await gql(KPIS, { i: INDUSTRY }))).toBe('UNAUTHENTICATED');

    const INTERESTS = `query { demands(posterId: "${L}") { nodes { interests { company { id } outcome contractValue } } } }`;
    const interests = async (who: Who) => (await gql(INTERESTS, {}, who)).data.demands.nodes[0].interests;
    expect(await interests('outsider')).toEqual([]);
    expect(await interests('sme')).toEqual([{ company: { id: S }, outcome: 'DELIVERED', contractValue: 120 }]);
    expect(await interests('analyst')).toEqual(
      expect.arrayContaining([
        { company: { id: S }, outcome: 'DELIVERED', contractValue: 120 },
        { company: { id: Y }, outcome: 'LOST', contractValue: null },
      ]),
    );
  });
});
