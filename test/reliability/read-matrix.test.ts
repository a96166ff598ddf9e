import { ensureUsers } from '@atlas/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../packages/api/src/auth/passwords';
import { testExecutor } from '../helpers/graph';
import { outcome, POST_DEMAND, type RunningApi, startApi } from './lib/api';
import { createWorld, newWorld, removeWorld } from './lib/fixtures';

/**
 * The read matrix of docs/SECURITY.md, every cell, against the real API and Neo4j (issue #14 item 6). The world:
 * the SME supplies the chain leader (segment B, the leader's only supplier there), the leader posts a demand the SME
 * answers; two outsiders (an SME and a chain leader of other firms) are party to nothing.
 */
const executor = testExecutor();
const world = newWorld('read-matrix');
const outsiderSme = world.id('outsider-sme');
const outsiderLeader = world.id('outsider-leader');
const VALUE = 1234.5;
let api: RunningApi;
let demandId = '';

type Viewer = 'anonymous' | 'ADMIN' | 'PROMOTION_OFFICER' | 'ANALYST' | 'leader' | 'sme' | 'otherSme' | 'otherLeader';
const VIEWERS: Viewer[] = [
  'anonymous',
  'ADMIN',
  'PROMOTION_OFFICER',
  'ANALYST',
  'leader',
  'sme',
  'otherSme',
  'otherLeader',
];
const tokens = new Map<Viewer, string | undefined>();

beforeAll(async () => {
  await createWorld(executor, world);
  const [, b, c] = world.segments;
  await executor.write(
    'read-matrix-fixture',
    `MATCH (sme:Company {id: $sme}), (leader:Company {id: $leader})
     SET sme.creditScore = 77.5, leader.creditScore = 91.0
     MERGE (sme)-[e:SUPPLIES]->(leader) SET e.annualValue = $value, e.segmentId = $b, e.source = 'survey'
     WITH leader
     UNWIND $outsiders AS o
     MERGE (x:Company {id: o.id})
     SET x.name = o.name, x.uscc = o.uscc, x.size = 'small', x.chainLeader = o.leader, x.province = '上海市',
         x.city = '上海市', x.district = '金山区', x.country = '中国', x.synthetic = false, x.creditScore = 50.0`,
    {
      sme: world.smeId,
      leader: world.leaderId,
      value: VALUE,
      b,
      outsiders: [
        {
          id: outsiderSme,
          name: '旁观中小企业',
          uscc: `91310116${world.prefix.slice(-8).toUpperCase()}1X`,
          leader: false,
        },
        {
          id: outsiderLeader,
          name: '旁观链主',
          uscc: `91310116${world.prefix.slice(-8).toUpperCase()}2X`,
          leader: true,
        },
      ],
    },
  );
  const passwordHash = await hashPassword(world.password);
  await ensureUsers(executor, [
    { id: world.id('u-other-sme'), username: world.id('other-sme'), role: 'SME', companyId: outsiderSme, passwordHash },
    {
      id: world.id('u-other-leader'),
      username: world.id('other-leader'),
      role: 'CHAIN_LEADER',
      companyId: outsiderLeader,
      passwordHash,
    },
  ]);
  api = await startApi(executor);
  const login = (username: string) => api.login(username, world.password);
  tokens.set('anonymous', undefined);
  for (const role of ['ADMIN', 'PROMOTION_OFFICER', 'ANALYST'] as const)
    tokens.set(role, await login(world.usernames[role]));
  tokens.set('leader', await login(world.usernames.CHAIN_LEADER));
  tokens.set('sme', await login(world.usernames.SME));
  tokens.set('otherSme', await login(world.id('other-sme')));
  tokens.set('otherLeader', await login(world.id('other-leader')));
  const posted = await api.gql<{ postDemand: { id: string } }>(
    POST_DEMAND,
    { input: { title: '采购测试件', segmentId: b, quantity: 10, unit: 't', budget: 500 } },
    tokens.get('leader'),
  );
  demandId = posted.data?.postDemand.id ?? '';
  const interest = await api.gql(
    'mutation($d: ID!) { expressInterest(demandId: $d, note: "我们能供货") { id } }',
    { d: demandId },
    tokens.get('sme'),
  );
  expect(outcome(interest)).toBe('ok');
  void c;
}, 120_000);

afterAll(async () => {
  await api?.close();
  await removeWorld(executor, world);
  await executor.write('read-matrix-cleanup', 'MATCH (n) WHERE n.id IN $ids DETACH DELETE n', {
    ids: [outsiderSme, outsiderLeader],
  });
  await executor.write('read-matrix-cleanup', 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', {
    p: world.prefix,
  });
});

const districtWide = (v: Viewer) => v === 'ADMIN' || v === 'PROMOTION_OFFICER' || v === 'ANALYST';

/**
 * The matrix: each field, the query that reads it, where its value is in the answer, the value when readable, and
 * which viewers may read it (besides the district-wide roles, who read every cell).
 */
interface Cell {
  field: string;
  query: () => string;
  pick: (data: Record<string, unknown>) => unknown;
  value: unknown;
  hidden?: unknown;
  parties: Viewer[];
}

const industry = () => world.industryId;
const leaderRate = (data: Record<string, unknown>, path: 'localSupportRate' | 'whatIf') => {
  const report = (path === 'whatIf' ? (data.whatIf as { before: unknown }).before : data.localSupportRate) as {
    perLeader: Array<{ company: { id: string }; [k: string]: unknown }>;
  };
  return report.perLeader.find((l) => l.company.id === world.leaderId);
};

const CELLS: Cell[] = [
  {
    field: 'SupplyLink.annualValue',
    query: () => `{ company(id: "${world.leaderId}") { suppliers { company { id } annualValue } } }`,
    pick: (d) => (d.company as { suppliers: Array<{ annualValue: unknown }> }).suppliers[0]?.annualValue,
    value: VALUE,
    parties: ['leader', 'sme'],
  },
  {
    field: 'Company.creditScore',
    query: () => `{ company(id: "${world.smeId}") { creditScore } }`,
    pick: (d) => (d.company as { creditScore: unknown }).creditScore,
    value: 77.5,
    parties: ['sme'],
  },
  {
    field: 'Demand.budget',
    query: () => `{ demands(posterId: "${world.leaderId}") { nodes { id budget } } }`,
    pick: (d) => (d.demands as { nodes: Array<{ budget: unknown }> }).nodes[0]?.budget,
    value: 500,
    parties: ['leader'],
  },
  {
    field: 'Demand.quantity',
    query: () => `{ demands(posterId: "${world.leaderId}") { nodes { id quantity } } }`,
    pick: (d) => (d.demands as { nodes: Array<{ quantity: unknown }> }).nodes[0]?.quantity,
    value: 10,
    parties: ['leader'],
  },
  {
    field: 'Demand.interests',
    query: () => `{ demands(posterId: "${world.leaderId}") { nodes { interests { company { id } note } } } }`,
    pick: (d) => (d.demands as { nodes: Array<{ interests: unknown }> }).nodes[0]?.interests,
    value: [{ company: { id: world.smeId }, note: '我们能供货' }],
    hidden: [],
    parties: ['leader', 'sme'],
  },
  {
    field: 'BlastRadius.directValue',
    query: () => `{ blastRadius(companyId: "${world.smeId}", hops: 1) { directValue } }`,
    pick: (d) => (d.blastRadius as { directValue: unknown }).directValue,
    value: VALUE,
    parties: ['sme'],
  },
  {
    field: 'BlastRadius.valueAtStake',
    query: () => `{ blastRadius(companyId: "${world.smeId}", hops: 1) { valueAtStake } }`,
    pick: (d) => (d.blastRadius as { valueAtStake: unknown }).valueAtStake,
    value: VALUE,
    parties: [],
  },
  ...(['rate', 'localValue', 'totalValue'] as const).map(
    (name): Cell => ({
      field: `LeaderRate.${name} (localSupportRate)`,
      query: () =>
        `{ localSupportRate(industryId: "${industry()}", radius: JINSHAN) { perLeader { company { id } ${name} } } }`,
      pick: (d) => leaderRate(d, 'localSupportRate')?.[name],
      value: name === 'rate' ? 1 : VALUE,
      parties: ['leader'],
    }),
  ),
  {
    field: 'LeaderRate.localValue (whatIf before/after)',
    query: () =>
      `{ whatIf(industryId: "${industry()}", remove: []) { before { perLeader { company { id } localValue } } } }`,
    pick: (d) => leaderRate(d, 'whatIf')?.localValue,
    value: VALUE,
    parties: ['leader'],
  },
  {
    field: 'SingleSource.value (resilience)',
    query: () =>
      `{ resilience(industryId: "${industry()}") { singleSources { leader { id } supplier { id } value } } }`,
    pick: (d) => (d.resilience as { singleSources: Array<{ value: unknown }> }).singleSources[0]?.value,
    value: VALUE,
    parties: ['leader', 'sme'],
  },
];

describe('read matrix: every field × every viewer', () => {
  const table = CELLS.flatMap((cell) =>
    VIEWERS.map((viewer) => ({
      cell,
      viewer,
      name: `${cell.field} as ${viewer}`,
      reads: districtWide(viewer) || cell.parties.includes(viewer),
    })),
  );

  it.each(table)('$name → $reads', async ({ cell, viewer, reads }) => {
    const result = await api.gql(cell.query(), {}, tokens.get(viewer));
    // Hidden is null (or an empty list), never an error: the rest of the answer stands.
    expect(result.errors).toBeUndefined();
    expect(cell.pick(result.data as Record<string, unknown>)).toEqual(reads ? cell.value : (cell.hidden ?? null));
  });

  it('aggregates stay visible to everyone (the supporting rate by value, counts, the link itself)', async () => {
    for (const viewer of ['anonymous', 'otherSme'] as const) {
      const result = await api.gql<Record<string, { byValue?: number; companyCount?: number }>>(
        `{ localSupportRate(industryId: "${industry()}") { byValue }
           blastRadius(companyId: "${world.smeId}", hops: 1) { companyCount } }`,
        {},
        tokens.get(viewer),
      );
      expect(result.data?.localSupportRate?.byValue).toBe(1);
      expect(result.data?.blastRadius?.companyCount).toBe(1);
      const link = await api.gql(
        `{ company(id: "${world.leaderId}") { suppliers { company { id } } } }`,
        {},
        tokens.get(viewer),
      );
      expect(link.data).toEqual({ company: { suppliers: [{ company: { id: world.smeId } }] } });
    }
  });

  const exportTable = VIEWERS.flatMap((viewer) => (['csv', 'json'] as const).map((format) => ({ viewer, format })));

  it.each(exportTable)('export $format as $viewer: supply value and credit score', async ({ viewer, format }) => {
    const token = tokens.get(viewer);
    const res = await fetch(`${api.base}/export/${world.industryId}.${format}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    const mayValue = districtWide(viewer) || viewer === 'leader' || viewer === 'sme';
    const mayCredit = districtWide(viewer) || viewer === 'sme';
    if (format === 'json') {
      const data = JSON.parse(text) as {
        supplies: Array<{ supplierId: string; annualValue: number | null }>;
        firms: Array<{ id: string; creditScore: number | null }>;
      };
      expect(data.supplies).toEqual([
        expect.objectContaining({ supplierId: world.smeId, annualValue: mayValue ? VALUE : null }),
      ]);
      for (const firm of data.firms.filter((f) => f.id === world.smeId))
        expect(firm.creditScore).toBe(mayCredit ? 77.5 : null);
    } else {
      const supply = text.split('\n').find((line) => line.startsWith(`supply,${world.smeId},`));
      expect(supply?.split(',')[4]).toBe(mayValue ? String(VALUE) : '');
      const firm = text.split('\n').find((line) => line.startsWith('firm,') && line.includes(`,${world.smeId},`));
      expect(firm?.split(',')[8]).toBe(mayCredit ? '77.5' : '');
    }
  });

  it('every cell of SECURITY.md is in this table', () => {
    expect(new Set(CELLS.map((c) => c.field.split(' ')[0])).size).toBeGreaterThanOrEqual(10);
    expect(demandId).not.toBe('');
  });
});
