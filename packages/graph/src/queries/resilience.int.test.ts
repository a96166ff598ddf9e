import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture, writeChainFixture } from '../../../../test/helpers/chain-fixture';
import { ChainReference } from '../../../../test/helpers/chain-reference';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { blastRadius } from './blast-radius';
import { resilience } from './resilience';

describe('resilience and blast radius (docs/design.md §4.8) in Cypher', () => {
  const executor = testExecutor();
  const scope = testScope('resilience');
  const fx = chainFixture(scope);
  const ref = new ChainReference(fx);
  const key = (id: string) => id.slice(scope.prefix.length + 1);
  beforeAll(() => writeChainFixture(executor, fx));
  afterAll(() => scope.cleanup(executor));

  it('finds the single-source inputs the in-memory reading finds, and checks by hand: 6', async () => {
    const report = await resilience(executor, fx.industryId, 'JINSHAN');
    const expected = [...ref.purchases().entries()].filter(([, s]) => s.size === 1).map(([pair]) => pair);
    const found = report.singleSources.map((s) => `${key(s.leaderId)}|${key(s.segmentId)}`);
    expect([...found].sort()).toEqual(expected.sort());
    expect(report.singleSourceCount).toBe(ref.singleSourceCount());
    // LJ buys a (J1), b (S1), d (J5) from one firm each and c from K1 and G1; LS buys b (J4), c (K1), d (W1).
    expect(found).toEqual(['LJ|a', 'LJ|b', 'LJ|d', 'LS|b', 'LS|c', 'LS|d']);
    expect(report.singleSources.find((s) => key(s.supplierId) === 'J1')).toMatchObject({
      value: 100,
      supplierLocal: true,
    });
  });

  it('computes HHI per segment as the in-memory reading does, and by hand', async () => {
    const report = await resilience(executor, fx.industryId, 'JINSHAN');
    for (const h of report.hhiBySegment) expect(h.hhi).toBeCloseTo(ref.hhi(key(h.segmentId)) ?? Number.NaN, 12);
    // a: J1 alone → 1; b: 50 and 100 → 1/9 + 4/9; c: K1 200 + 100, G1 100 → 9/16 + 1/16; d: 50 and 300 → 37/49.
    expect(report.hhiBySegment.map((h) => [key(h.segmentId), h.suppliers, h.totalValue])).toEqual([
      ['a', 1, 100],
      ['b', 2, 150],
      ['c', 2, 400],
      ['d', 2, 350],
    ]);
    const hhi = report.hhiBySegment.map((h) => h.hhi ?? Number.NaN);
    [1, 5 / 9, 0.625, 37 / 49].forEach((want, i) => {
      expect(hhi[i]).toBeCloseTo(want, 12);
    });
  });

  it('reports external dependence as 1 − the local supporting rate (JINSHAN: 1 − 0.25)', async () => {
    expect((await resilience(executor, fx.industryId, 'JINSHAN')).externalDependence).toBe(0.75);
    expect((await resilience(executor, fx.industryId, 'WORLD')).externalDependence).toBe(0);
  });

  it.each([1, 2, 3, 4, 5])('blast radius of J2 within %i hops equals a breadth-first search', async (hops) => {
    const found = await blastRadius(executor, fx.id('J2'), hops);
    const expected = ref.blastRadius('J2', hops);
    expect(Object.fromEntries(found?.reached.map((r) => [key(r.companyId), r.hops]) ?? [])).toEqual(
      Object.fromEntries(expected.reached),
    );
    expect(found?.valueAtStake).toBe(expected.value);
  });

  it('matches the hand-traced blast radius: J2 → J4 → LS → G1 → LJ', async () => {
    // Within 2 hops: J4 (1), LS (2); at stake: J2→J4 40 + J4→LS 100. Within 3: + G1 and LS→G1 70.
    const two = await blastRadius(executor, fx.id('J2'), 2);
    expect(two?.reached.map((r) => [key(r.companyId), r.hops])).toEqual([
      ['J4', 1],
      ['LS', 2],
    ]);
    expect([two?.valueAtStake, two?.directValue]).toEqual([140, 40]);
    expect((await blastRadius(executor, fx.id('J2'), 3))?.valueAtStake).toBe(210);
    // A firm that supplies no one reaches nobody; an unknown firm has no blast radius at all.
    expect(await blastRadius(executor, fx.id('LJ'), 2)).toEqual({
      companyId: fx.id('LJ'),
      hops: 2,
      reached: [],
      valueAtStake: 0,
      directValue: 0,
    });
    expect(await blastRadius(executor, fx.id('nobody'), 2)).toBeNull();
  });

  it('refuses hops outside 1..5 before reaching the database', async () => {
    await expect(blastRadius(executor, fx.id('J2'), 0)).rejects.toThrow(RangeError);
    await expect(blastRadius(executor, fx.id('J2'), 6)).rejects.toThrow(RangeError);
  });
});
