import { fileURLToPath } from 'node:url';
import { createAtlasYoga } from '@atlas/api';
import { INDUSTRY_IDS, type IndustryDefinition, type Role } from '@atlas/domain';
import {
  ensureUsers,
  loadIndustries,
  loadPlatforms,
  type PlatformEntry,
  platformLoader,
  readIndustryDefinitions,
  readPlatformFiles,
} from '@atlas/graph';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';

/**
 * Service platforms (issue #19 item 3) through GraphQL against the real Neo4j: the repository's platforms for the
 * seven industries, then a fixture industry of our own (scope prefix: group g with leaves a, b; leaf c) with two
 * platforms, the coverage of its gaps and a service-request round trip with its read rules. Expected values are
 * written out by hand from the fixture.
 */
const executor = testExecutor();
const scope = testScope('platforms');
const id = scope.id;
const industryId = scope.prefix;
const [G, A, B, C] = [id('g'), id('a'), id('b'), id('c')];
const [P1, P2] = [id('p.pilot'), id('p.fund')];
const [S, X] = [id('sme-co'), id('other-co')];
const PASSWORD = 'platforms-test-pw';
const yoga = createAtlasYoga({ executor });
const industriesDir = fileURLToPath(new URL('../../data/industries', import.meta.url));

const segment = (sid: string, name: string, parent?: string) => ({
  id: sid,
  name,
  nameEn: name,
  tier: 'upstream' as const,
  description: '',
  hsCodes: [],
  gbCodes: [],
  ...(parent ? { parent } : {}),
});
const fixture: IndustryDefinition = {
  industry: { id: industryId, name: '测试产业', nameEn: 'Test industry' },
  segments: [segment(G, '组'), segment(A, '甲', G), segment(B, '乙', G), segment(C, '丙')],
  feeds: [
    [A, C],
    [B, C],
  ],
  technologies: [],
  keyLinks: [],
};
const platform = (pid: string, serves: string[], status: 'operating' | 'planned'): PlatformEntry => ({
  id: pid,
  industryId,
  name: `平台${pid.slice(-5)}`,
  nameEn: pid,
  kind: status === 'planned' ? 'PILOT_PLANT' : 'FUND',
  status,
  operator: '区经委',
  location: '金山区',
  services: ['服务'],
  servicesEn: ['Service'],
  serves,
  contact: '区经委',
  source: status === 'planned' ? 'planned (test)' : 'test',
});

const USERS: Array<[Role, string | null]> = [
  ['ADMIN', null],
  ['PROMOTION_OFFICER', null],
  ['ANALYST', null],
  ['SME', S],
];
let tokens: Map<string, string>;

beforeAll(async () => {
  // The seven industries must be in the graph for their platforms; load the repository's when one is absent.
  const [present] = await executor.read<{ n: number }>(
    'test',
    'MATCH (i:Industry) WHERE i.id IN $ids RETURN count(i) AS n',
    { ids: INDUSTRY_IDS },
  );
  if (present?.n !== INDUSTRY_IDS.length) await loadIndustries(executor, readIndustryDefinitions(industriesDir));
  else await platformLoader.load(executor);
  await loadIndustries(executor, [fixture]);
  await loadPlatforms(executor, [platform(P1, [A, C], 'planned'), platform(P2, [B], 'operating')]);
  await executor.write(
    'test',
    `UNWIND $rows AS row
     CREATE (:Company {id: row.id, uscc: row.id, name: row.name, size: 'small', chainLeader: false, country: '中国',
                       province: '上海市', district: '金山区', synthetic: false, source: 'registry'})`,
    {
      rows: [
        { id: S, name: '测试中小企业' },
        { id: X, name: '测试另一家' },
      ],
    },
  );
  const passwordHash = await bcrypt.hash(PASSWORD, 4);
  const users = [...USERS, ['SME', X] as [Role, string]].map(([role, companyId]) => ({
    id: id(`user-${role}-${companyId ?? 'none'}`),
    username: id(`${role}-${companyId === X ? 'x' : 'own'}`),
    role,
    companyId,
    passwordHash,
  }));
  await ensureUsers(executor, users);
  tokens = new Map();
  for (const user of users) {
    const { data, errors } = await gql(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      {
        u: user.username,
        p: PASSWORD,
      },
    );
    expect(errors).toBeUndefined();
    tokens.set(user.username, data.login.token);
  }
});

afterAll(async () => {
  await executor.write('test', 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: scope.prefix });
  await scope.cleanup(executor);
});

type Viewer = 'ADMIN' | 'PROMOTION_OFFICER' | 'ANALYST' | 'SME' | 'SME-X' | 'anonymous';
const username = (viewer: Viewer) =>
  viewer === 'SME-X' ? id('SME-x') : viewer === 'anonymous' ? null : id(`${viewer}-own`);

async function gql(query: string, variables: Record<string, unknown> = {}, viewer: Viewer = 'anonymous') {
  const name = username(viewer);
  const token = name ? tokens.get(name) : undefined;
  const res = await yoga.fetch('http://x/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the answers' shapes are what the assertions check
  return (await res.json()) as { data: any; errors?: Array<{ message: string; extensions: { code: string } }> };
}

const PLATFORMS = `query($i: ID!) { servicePlatforms(industryId: $i) {
  id industryId kind status operator source services servicesEn segmentIds segments { id name } } }`;

describe('servicePlatforms', () => {
  const definitions = readIndustryDefinitions(industriesDir);
  const files = readPlatformFiles(industriesDir, definitions);

  it.each(INDUSTRY_IDS)('returns the %s platforms of its file, each with its segments', async (industry) => {
    const { data, errors } = await gql(PLATFORMS, { i: industry });
    expect(errors).toBeUndefined();
    const expected = files.filter((p) => p.industryId === industry);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const got = data.servicePlatforms as Array<{ id: string; segmentIds: string[]; segments: Array<{ id: string }> }>;
    expect(got.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    for (const p of got) {
      const want = expected
        .find((e) => e.id === p.id)
        ?.serves.slice()
        .sort();
      expect(p.segmentIds).toEqual(want);
      expect(p.segments.map((s) => s.id).sort()).toEqual(want);
    }
  });

  it('lists operating platforms before planned ones and keeps the file’s facts', async () => {
    const { data } = await gql(PLATFORMS, { i: industryId });
    expect(data.servicePlatforms).toEqual([
      {
        id: P2,
        industryId,
        kind: 'FUND',
        status: 'OPERATING',
        operator: '区经委',
        source: 'test',
        services: ['服务'],
        servicesEn: ['Service'],
        segmentIds: [B],
        segments: [{ id: B, name: '乙' }],
      },
      {
        id: P1,
        industryId,
        kind: 'PILOT_PLANT',
        status: 'PLANNED',
        operator: '区经委',
        source: 'planned (test)',
        services: ['服务'],
        servicesEn: ['Service'],
        segmentIds: [A, C],
        segments: [
          { id: A, name: '甲' },
          { id: C, name: '丙' },
        ],
      },
    ]);
  });

  it('is NOT_FOUND for an unknown industry', async () => {
    const { errors } = await gql(PLATFORMS, { i: id('nope') });
    expect(errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('ChainSegment.platforms: a leaf its own, a parent its leaves’, none for a leaf nobody serves', async () => {
    const { data, errors } = await gql(
      'query($i: ID!) { chainMap(industryId: $i) { segments { id platforms { id } } } }',
      { i: industryId },
    );
    expect(errors).toBeUndefined();
    const of = (sid: string) =>
      data.chainMap.segments.find((s: { id: string }) => s.id === sid).platforms.map((p: { id: string }) => p.id);
    expect(of(A)).toEqual([P1]);
    expect(of(B)).toEqual([P2]);
    expect(of(C)).toEqual([P1]);
    expect(of(G)).toEqual([P1, P2].sort());
  });

  it('platformCoverage splits the missing segments by whether a platform supports them', async () => {
    // Only the leaves count as gaps here; no firm anywhere, so every leaf is MISSING.
    await loadPlatforms(executor, [platform(P1, [A], 'planned'), platform(P2, [B], 'operating')]);
    const { data, errors } = await gql(
      `query($i: ID!) { platformCoverage(industryId: $i) {
         share supported { segment { id } status platforms { id } } unsupported { segment { id } platforms { id } } } }`,
      { i: industryId },
    );
    expect(errors).toBeUndefined();
    const supported = data.platformCoverage.supported.map((s: { segment: { id: string } }) => s.segment.id).sort();
    expect(supported).toEqual([A, B].sort());
    expect(data.platformCoverage.unsupported).toEqual([{ segment: { id: C }, platforms: [] }]);
    expect(data.platformCoverage.supported.every((s: { status: string }) => s.status === 'MISSING')).toBe(true);
    expect(data.platformCoverage.share).toBeCloseTo(2 / 3);
    // Put the fixture back as the other tests expect it.
    await loadPlatforms(executor, [platform(P1, [A, C], 'planned'), platform(P2, [B], 'operating')]);
  });

  it('a platform dropped from the file disappears with its edges', async () => {
    const extra = id('p.extra');
    await loadPlatforms(executor, [
      platform(P1, [A, C], 'planned'),
      platform(P2, [B], 'operating'),
      platform(extra, [C], 'planned'),
    ]);
    await loadPlatforms(executor, [platform(P1, [A, C], 'planned'), platform(P2, [B], 'operating')]);
    const rows = await executor.read<{ id: string }>(
      'test',
      'MATCH (p:ServicePlatform {industryId: $i}) RETURN p.id AS id ORDER BY id',
      { i: industryId },
    );
    expect(rows.map((r) => r.id)).toEqual([P2, P1].sort());
  });
});

const REQUEST = `mutation($p: ID!, $n: String!, $c: ID) { requestService(platformId: $p, note: $n, companyId: $c) {
  id note status at company { id } platform { id } } }`;
const REQUESTS = `query($i: ID!) { servicePlatforms(industryId: $i) { id requestCount requests { company { id } note status } } }`;

describe('requestService and who reads the requests', () => {
  beforeAll(async () => {
    const own = await gql(REQUEST, { p: P1, n: '  需要中试放大 200L  ' }, 'SME');
    expect(own.errors).toBeUndefined();
    expect(own.data.requestService).toMatchObject({
      note: '需要中试放大 200L',
      status: 'OPEN',
      company: { id: S },
      platform: { id: P1 },
    });
    const other = await gql(REQUEST, { p: P1, n: '代为申请', c: X }, 'ADMIN');
    expect(other.errors).toBeUndefined();
  });

  it.each([
    ['PROMOTION_OFFICER', { p: P1, n: 'x' }, 'FORBIDDEN'],
    ['ANALYST', { p: P1, n: 'x' }, 'FORBIDDEN'],
    ['SME', { p: P1, n: 'x', c: X }, 'FORBIDDEN'],
    ['anonymous', { p: P1, n: 'x' }, 'UNAUTHENTICATED'],
    ['SME', { p: P1, n: '   ' }, 'BAD_USER_INPUT'],
    ['SME', { p: id('p.none'), n: 'x' }, 'NOT_FOUND'],
    ['ADMIN', { p: P1, n: 'x' }, 'BAD_USER_INPUT'],
  ] as Array<[Viewer, Record<string, unknown>, string]>)('%s %j is %s', async (viewer, variables, code) => {
    const { errors } = await gql(REQUEST, variables, viewer);
    expect(errors?.[0]?.extensions.code).toBe(code);
  });

  // Who sees which requests to P1 (the SME's and the one the admin made for X), written out by hand.
  it.each([
    ['ADMIN', [S, X]],
    ['PROMOTION_OFFICER', [S, X]],
    ['ANALYST', [S, X]],
    ['SME', [S]],
    ['SME-X', [X]],
    ['anonymous', []],
  ] as Array<[Viewer, string[]]>)('%s sees the requests of %j', async (viewer, companies) => {
    const { data, errors } = await gql(REQUESTS, { i: industryId }, viewer);
    expect(errors).toBeUndefined();
    const p1 = data.servicePlatforms.find((p: { id: string }) => p.id === P1);
    expect(p1.requestCount).toBe(2);
    expect(p1.requests.map((r: { company: { id: string } }) => r.company.id).sort()).toEqual(companies.sort());
    if (viewer === 'SME') expect(p1.requests[0]).toMatchObject({ note: '需要中试放大 200L', status: 'OPEN' });
  });
});

const ANSWER = `mutation($id: ID!, $s: ServiceRequestStatus!) { updateServiceRequestStatus(id: $id, status: $s) {
  id status } }`;

describe('updateServiceRequestStatus', () => {
  let requestId: string;
  beforeAll(async () => {
    const { data, errors } = await gql(REQUEST, { p: P2, n: '需要基金对接' }, 'SME');
    expect(errors).toBeUndefined();
    requestId = data.requestService.id;
  });

  it.each([
    ['SME', 'FORBIDDEN'],
    ['ANALYST', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as Array<[Viewer, string]>)('%s may not answer (%s)', async (viewer, code) => {
    const { errors } = await gql(ANSWER, { id: requestId, s: 'ANSWERED' }, viewer);
    expect(errors?.[0]?.extensions.code).toBe(code);
  });

  it('the promotion office answers, then closes; a closed request stays closed', async () => {
    const answered = await gql(ANSWER, { id: requestId, s: 'ANSWERED' }, 'PROMOTION_OFFICER');
    expect(answered.errors).toBeUndefined();
    expect(answered.data.updateServiceRequestStatus).toEqual({ id: requestId, status: 'ANSWERED' });
    const back = await gql(ANSWER, { id: requestId, s: 'OPEN' }, 'PROMOTION_OFFICER');
    expect(back.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const closed = await gql(ANSWER, { id: requestId, s: 'CLOSED' }, 'ADMIN');
    expect(closed.data.updateServiceRequestStatus.status).toBe('CLOSED');
    const { data } = await gql(REQUESTS, { i: industryId }, 'SME');
    const p2 = data.servicePlatforms.find((p: { id: string }) => p.id === P2);
    expect(p2.requests.map((r: { status: string }) => r.status)).toEqual(['CLOSED']);
  });

  it('is NOT_FOUND for an unknown request', async () => {
    const { errors } = await gql(ANSWER, { id: id('no-request'), s: 'CLOSED' }, 'ADMIN');
    expect(errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
