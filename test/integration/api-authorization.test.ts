import type { AddressInfo } from 'node:net';
import { createAtlasServer } from '@atlas/api';
import { type Role, usccCheckChar } from '@atlas/domain';
import { ensureUsers, refreshOperationLocality } from '@atlas/graph';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';

/**
 * Every mutation × every role × own/other company, against the real HTTP server and Neo4j. Expectations are
 * written out by hand from docs/design.md §5 (not derived from the rules under test).
 */
const executor = testExecutor();
const scope = testScope('authz');
const id = scope.id;
const [L, S, X] = [id('leader-co'), id('sme-co'), id('other-co')];
const ROLE_COMPANY: Record<Role, string | null> = {
  ADMIN: null,
  PROMOTION_OFFICER: null,
  ANALYST: null,
  CHAIN_LEADER: L,
  SME: S,
};
const PASSWORD = 'authz-test-pw';

type Outcome = 'ok' | 'FORBIDDEN' | 'BAD_USER_INPUT';
type Mutation = 'postDemand' | 'updateDemandStatus' | 'expressInterest' | 'upsertCompany';
// [own, other] per role, per mutation. "own" for roles without a company: see `call` below.
const EXPECTED: Record<Mutation, Record<Role, [Outcome, Outcome]>> = {
  postDemand: {
    ADMIN: ['BAD_USER_INPUT', 'ok'],
    PROMOTION_OFFICER: ['FORBIDDEN', 'FORBIDDEN'],
    ANALYST: ['FORBIDDEN', 'FORBIDDEN'],
    CHAIN_LEADER: ['ok', 'FORBIDDEN'],
    SME: ['FORBIDDEN', 'FORBIDDEN'],
  },
  updateDemandStatus: {
    ADMIN: ['ok', 'ok'],
    PROMOTION_OFFICER: ['FORBIDDEN', 'FORBIDDEN'],
    ANALYST: ['FORBIDDEN', 'FORBIDDEN'],
    CHAIN_LEADER: ['ok', 'FORBIDDEN'],
    SME: ['ok', 'FORBIDDEN'],
  },
  expressInterest: {
    ADMIN: ['BAD_USER_INPUT', 'ok'],
    PROMOTION_OFFICER: ['FORBIDDEN', 'FORBIDDEN'],
    ANALYST: ['FORBIDDEN', 'FORBIDDEN'],
    CHAIN_LEADER: ['ok', 'FORBIDDEN'],
    SME: ['ok', 'FORBIDDEN'],
  },
  upsertCompany: {
    ADMIN: ['ok', 'ok'],
    PROMOTION_OFFICER: ['ok', 'ok'],
    ANALYST: ['FORBIDDEN', 'FORBIDDEN'],
    CHAIN_LEADER: ['ok', 'FORBIDDEN'],
    SME: ['ok', 'FORBIDDEN'],
  },
};

const uscc = (n: number) => {
  const body = `91310116${String(n).padStart(8, '0')}X`.slice(0, 17).replace(/[^0-9A-Y]/g, '0');
  return body + usccCheckChar(body);
};
const companies = [
  { id: L, uscc: uscc(Date.now() % 1e7), name: '测试链主', size: 'large', chainLeader: true, district: '金山区' },
  {
    id: S,
    uscc: uscc((Date.now() + 1) % 1e7),
    name: '测试中小企业',
    size: 'small',
    chainLeader: false,
    district: '金山区',
  },
  {
    id: X,
    uscc: uscc((Date.now() + 2) % 1e7),
    name: '测试外地链主',
    size: 'large',
    chainLeader: true,
    district: '闵行区',
  },
];

let base = '';
const server = createAtlasServer({ executor }, { webRoot: '/nonexistent' });
const tokens = new Map<Role, string>();

beforeAll(async () => {
  await executor.write(
    'test',
    `CREATE (seg:Segment {id: $seg, leaf: true, industryId: $industry, name: '测试环节', nameEn: 'Test', tier: 'midstream'})
     WITH seg UNWIND $companies AS c
     CREATE (co:Company) SET co = c, co.province = '上海市', co.synthetic = false
     CREATE (co)-[:OPERATES_IN]->(seg)`,
    { seg: id('seg'), industry: scope.prefix, companies },
  );
  await executor.writeTx('test', (tx) =>
    refreshOperationLocality(
      tx,
      companies.map((c) => c.id),
    ),
  );
  const passwordHash = await bcrypt.hash(PASSWORD, 4);
  await ensureUsers(
    executor,
    (Object.keys(ROLE_COMPANY) as Role[]).map((role) => ({
      id: id(`user-${role}`),
      username: id(role),
      role,
      companyId: ROLE_COMPANY[role],
      passwordHash,
    })),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const role of Object.keys(ROLE_COMPANY) as Role[]) {
    const { data, errors } = await gql(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
      {
        u: id(role),
        p: PASSWORD,
      },
    );
    expect(errors).toBeUndefined();
    tokens.set(role, data.login.token);
  }
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await executor.write('test', 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: scope.prefix });
  await executor.write('test', 'MATCH (d:Demand)-[:NEEDS]->(s:Segment {id: $seg}) DETACH DELETE d', { seg: id('seg') });
  await scope.cleanup(executor);
});

async function gql(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/** A demand posted directly in the graph (SMEs cannot post through the API, but may own one for the test). */
async function demandBy(poster: string): Promise<string> {
  const demandId = id(`demand-${poster.split('.').pop()}-${Math.random().toString(36).slice(2, 8)}`);
  await executor.write(
    'test',
    `MATCH (p:Company {id: $poster}), (s:Segment {id: $seg})
     CREATE (p)-[:POSTED]->(d:Demand {id: $id, title: 't', status: 'OPEN', segmentId: $seg, requiredCerts: [],
             createdAt: '2026-01-01T00:00:00Z'})-[:NEEDS]->(s)`,
    { poster, seg: id('seg'), id: demandId },
  );
  return demandId;
}

async function call(mutation: Mutation, role: Role | null, own: boolean) {
  const company = role ? ROLE_COMPANY[role] : null;
  const token = role ? tokens.get(role) : undefined;
  switch (mutation) {
    case 'postDemand':
      return gql(
        `mutation($input: PostDemandInput!) { postDemand(input: $input) { id } }`,
        { input: { title: '采购测试', segmentId: id('seg'), quantity: 10, ...(own ? {} : { posterId: X }) } },
        token,
      );
    case 'updateDemandStatus': {
      const demandId = await demandBy(own ? (company ?? L) : X);
      return gql(
        `mutation($id: ID!) { updateDemandStatus(id: $id, status: SHORTLISTED) { id } }`,
        { id: demandId },
        token,
      );
    }
    case 'expressInterest': {
      const demandId = await demandBy(X);
      const other = company === S ? L : S;
      return gql(
        `mutation($d: ID!, $c: ID) { expressInterest(demandId: $d, companyId: $c, note: "可供货") { id } }`,
        { d: demandId, c: own ? null : other },
        token,
      );
    }
    case 'upsertCompany': {
      const target = companies.find((c) => c.id === (own ? (company ?? L) : X));
      const input = {
        id: target?.id,
        uscc: target?.uscc,
        name: `${target?.name}·改`,
        size: target?.size,
        province: '上海市',
      };
      return gql(`mutation($input: CompanyInput!) { upsertCompany(input: $input) { id name } }`, { input }, token);
    }
  }
}

const outcome = (body: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }) =>
  body.errors?.[0]?.extensions?.code ?? 'ok';

const cases = (Object.keys(EXPECTED) as Mutation[]).flatMap((mutation) =>
  (Object.keys(ROLE_COMPANY) as Role[]).flatMap((role) =>
    [true, false].map((own) => ({ mutation, role, own, expected: EXPECTED[mutation][role][own ? 0 : 1] })),
  ),
);

describe('authorization matrix over HTTP', () => {
  it.each(cases)('$mutation as $role on own=$own → $expected', async ({ mutation, role, own, expected }) => {
    expect(outcome(await call(mutation, role, own))).toBe(expected);
  });

  it.each(Object.keys(EXPECTED) as Mutation[])('%s without a token → UNAUTHENTICATED', async (mutation) => {
    expect(outcome(await call(mutation, null, false))).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged token', async () => {
    const forged = `${tokens.get('ANALYST')?.slice(0, -4)}AAAA`;
    expect(outcome(await gql('{ me { username } }', {}, forged))).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password with the same message as an unknown user', async () => {
    const wrong = await gql(`mutation { login(username: "${id('ADMIN')}", password: "nope") { token } }`, {});
    const unknown = await gql(`mutation { login(username: "${id('nobody')}", password: "nope") { token } }`, {});
    expect(outcome(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors[0].message).toBe(unknown.errors[0].message);
  });
});

describe('what a firm may change about itself', () => {
  const sme = companies[1] as (typeof companies)[number];
  const edit = (role: Role, patch: Record<string, unknown>) => {
    const input = { id: sme.id, uscc: sme.uscc, name: sme.name, size: sme.size, province: '上海市', ...patch };
    return gql('mutation($input: CompanyInput!) { upsertCompany(input: $input) { id } }', { input }, tokens.get(role));
  };

  it.each([
    ['its credit score', { creditScore: 99 }],
    ['its size', { size: 'large' }],
    ['its district (locality)', { district: '闵行区' }],
  ])('an SME cannot change %s', async (_what, patch) => {
    expect(outcome(await edit('SME', patch))).toBe('FORBIDDEN');
  });

  it('a promotion officer can, and an omitted field is kept', async () => {
    expect(outcome(await edit('PROMOTION_OFFICER', { creditScore: 77 }))).toBe('ok');
    // Credit scores are for the firm and the district-wide roles (SECURITY.md "Read matrix").
    const body = await gql(`{ company(id: "${S}") { creditScore district } }`, {}, tokens.get('PROMOTION_OFFICER'));
    expect(body.data.company).toEqual({ creditScore: 77, district: '金山区' });
  });
});
