import { createAtlasYoga } from '@atlas/api';
import { CHEMICAL_PARK_IDS, type Role, type SiteRow, siteRowSchema } from '@atlas/domain';
import { ensureUsers, upsertSites } from '@atlas/graph';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';

/**
 * `sitesFor` and `sites` through GraphQL against the real Neo4j (issue #19 item 4). The acceptance: a chemical
 * production target never gets a site outside a chemical park — checked over every site in the graph (the demo's
 * too, when loaded), not only this file's. Expected values are written out by hand.
 */
const executor = testExecutor();
const scope = testScope('sites');
const id = scope.id;
const yoga = createAtlasYoga({ executor });
const PASSWORD = 'sites-test-pw';
const ROLES: Role[] = ['ANALYST', 'PROMOTION_OFFICER', 'SME'];
let tokens: Map<Role, string>;

const site = (local: string, over: Partial<SiteRow>): SiteRow =>
  siteRowSchema.parse({
    id: id(local),
    name: `测试${local}`,
    parkId: 'park.scip-jinshan',
    kind: 'PLOT',
    area: 50_000,
    use: 'M3',
    energyQuota: 20_000,
    vocsQuota: 50,
    availability: 'AVAILABLE',
    landPrice: 95,
    ...over,
  });

const SITES = [
  site('scip-plot', {}),
  // The same plot outside any chemical park: M2 with quota, perfect for anything but hazardous chemistry.
  site('zhangyan-plot', { parkId: 'park.zhangyan-industrial-park', use: 'M2' }),
  site('weak-floor', {
    parkId: 'park.fengjing-industrial-zone',
    kind: 'FLOOR',
    use: 'M1',
    floorLevel: 3,
    floorLoading: 5,
    area: 5_000,
    landPrice: null,
    rent: 1.2,
  }),
  site('strong-floor', {
    parkId: 'park.fengjing-industrial-zone',
    kind: 'FLOOR',
    use: 'M1',
    floorLevel: 1,
    floorLoading: 25,
    area: 5_000,
    landPrice: null,
    rent: 1.4,
  }),
  // Everything a large software firm needs but already let: a near miss only district-wide readers may see.
  site('taken-m0-floor', {
    parkId: 'park.fengjing-industrial-zone',
    kind: 'FLOOR',
    use: 'M0',
    floorLevel: 2,
    floorLoading: 8,
    area: 12_000,
    availability: 'TAKEN',
    landPrice: null,
    rent: 2.0,
  }),
];

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
  await executor.write(
    'test',
    `CREATE (:Company {id: $firm, name: '测试化工', size: 'large'}),
            (:Company {id: $machines, name: '测试机床', size: 'medium'}),
            (:Company {id: $software, name: '测试软件', size: 'large'}),
            (:Segment {id: $os, name: '测试操作系统', industryId: 'software', gbCodes: ['I6511'], leaf: true}),
            (:Segment {id: $chem, name: '测试聚烯烃', industryId: 'chem', gbCodes: ['C2651'], leaf: true}),
            (:Segment {id: $cnc, name: '测试数控机床', industryId: 'equip', gbCodes: ['C3421'], leaf: true})`,
    {
      firm: id('chem-firm'),
      machines: id('cnc-firm'),
      software: id('soft-firm'),
      chem: id('seg-chem'),
      cnc: id('seg-cnc'),
      os: id('seg-os'),
    },
  );
  await executor.writeTx('test', (tx) => upsertSites(tx, SITES));
  const passwordHash = await bcrypt.hash(PASSWORD, 4);
  await ensureUsers(
    executor,
    ROLES.map((role) => ({ id: id(`user-${role}`), username: id(role), role, companyId: null, passwordHash })),
  );
  tokens = new Map();
  for (const role of ROLES) {
    const { data } = await gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
      u: id(role),
      p: PASSWORD,
    });
    tokens.set(role, data.login.token);
  }
});

afterAll(async () => {
  await executor.write('test', 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: scope.prefix });
  await scope.cleanup(executor);
});

const SITES_FOR = `query($c: ID!, $s: ID!) { sitesFor(companyId: $c, segmentId: $s) {
  fits score factors { factor value weight contribution } reasons { ok code text params { key value } }
  site { id parkId chemicalPark kind availability landPrice rent } } }`;

interface FitJson {
  fits: boolean;
  score: number;
  factors: { factor: string; value: number; weight: number; contribution: number }[];
  reasons: { ok: boolean; code: string; text: string; params: { key: string; value: string }[] }[];
  site: {
    id: string;
    parkId: string;
    chemicalPark: boolean;
    kind: string;
    availability: string;
    landPrice: number | null;
    rent: number | null;
  };
}

describe('sitesFor', () => {
  it('a chemical production target never gets a site outside a chemical park (every site in the graph)', async () => {
    const { data, errors } = await gql(SITES_FOR, { c: id('chem-firm'), s: id('seg-chem') });
    expect(errors).toBeUndefined();
    const fits: FitJson[] = data.sitesFor;
    expect(fits.map((f) => f.site.id)).toContain(id('scip-plot'));
    // Some fit, so only fitting sites come back: never the inventory (the twin outside a chemical park is left out).
    for (const f of fits) {
      expect(f.fits, f.site.id).toBe(true);
      expect(CHEMICAL_PARK_IDS.has(f.site.parkId), `${f.site.id} in ${f.site.parkId}`).toBe(true);
      expect(f.site.chemicalPark).toBe(true);
    }
    expect(fits.map((f) => f.site.id)).not.toContain(id('zhangyan-plot'));
    for (const f of fits) {
      expect(f.factors.reduce((sum, x) => sum + x.contribution, 0)).toBeCloseTo(f.score, 10);
      expect(f.reasons.length).toBeGreaterThan(0);
    }
  });

  it('a heavy machine never goes on a 5 kN/m² floor; the 25 kN/m² floor fits', async () => {
    const { data } = await gql(SITES_FOR, { c: id('cnc-firm'), s: id('seg-cnc') });
    const byId = new Map<string, FitJson>(data.sitesFor.map((f: FitJson) => [f.site.id, f]));
    expect(byId.has(id('weak-floor'))).toBe(false);
    expect(byId.get(id('strong-floor'))?.fits).toBe(true);
  });

  it('when none fits: at most the 3 closest with what they lack; TAKEN ones never to firms or anonymous readers', async () => {
    // A large software firm needs 10,000 m² or more of M0 floor; the only such floor is taken.
    for (const role of [undefined, 'SME', 'ANALYST'] as const) {
      const { data, errors } = await gql(SITES_FOR, { c: id('soft-firm'), s: id('seg-os') }, role);
      expect(errors).toBeUndefined();
      const fits: FitJson[] = data.sitesFor;
      expect(fits.length, String(role)).toBeGreaterThan(0);
      expect(fits.length, String(role)).toBeLessThanOrEqual(3);
      for (const f of fits) {
        expect(f.fits).toBe(false);
        expect(f.reasons.some((r) => !r.ok)).toBe(true);
        if (role !== 'ANALYST') expect(f.site.availability, `${f.site.id} for ${role}`).not.toBe('TAKEN');
      }
    }
  });

  it('prices only for officers, analysts and admins', async () => {
    const anonymous = await gql(SITES_FOR, { c: id('chem-firm'), s: id('seg-chem') });
    const mine = (reply: { data: { sitesFor: FitJson[] } }) =>
      reply.data.sitesFor.find((f) => f.site.id === id('scip-plot'));
    expect(mine(anonymous)?.site.landPrice).toBeNull();
    expect(mine(await gql(SITES_FOR, { c: id('chem-firm'), s: id('seg-chem') }, 'SME'))?.site.landPrice).toBeNull();
    expect(mine(await gql(SITES_FOR, { c: id('chem-firm'), s: id('seg-chem') }, 'ANALYST'))?.site.landPrice).toBe(95);
  });

  it('names what does not exist', async () => {
    const { errors } = await gql(SITES_FOR, { c: id('nobody'), s: id('seg-chem') });
    expect(errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('sites (the inventory)', () => {
  const SITES_Q = `query($p: ID, $a: Boolean) { sites(parkId: $p, available: $a) { id parkName kind floorLoading rent } }`;

  it('officers read a park’s sites with rents; firms and anonymous readers are refused', async () => {
    const { data, errors } = await gql(SITES_Q, { p: 'park.fengjing-industrial-zone', a: true }, 'PROMOTION_OFFICER');
    expect(errors).toBeUndefined();
    const mine = data.sites.filter((s: { id: string }) => s.id.startsWith(scope.prefix));
    expect(mine).toEqual([
      { id: id('strong-floor'), parkName: '枫泾工业区', kind: 'FLOOR', floorLoading: 25, rent: 1.4 },
      { id: id('weak-floor'), parkName: '枫泾工业区', kind: 'FLOOR', floorLoading: 5, rent: 1.2 },
    ]);
    expect((await gql(SITES_Q, {}, 'SME')).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await gql(SITES_Q, {})).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
