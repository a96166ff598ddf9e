import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testUscc } from '../fixtures/import/fixtures';
import { testExecutor } from '../helpers/graph';
import { type GqlResult, outcome, POST_DEMAND, type RunningApi, startApi } from './lib/api';
import { createWorld, newWorld, removeWorld, worldCounts } from './lib/fixtures';
import { anyNumber, hostileString } from './lib/payloads';
import { summary } from './lib/summary';

/**
 * Property-based bad input for the GraphQL API (issue #8): random and hostile strings and numbers in every argument
 * of postDemand, searchCompanies, login, upsertCompany and the id/radius/limit arguments of the analytics. Every
 * answer is data or a coded error (a GraphQL request error is HTTP 400), never a masked crash or a 5xx, and refused
 * mutations leave the scoped data exactly as it was.
 */
const RUNS = Number(process.env.RELIABILITY_RUNS ?? 30);
// TOO_MANY_REQUESTS: failed logins are limited per username and per address (issue #14), and this test fails many.
const EXPECTED = new Set([
  'ok',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'HTTP 400',
]);
const executor = testExecutor();
const world = newWorld('gql-fuzz');
let api: RunningApi;
const tokens: Record<string, string> = {};
const seen = new Map<string, number>();
let serial = 0;

beforeAll(async () => {
  await createWorld(executor, world);
  api = await startApi(executor);
  tokens.leader = await api.login(world.usernames.CHAIN_LEADER, world.password);
  tokens.admin = await api.login(world.usernames.ADMIN, world.password);
  tokens.sme = await api.login(world.usernames.SME, world.password);
});

afterAll(async () => {
  await api?.close();
  await removeWorld(executor, world);
  const counts = [...seen].map(([code, n]) => `${code} ${n}`).join(', ');
  summary(`graphql fuzz: ${[...seen.values()].reduce((a, b) => a + b, 0)} calls (${counts}), 0 crashes`);
});

/** The answer is data or an expected, coded error: never INTERNAL_SERVER_ERROR, an uncoded error or a 5xx. */
function expectClear(result: GqlResult, call: string): string {
  const code = outcome(result);
  seen.set(code, (seen.get(code) ?? 0) + 1);
  expect(EXPECTED.has(code), `${call} → ${code}: ${JSON.stringify(result.errors)}`).toBe(true);
  expect(result.status).toBeLessThan(500);
  return code;
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const radius = fc.oneof(fc.constantFrom('JINSHAN', 'SHANGHAI', 'YRD', 'CHINA', 'WORLD'), hostileString(20));
const smallInt = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(2 ** 31 - 1, -(2 ** 31)));

describe('GraphQL inputs: data or a coded error, nothing half-written', () => {
  it('postDemand', async () => {
    const input = fc.record(
      {
        title: hostileString(150),
        segmentId: fc.oneof(fc.constantFrom(...world.segments), hostileString(90)),
        quantity: fc.oneof(anyNumber, fc.constant(null)),
        unit: hostileString(30),
        budget: fc.oneof(anyNumber, fc.constant(null)),
        requiredCerts: fc.array(hostileString(70), { maxLength: 12 }),
        radius,
        expiresAt: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          hostileString(40),
        ),
        description: hostileString(2500),
        posterId: fc.constantFrom(world.leaderId, world.smeId, 'nobody'),
      },
      { requiredKeys: ['title', 'segmentId'] },
    );
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom('leader', 'sme', 'admin'), async (demand, who) => {
        const before = await worldCounts(executor, world);
        const result = await api.gql<{ postDemand: { id: string; title: string } }>(
          POST_DEMAND,
          { input: demand },
          tokens[who],
        );
        const code = expectClear(result, 'postDemand');
        const after = await worldCounts(executor, world);
        if (code === 'ok') {
          expect(result.data?.postDemand.title).toBe(demand.title.trim());
          expect(after).toEqual({ nodes: before.nodes + 1, rels: before.rels + 2 });
        } else {
          expect(after).toEqual(before);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('searchCompanies: Lucene syntax and junk are searched for, never parsed', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileString(120),
        maybe(fc.oneof(fc.constant(world.industryId), hostileString(30))),
        maybe(radius),
        maybe(smallInt),
        maybe(hostileString(40)),
        async (query, industryId, r, first, after) => {
          const result = await api.gql<{ searchCompanies: { totalCount: number; nodes: unknown[] } }>(
            `query($q: String!, $i: ID, $r: Radius, $f: Int, $a: String) {
               searchCompanies(query: $q, industryId: $i, radius: $r, first: $f, after: $a) { totalCount nodes { id name } }
             }`,
            { q: query, i: industryId, r, f: first, a: after },
          );
          if (expectClear(result, `searchCompanies(${JSON.stringify(query)})`) === 'ok') {
            expect(result.data?.searchCompanies.totalCount).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('login: only UNAUTHENTICATED, BAD_USER_INPUT or TOO_MANY_REQUESTS, whatever the strings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant(world.usernames.ADMIN), hostileString(100)),
        hostileString(300),
        async (username, password) => {
          const result = await api.gql(
            'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
            { u: username, p: password },
          );
          expect(['UNAUTHENTICATED', 'BAD_USER_INPUT', 'TOO_MANY_REQUESTS', 'HTTP 400']).toContain(
            expectClear(result, 'login'),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('upsertCompany', async () => {
    const input = fc.record(
      {
        local: fc.oneof(fc.constantFrom('firm-a', 'firm-b'), hostileString(70)),
        uscc: fc.oneof(fc.constant('valid'), hostileString(20)),
        name: hostileString(130),
        nameEn: hostileString(210),
        size: fc.oneof(fc.constantFrom('large', 'small'), hostileString(10)),
        province: hostileString(45),
        district: hostileString(45),
        lat: anyNumber,
        lon: anyNumber,
        founded: smallInt,
        employees: smallInt,
        creditScore: anyNumber,
      },
      { requiredKeys: ['local', 'uscc', 'name', 'size', 'province'] },
    );
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom('admin', 'leader'), async ({ local, uscc, ...rest }, who) => {
        // Ids always carry the scope, so even an accepted write stays inside this test's data.
        const company = {
          ...rest,
          id: world.id(local),
          uscc: uscc === 'valid' ? testUscc(world.prefix, 100 + ++serial) : uscc,
        };
        const before = await worldCounts(executor, world);
        const result = await api.gql<{ upsertCompany: { id: string; name: string } }>(
          'mutation($input: CompanyInput!) { upsertCompany(input: $input) { id name } }',
          { input: company },
          tokens[who],
        );
        const code = expectClear(result, 'upsertCompany');
        if (code === 'ok') expect(result.data?.upsertCompany.name).toBe(company.name.trim());
        else expect(await worldCounts(executor, world)).toEqual(before);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('ids, radii, limits and cursors of every query', async () => {
    const id = fc.oneof(
      fc.constantFrom(world.industryId, world.leaderId, world.segments[0] as string, 'icv', 'icv.cathode'),
      hostileString(60),
    );
    const queries = [
      ['company', 'query($id: ID!) { company(id: $id) { id name } }'],
      ['industry', 'query($id: ID!) { industry(id: $id) { id name } }'],
      [
        'chainMap',
        'query($id: ID!, $r: Radius, $n: Int) { chainMap(industryId: $id, radius: $r, threshold: $n) { segments { id status } } }',
      ],
      [
        'gaps',
        'query($id: ID!, $r: Radius, $n: Int) { gaps(industryId: $id, radius: $r, threshold: $n) { priority } }',
      ],
      [
        'localSupportRate',
        'query($id: ID!, $r: Radius) { localSupportRate(industryId: $id, radius: $r) { coverage byValue } }',
      ],
      [
        'investmentTargets',
        'query($id: ID!, $r: Radius, $n: Int) { investmentTargets(segmentId: $id, radius: $r, limit: $n) { score } }',
      ],
      ['supplierMatches', 'query($id: ID!, $n: Int) { supplierMatches(demandId: $id, limit: $n) { score } }'],
      ['buyerMatches', 'query($id: ID!, $n: Int) { buyerMatches(companyId: $id, limit: $n) { score } }'],
      ['resilience', 'query($id: ID!, $r: Radius) { resilience(industryId: $id, radius: $r) { singleSourceCount } }'],
      [
        'whatIf',
        'query($id: ID!, $r: Radius, $ids: [ID!]) { whatIf(industryId: $id, radius: $r, attract: $ids, remove: $ids) { closedGaps } }',
      ],
      ['roadmap', 'query($id: ID!) { roadmap(industryId: $id) { id } }'],
      ['keyLinks', 'query($id: ID!) { keyLinks(industryId: $id) { id } }'],
      ['blastRadius', 'query($id: ID!, $n: Int) { blastRadius(companyId: $id, hops: $n) { companyCount } }'],
      [
        'demands',
        'query($id: ID, $n: Int, $a: String) { demands(industryId: $id, posterId: $id, first: $n, after: $a) { totalCount } }',
      ],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...queries),
        id,
        maybe(radius),
        maybe(smallInt),
        fc.array(id, { maxLength: 3 }),
        maybe(hostileString(40)),
        async ([name, query], anId, r, n, ids, after) => {
          const variables = { id: anId, r, n, ids, a: after };
          expectClear(await api.gql(query, variables), `${name}(${JSON.stringify(variables).slice(0, 300)})`);
        },
      ),
      { numRuns: RUNS * 4 },
    );
  });
});
