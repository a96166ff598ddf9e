import { DEFAULT_GAP_WEIGHTS, RADII } from '@atlas/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture, writeChainFixture } from '../../../../test/helpers/chain-fixture';
import { ChainReference } from '../../../../test/helpers/chain-reference';
import { crosswalkFixture } from '../../../../test/helpers/crosswalk-fixture';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { refreshOperationLocality } from '../load/operation-locality';
import { gaps } from './gaps';

describe('gap priority (docs/design.md §4.4) in Cypher', () => {
  const executor = testExecutor();
  const scope = testScope('gaps');
  const fx = chainFixture(scope);
  const ref = new ChainReference(fx);
  const key = (id: string) => id.slice(scope.prefix.length + 1);
  beforeAll(() => writeChainFixture(executor, fx));
  afterAll(() => scope.cleanup(executor));

  it.each(RADII)('priorities and factor values at %s equal the in-memory reading', async (radius) => {
    const found = await gaps(executor, fx.industryId, radius);
    const expected = ref.gaps(radius, DEFAULT_GAP_WEIGHTS);
    expect(found.map((g) => key(g.segment.id))).toEqual(expected.map((g) => g.segment));
    for (const [i, gap] of found.entries()) {
      const want = expected[i];
      expect(gap.status).toBe(want?.status);
      expect(gap.priority).toBeCloseTo(want?.priority ?? Number.NaN, 12);
      for (const f of gap.factors)
        expect(f.value).toBeCloseTo(want?.values[f.factor as keyof typeof DEFAULT_GAP_WEIGHTS] ?? Number.NaN, 12);
      expect(gap.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(gap.priority, 12);
    }
  });

  it('matches the hand computation at JINSHAN: c 0.7487, d 0.3828, b 0.1740, e 0.0907', async () => {
    const found = await gaps(executor, fx.industryId, 'JINSHAN');
    // N = 7 local firms (J1..J6, LJ); local pairs 7, all pairs 13.
    // c: criticality 5/5; pull: e has LJ, J6 → ln 3 / ln 8 = 0.52832; neighbours a (STRONG), b, e → 1/3; LQ 0 → 1.
    //    0.4·1 + 0.25·0.52832 + 0.2·0.33333 + 0.15·1 = 0.74875
    // d: 3/5; pull 0.52832 (e); neighbours b, e → 0; LQ (1/7)/(2/13) = 13/14 → 1/14.  0.24 + 0.13208 + 0.01071 = 0.38279
    // b: 0.2; pull: c none, d J5 → ln 2 / ln 8 = 1/3; neighbours c, d → 0; 1/14.     0.08 + 0.08333 + 0.01071 = 0.17405
    // e: 0.2; feeds nothing → 0; neighbours c, d → 0; LQ (2/7)/(4/13) = 13/14 → 1/14.  0.08 + 0.01071 = 0.09071
    expect(found.map((g) => [key(g.segment.id), g.status, Number(g.priority.toFixed(4))])).toEqual([
      ['c', 'MISSING', 0.7487],
      ['d', 'WEAK', 0.3828],
      ['b', 'WEAK', 0.174],
      ['e', 'WEAK', 0.0907],
    ]);
    const c = found[0];
    expect(c?.factors.map((f) => [f.factor, f.weight])).toEqual([
      ['criticality', 0.4],
      ['localPull', 0.25],
      ['relatedness', 0.2],
      ['specialisation', 0.15],
    ]);
    expect(c?.segment.keyLink?.criticality).toBe(5);
  });

  it('takes weights per call and breaks ties by segment id', async () => {
    const weights = { criticality: 0, localPull: 0, relatedness: 0, specialisation: 1 };
    const found = await gaps(executor, fx.industryId, 'JINSHAN', { weights });
    // Only specialisation counts: c 1; b, d and e all 1 − 13/14 (bit-for-bit equal), so they follow in id order.
    expect(found.map((g) => key(g.segment.id))).toEqual(['c', 'b', 'd', 'e']);
    expect(found[0]?.priority).toBe(1);
    expect(new Set(found.slice(1).map((g) => g.priority))).toEqual(new Set([1 - 13 / 14]));
    expect(found[1]?.priority).toBeCloseTo(1 / 14, 15);
  });
});

describe('gap degree (allCount) from the OPERATES_IN degree less the unconfident edges', () => {
  const executor = testExecutor();
  const scope = testScope('gaps-degree');
  const fx = chainFixture(scope);
  const ref = new ChainReference(fx);
  const key = (id: string) => id.slice(scope.prefix.length + 1);
  const specialisation = (found: Awaited<ReturnType<typeof gaps>>, segment: string) =>
    found.find((g) => key(g.segment.id) === segment)?.factors.find((f) => f.factor === 'specialisation')?.value;
  beforeAll(async () => {
    await writeChainFixture(executor, fx);
    // Two firms abroad in d (not local anywhere but WORLD): one attached at 0.2, one with no confidence (counts as 1).
    await executor.writeTx('test', async (tx) => {
      await tx.run(
        `MATCH (s:Segment {id: $segment})
         UNWIND [[$low, 0.2], [$none, null]] AS firm
         CREATE (c:Company {id: firm[0], name: firm[0], size: 'small', chainLeader: false, country: '德国',
                            synthetic: true})-[:OPERATES_IN {source: 'inferred', confidence: firm[1]}]->(s)`,
        { segment: fx.id('d'), low: scope.id('x-low'), none: scope.id('x-none') },
      );
      await refreshOperationLocality(tx, [scope.id('x-low'), scope.id('x-none')]);
    });
  });
  afterAll(() => scope.cleanup(executor));

  it('leaves the edge below minConfidence out and counts the one without a confidence', async () => {
    const withNone = await gaps(executor, fx.industryId, 'JINSHAN');
    const withBoth = await gaps(executor, fx.industryId, 'JINSHAN', { minConfidence: 0 });
    // At JINSHAN d has 1 of N = 7 local firms; all pairs 13 in the fixture, + x-none (15 with x-low too):
    // LQ (1/7)/(3/14) = 2/3 → 1/3 at the default, (1/7)/(4/15) = 15/28 → 13/28 at 0.
    expect(specialisation(withNone, 'd')).toBeCloseTo(1 / 3, 12);
    expect(specialisation(withBoth, 'd')).toBeCloseTo(13 / 28, 12);
    // The fixture alone (the reference) has d at 13/14 → 1/14: both extra firms moved it.
    const expected = ref.gaps('JINSHAN', DEFAULT_GAP_WEIGHTS).find((g) => g.segment === 'd');
    expect(expected?.values.specialisation).toBeCloseTo(1 / 14, 12);
  });
});

describe('gaps leave out attachments below minConfidence, a firm in a shared leaf counted once', () => {
  const executor = testExecutor();
  const scope = testScope('gaps-low-confidence');
  const base = crosswalkFixture(scope, true);
  const abroad = { province: '巴伐利亚州', district: null, country: '德国', chainLeader: false };
  const jinshan = { province: '上海市', district: '金山区', country: '中国', chainLeader: false };
  // Attached at confidence 0.2 (counted only below it): F1 (abroad) to the shared c, F2 (abroad, attached to x, c's
  // equivalent, at 1) to c as well, F3 (金山区) to d, F4 (金山区) to x: degrees, local counts, N and the pull move.
  const firms = [
    { key: 'F1', ...abroad, segments: [] as string[], low: 'c' },
    { key: 'F2', ...abroad, segments: ['x'], low: 'c' },
    { key: 'F3', ...jinshan, segments: [] as string[], low: 'd' },
    { key: 'F4', ...jinshan, segments: [] as string[], low: 'x' },
  ];
  const stored = { ...base, companies: [...base.companies, ...firms.map(({ low: _, ...f }) => f)] };
  const lowered = {
    ...base,
    companies: [...base.companies, ...firms.map(({ low, ...f }) => ({ ...f, segments: [...f.segments, low] }))],
  };
  const key = (id: string) => id.slice(scope.prefix.length + 1);
  beforeAll(async () => {
    await writeChainFixture(executor, stored);
    await executor.writeTx('test', async (tx) => {
      await tx.run(
        `UNWIND $rows AS row MATCH (f:Company {id: row.firm}), (s:Segment {id: row.segment})
         CREATE (f)-[:OPERATES_IN {source: 'inferred', confidence: 0.2}]->(s)`,
        { rows: firms.map((f) => ({ firm: stored.id(f.key), segment: stored.id(f.low) })) },
      );
      await refreshOperationLocality(
        tx,
        firms.map((f) => stored.id(f.key)),
      );
    });
  });
  afterAll(() => scope.cleanup(executor));

  const priorities = (found: Awaited<ReturnType<typeof gaps>>) =>
    found.map((g) => [key(g.segment.id), g.status, Number(g.priority.toFixed(12))]);
  const expected = (fx: typeof base) =>
    new ChainReference(fx)
      .gaps('JINSHAN', DEFAULT_GAP_WEIGHTS)
      .map((g) => [g.segment, g.status, Number(g.priority.toFixed(12))]);

  it('at the default minConfidence, as if the 0.2 attachments were absent', async () => {
    expect(priorities(await gaps(executor, base.industryId, 'JINSHAN'))).toEqual(expected(stored));
  });

  it('at minConfidence 0, with every 0.2 attachment and F2 once in the group', async () => {
    const found = priorities(await gaps(executor, base.industryId, 'JINSHAN', { minConfidence: 0 }));
    expect(found).toEqual(expected(lowered));
    expect(found).not.toEqual(expected(stored));
  });
});
