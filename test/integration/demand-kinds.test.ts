import type { AddressInfo } from 'node:net';
import { createAtlasServer } from '@atlas/api';
import { ensureUsers, refreshOperationLocality } from '@atlas/graph';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';

/**
 * #19 acceptance: a SCENARIO demand posted by a chain leader gets explained matches — firms and institutions —
 * on a small scoped graph. The expected scores are worked out by hand below from docs/demand-kinds.md, not by
 * calling the domain formula under test.
 */
const executor = testExecutor();
const scope = testScope('demand-kinds');
const id = scope.id;
const PASSWORD = 'kinds-test-pw';
const [L, F1, F2, F3, F4, I1] = ['leader', 'f1', 'f2', 'f3', 'f4', 'inst'].map(id) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const [SEG, CHILD, TA, TB] = [id('seg'), id('seg-child'), id('t.a'), id('t.b')];

let base = '';
const server = createAtlasServer({ executor }, { webRoot: '/nonexistent' });
let token = '';

async function gql(query: string, variables: Record<string, unknown>, auth = token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: test replies are checked field by field
  return (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

beforeAll(async () => {
  const firm = (cid: string, size: string, province: string, district: string | null, chainLeader = false) => ({
    id: cid,
    uscc: `X${cid}`,
    name: cid,
    size,
    province,
    district,
    country: '中国',
    chainLeader,
    synthetic: false,
  });
  await executor.write(
    'test',
    `CREATE (seg:Segment {id: $seg, industryId: $industry, name: '测试环节', nameEn: 'Test', tier: 'midstream'})
     CREATE (child:Segment {id: $child, industryId: $industry, name: '子环节', nameEn: 'Child', tier: 'midstream'})
     CREATE (child)-[:CHILD_OF]->(seg)
     CREATE (ta:Technology {id: $ta, name: '技术A', nameEn: 'Tech A', trl: 8, industryId: $industry})
     CREATE (tb:Technology {id: $tb, name: '技术B', nameEn: 'Tech B', trl: 4, industryId: $industry})
     WITH seg, child, ta, tb
     UNWIND $firms AS f CREATE (c:Company) SET c = f
     WITH DISTINCT seg, child, ta, tb
     MATCH (l:Company {id: $L}), (f1:Company {id: $F1}), (f2:Company {id: $F2}), (f3:Company {id: $F3})
     CREATE (l)-[:OPERATES_IN]->(seg), (l)-[:HOLDS {patents: 50}]->(ta)
     CREATE (f1)-[:OPERATES_IN]->(seg), (f1)-[:HOLDS {patents: 5}]->(ta)
     CREATE (f2)-[:HOLDS {patents: 1}]->(ta), (f2)-[:HOLDS {patents: 0}]->(tb)
     CREATE (f3)-[:OPERATES_IN]->(child)
     CREATE (i:Institution {id: $I1, name: '测试大学', nameEn: 'Test University', kind: 'UNIVERSITY', city: '南京市',
                            province: '江苏省'})-[:RESEARCHES]->(tb)`,
    {
      seg: SEG,
      child: CHILD,
      ta: TA,
      tb: TB,
      industry: scope.prefix,
      L,
      F1,
      F2,
      F3,
      I1,
      firms: [
        firm(L, 'large', '上海市', '金山区', true),
        firm(F1, 'small', '上海市', '金山区'),
        firm(F2, 'medium', '浙江省', null),
        firm(F3, 'large', '上海市', '浦东新区'),
        firm(F4, 'small', '上海市', '金山区'),
      ],
    },
  );
  await executor.writeTx('test', (tx) => refreshOperationLocality(tx, [L, F1, F3]));
  await ensureUsers(executor, [
    {
      id: id('user-leader'),
      username: id('leader-user'),
      role: 'CHAIN_LEADER',
      companyId: L,
      passwordHash: await bcrypt.hash(PASSWORD, 4),
    },
  ]);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const login = await gql(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: id('leader-user'), p: PASSWORD },
    '',
  );
  token = login.data.login.token;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await executor.write('test', 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: scope.prefix });
  await executor.write('test', 'MATCH (d:Demand)-[:NEEDS]->(s:Segment {id: $seg}) DETACH DELETE d', { seg: SEG });
  await scope.cleanup(executor);
});

const POST = `mutation($input: PostDemandInput!) {
  postDemand(input: $input) { id kind wantedTechnologyIds offering pilotSite durationMonths targetTrl quantity
    wantedTechnologies { id trl } }
}`;
const SCENARIO = {
  title: '开放示范站址',
  segmentId: SEG,
  kind: 'SCENARIO',
  wantedTechnologyIds: [TA, TB],
  offering: 'SITE',
  pilotSite: '金山第二工业区示范站址',
  availableFrom: '2027-01-01',
  durationMonths: 12,
  support: '免场地费',
};

describe('demand kinds through GraphQL', () => {
  let scenarioId = '';

  it('a chain leader posts a SCENARIO with its own fields', async () => {
    const { data, errors } = await gql(POST, { input: SCENARIO });
    expect(errors).toBeUndefined();
    expect(data.postDemand).toMatchObject({
      kind: 'SCENARIO',
      wantedTechnologyIds: [TA, TB],
      offering: 'SITE',
      durationMonths: 12,
      targetTrl: null,
      quantity: null,
      wantedTechnologies: [
        { id: TA, trl: 8 },
        { id: TB, trl: 4 },
      ],
    });
    scenarioId = data.postDemand.id;
  });

  it('gets explained matches: firms and institutions, scored as worked out by hand', async () => {
    const { data, errors } = await gql(
      `query($id: ID!) { demandMatches(demandId: $id) {
        type score technologyIds company { id } institution { id kind } factors { factor value weight contribution } } }`,
      { id: scenarioId },
    );
    expect(errors).toBeUndefined();
    const matches: Array<{
      type: string;
      score: number;
      company: { id: string } | null;
      institution: { id: string } | null;
      factors: Array<{ factor: string; value: number; weight: number; contribution: number }>;
    }> = data.demandMatches;
    // Scenario weights: coverage 0.35, readiness 0.15, segmentFit 0.15, locality 0.2, sme 0.15; a pilot aims at TRL 6.
    // Most patents on the wanted technologies among candidates: F1's 5 (the poster's 50 do not count: it is excluded).
    const log = (x: number) => Math.log(1 + x) / Math.log(6);
    const expected = new Map<string, number>([
      // F1: tA of 2 with 5 patents; TRL 8 ≥ 6; in the segment; 金山区; small.
      [F1, 0.35 * (0.9 * 0.5 + 0.1 * log(5)) + 0.15 * 1 + 0.15 * 1 + 0.2 * 1 + 0.15 * 1],
      // F2: both, 1 patent; readiness (1 + 4/6) / 2; no segment; 浙江省 (YRD); medium.
      [F2, 0.35 * (0.9 + 0.1 * log(1)) + 0.15 * ((1 + 4 / 6) / 2) + 0 + 0.2 * 0.5 + 0.15 * 0.6],
      // I1: researches tB; readiness 4/6; no segment; 江苏省 (YRD); an institution gets no SME preference.
      [I1, 0.35 * 0.45 + 0.15 * (4 / 6) + 0 + 0.2 * 0.5 + 0],
      // F3: no wanted technology, but in a child segment (0.8); 上海市; large.
      [F3, 0 + 0 + 0.15 * 0.8 + 0.2 * 0.75 + 0.15 * 0.2],
    ]);
    const ids = matches.map((m) => m.company?.id ?? m.institution?.id);
    expect(ids).toEqual([...expected.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k));
    for (const m of matches) {
      const key = m.company?.id ?? m.institution?.id ?? '';
      expect(m.score, key).toBeCloseTo(expected.get(key) ?? Number.NaN, 12);
      expect(m.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(m.score, 12);
      for (const f of m.factors) expect(f.contribution).toBeCloseTo(f.value * f.weight, 12);
    }
    expect(matches.find((m) => m.institution)).toMatchObject({
      type: 'INSTITUTION',
      institution: { kind: 'UNIVERSITY' },
    });
    expect(ids).not.toContain(L);
    expect(ids).not.toContain(F4);
  });

  it('filters the board by kind; an ORDER posted as before reads as ORDER and is refused by demandMatches', async () => {
    const order = await gql(POST, { input: { title: '采购测试件', segmentId: SEG, quantity: 10, unit: '件' } });
    expect(order.errors).toBeUndefined();
    expect(order.data.postDemand.kind).toBe('ORDER');
    const list = async (kind: string) =>
      (
        await gql('query($p: ID, $k: DemandKind) { demands(posterId: $p, kind: $k) { nodes { id kind } } }', {
          p: L,
          k: kind,
        })
      ).data.demands.nodes.map((d: { id: string }) => d.id);
    expect(await list('SCENARIO')).toEqual([scenarioId]);
    expect(await list('ORDER')).toEqual([order.data.postDemand.id]);
    expect(await list('INNOVATION')).toEqual([]);
    const refused = await gql('query($id: ID!) { demandMatches(demandId: $id) { score } }', {
      id: order.data.postDemand.id,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a SCENARIO without its fields, or naming an unknown technology, with the field named', async () => {
    const missing = await gql(POST, { input: { ...SCENARIO, pilotSite: null, wantedTechnologyIds: [] } });
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.message).toContain('pilotSite: required for SCENARIO demands');
    expect(missing.errors?.[0]?.message).toContain('wantedTechnologyIds');
    const unknown = await gql(POST, { input: { ...SCENARIO, wantedTechnologyIds: [id('t.none')] } });
    expect(unknown.errors?.[0]?.message).toContain(`unknown technology ${id('t.none')}`);
    const innovation = await gql(POST, {
      input: {
        title: '联合研发',
        segmentId: SEG,
        kind: 'INNOVATION',
        wantedTechnologyIds: [TB],
        problem: '寿命不足',
        targetTrl: 7,
        collaborationForm: 'JOINT_RD',
        budget: 300,
      },
    });
    expect(innovation.errors).toBeUndefined();
    expect(innovation.data.postDemand).toMatchObject({ kind: 'INNOVATION', targetTrl: 7 });
  });
});
