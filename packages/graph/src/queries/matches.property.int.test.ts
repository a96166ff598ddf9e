import { DEFAULT_BUYER_WEIGHTS, DEFAULT_MATCH_WEIGHTS, DEMAND_STATUSES, RADII } from '@atlas/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import {
  type FixtureCompany,
  type FixtureDemand,
  type FixtureGraph,
  writeDemands,
  writeFixture,
} from '../../../../test/helpers/matching-graph';
import { matchingReference } from '../../../../test/helpers/matching-reference';
import { buyerMatches } from './buyer-matches';
import { supplierMatches } from './supplier-matches';

/** Locations across every ring, including odd ones (上海 without a district, a firm abroad). */
const PLACES = [
  { province: '上海市', district: '金山区' },
  { province: '上海市', district: '浦东新区' },
  { province: '上海市' },
  { province: '江苏省', district: '昆山市' },
  { province: '安徽省' },
  { province: '广东省', district: '南山区' },
  { province: 'Bayern', country: 'Germany' },
] as const;

/**
 * A random small chain, built once per file: a three-level hierarchy (so segment fit sees depth 0, 1 and 2),
 * random FEEDS between leaves, 40 firms with random places, sizes, leaves, capacities, certifications and credit,
 * random SUPPLIES edges and 30 demands in every status.
 */
function randomGraph(id: (local: string) => string, seed: number): FixtureGraph {
  const tree = [
    { id: id('r0') },
    { id: id('c00'), parent: id('r0') },
    { id: id('g000'), parent: id('c00') },
    { id: id('g001'), parent: id('c00') },
    { id: id('c01'), parent: id('r0') },
    { id: id('r1') },
    { id: id('c10'), parent: id('r1') },
    { id: id('c11'), parent: id('r1') },
    { id: id('r2') },
  ];
  const leaves = ['g000', 'g001', 'c01', 'c10', 'c11', 'r2'].map(id);
  const certs = ['A', 'B', 'C', 'D'].map((c) => id(`cert-${c}`));
  const company = (n: number) =>
    fc
      .record({
        place: fc.constantFrom(...PLACES),
        size: fc.constantFrom('large', 'medium', 'small', 'micro' as const),
        chainLeader: fc.boolean(),
        creditScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        operates: fc.uniqueArray(fc.constantFrom(...leaves), { minLength: 1, maxLength: 3 }).chain((segments) =>
          fc.tuple(
            ...segments.map((s) =>
              fc.record({
                segmentId: fc.constant(s),
                capacity: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
              }),
            ),
          ),
        ),
        certs: fc.subarray(certs),
      })
      .map(({ place, ...rest }): FixtureCompany => ({ id: id(`f${n}`), ...place, ...rest }));
  const arbitrary = fc.tuple(...Array.from({ length: 40 }, (_, n) => company(n))).chain((companies) =>
    fc.record({
      companies: fc.constant(companies),
      feeds: fc.subarray(leaves.flatMap((a, i) => leaves.slice(i + 1).map((b): [string, string] => [a, b]))),
      supplies: fc.array(
        fc.record({
          supplierId: fc.constantFrom(...companies.map((c) => c.id)),
          buyerId: fc.constantFrom(...companies.map((c) => c.id)),
          segmentId: fc.constantFrom(...leaves),
          annualValue: fc.integer({ min: 1, max: 1000 }),
        }),
        { maxLength: 60 },
      ),
      demands: fc.tuple(...Array.from({ length: 30 }, (_, n) => demand(companies, tree, certs, `seed-d${n}`, true))),
    }),
  );
  const [sample] = fc.sample(arbitrary, { seed, numRuns: 1 });
  if (!sample) throw new Error('no sample');
  const supplies = sample.supplies.filter(
    (s, i, all) =>
      s.supplierId !== s.buyerId &&
      all.findIndex((t) => t.supplierId === s.supplierId && t.buyerId === s.buyerId && t.segmentId === s.segmentId) ===
        i,
  );
  // Outcomes derived from the sample (not drawn, so the draw stays as it was): one firm per seed demand, every step.
  const steps = ['CONTRACTED', 'DELIVERED', 'LOST', 'QUOTED', 'DELIVERED'] as const;
  const outcomes = sample.demands.flatMap((d, n) => {
    const companyId = sample.companies[(n * 7) % sample.companies.length]?.id;
    return companyId && companyId !== d.posterId
      ? [{ companyId, demandId: d.id, step: steps[n % steps.length] ?? 'QUOTED' }]
      : [];
  });
  return {
    industryId: id('ind'),
    segments: tree,
    technologies: [],
    ...sample,
    supplies,
    demands: [...sample.demands],
    outcomes,
  };

  function demand(
    companies: FixtureCompany[],
    segments: Array<{ id: string }>,
    certIds: string[],
    local: string,
    anyStatus: boolean,
  ): fc.Arbitrary<FixtureDemand> {
    return fc.record({
      id: fc.constant(id(local)),
      posterId: fc.constantFrom(...companies.map((c) => c.id)),
      segmentId: fc.constantFrom(...segments.map((s) => s.id)),
      requiredCerts: fc.subarray(certIds, { maxLength: 2 }),
      radius: fc.constantFrom(...RADII),
      quantity: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
      status: anyStatus ? fc.constantFrom(...DEMAND_STATUSES) : fc.constant('OPEN' as const),
    });
  }
}

describe('matching properties on a random graph in the real Neo4j', () => {
  const executor = testExecutor();
  const scope = testScope('match-props');
  const graph = randomGraph(scope.id, 20260401);
  const reference = matchingReference(graph);
  const companyIds = graph.companies.map((c) => c.id);
  let counter = 0;
  let nonEmpty = 0;
  beforeAll(() => writeFixture(executor, graph), 120_000);
  afterAll(() => scope.cleanup(executor));

  it('supplier matches never break a hard filter, never include the poster, and miss no one', async () => {
    const demandArbitrary = fc.record({
      posterId: fc.constantFrom(...companyIds),
      segmentId: fc.constantFrom(...graph.segments.map((s) => s.id)),
      requiredCerts: fc.subarray(
        ['A', 'B', 'C', 'D'].map((c) => scope.id(`cert-${c}`)),
        { maxLength: 2 },
      ),
      radius: fc.constantFrom(...RADII),
      quantity: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(demandArbitrary, async (drawn) => {
        const demand: FixtureDemand = { ...drawn, id: scope.id(`d${counter++}`) };
        await writeDemands(executor, [demand]);
        graph.demands.push(demand);
        const found = await supplierMatches(executor, {
          demandId: demand.id,
          limit: 100,
          weights: { ...DEFAULT_MATCH_WEIGHTS },
        });
        const ids = found?.map((m) => m.company.id) ?? [];
        if (ids.length) nonEmpty++;
        expect(ids).not.toContain(demand.posterId);
        for (const companyId of ids) expect(reference.passes(companyId, demand), companyId).toBe(true);
        const expected = reference.supplierMatches(demand, DEFAULT_MATCH_WEIGHTS);
        expect(new Set(ids)).toEqual(new Set(expected.map((m) => m.companyId)));
        found?.forEach((m, i) => {
          expect(m.score).toBeCloseTo(expected.find((e) => e.companyId === m.company.id)?.score ?? Number.NaN, 9);
          if (i > 0) expect(m.score).toBeLessThanOrEqual(found[i - 1]?.score ?? Number.POSITIVE_INFINITY);
        });
      }),
      { numRuns: 120, seed: 4_2026 },
    );
    expect(nonEmpty, 'the random graph should give many demands some matches').toBeGreaterThan(30);
  });

  it('buyer matches only offer open demands the firm passes the filters for, never its own', async () => {
    let demandBacked = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...companyIds), async (companyId) => {
        const found =
          (await buyerMatches(executor, { companyId, limit: 100, weights: { ...DEFAULT_BUYER_WEIGHTS } })) ?? [];
        for (const m of found) {
          expect(m.company.id).not.toBe(companyId);
          if (m.demandId === null) continue;
          demandBacked++;
          const demand = graph.demands.find((d) => d.id === m.demandId);
          expect(demand?.status ?? 'OPEN').toBe('OPEN');
          expect(demand && reference.passes(companyId, demand)).toBe(true);
        }
        const expected = reference.buyerMatches(companyId, DEFAULT_BUYER_WEIGHTS);
        expect(found.map((m) => `${m.company.id}/${m.demandId}`).sort()).toEqual(
          expected.map((m) => `${m.companyId}/${m.demandId}`).sort(),
        );
      }),
      { numRuns: 60, seed: 7_2026 },
    );
    expect(demandBacked, 'some buyer matches should come from open demands').toBeGreaterThan(10);
  });
});
