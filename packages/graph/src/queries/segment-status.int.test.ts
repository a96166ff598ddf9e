import { RADII } from '@atlas/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture, writeChainFixture } from '../../../../test/helpers/chain-fixture';
import { ChainReference } from '../../../../test/helpers/chain-reference';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { chainMap } from './chain-map';
import { keyLinksOfIndustry, roadmapOfIndustry } from './chain-structure';
import { industryKpisByIds } from './kpis';
import { chainSegmentsByIds } from './segment-status';
import { supportRate } from './support-rate';

describe('segment status, coverage and the chain map (docs/design.md §4.1–4.2) in Cypher', () => {
  const executor = testExecutor();
  const scope = testScope('segment-status');
  const fx = chainFixture(scope);
  const ref = new ChainReference(fx);
  const key = (id: string) => id.slice(scope.prefix.length + 1);
  beforeAll(() => writeChainFixture(executor, fx));
  afterAll(() => scope.cleanup(executor));

  it.each(RADII)('every leaf status and local count at %s equals the in-memory reading', async (radius) => {
    const { segments } = await chainMap(executor, fx.industryId, radius);
    const leaves = segments.filter((s) => s.leaf);
    expect(leaves.map((s) => key(s.id))).toEqual(ref.leaves().sort());
    for (const s of leaves) {
      expect({ id: s.id, n: s.localCount, status: s.status }).toEqual({
        id: s.id,
        n: ref.localCount(key(s.id), radius),
        status: ref.status(key(s.id), radius),
      });
    }
    const parent = segments.find((s) => key(s.id) === 'P');
    expect({ status: parent?.status, localCount: parent?.localCount }).toEqual(ref.parentView('P', radius));
  });

  it('matches the hand count at JINSHAN: a STRONG 3, b WEAK 1, c MISSING 0, d WEAK 1, e WEAK 2; P WEAK 4', async () => {
    const { segments, flows } = await chainMap(executor, fx.industryId, 'JINSHAN');
    const view = Object.fromEntries(segments.map((s) => [key(s.id), `${s.status} ${s.localCount}`]));
    // P aggregates a (J1 J2 J3) and b (J4): 4 distinct local firms; its weakest child b is WEAK.
    expect(view).toEqual({ P: 'WEAK 4', a: 'STRONG 3', b: 'WEAK 1', c: 'MISSING 0', d: 'WEAK 1', e: 'WEAK 2' });
    expect(segments.find((s) => key(s.id) === 'a')?.parentId).toBe(fx.id('P'));
    expect(segments.find((s) => key(s.id) === 'c')?.keyLink).toMatchObject({ id: fx.id('k-c'), criticality: 5 });
    expect(flows.map((f) => `${key(f.from)}>${key(f.to)}`)).toEqual(['a>c', 'b>c', 'b>d', 'c>e', 'd>e']);
  });

  it('takes the STRONG threshold as a parameter', async () => {
    const two = await chainMap(executor, fx.industryId, 'JINSHAN', { threshold: 2 });
    // e has 2 local firms (LJ, J6): STRONG at threshold 2, WEAK at the default 3.
    expect(two.segments.find((s) => key(s.id) === 'e')?.status).toBe('STRONG');
    expect(two.segments.find((s) => key(s.id) === 'b')?.status).toBe('WEAK');
  });

  it.each(RADII)('coverage and key-link coverage at %s equal the in-memory reading', async (radius) => {
    const report = await supportRate(executor, fx.industryId, radius);
    expect(report.coverage).toBeCloseTo(ref.coverage(radius), 12);
    expect(report.keyLinkCoverage).toBeCloseTo(ref.keyLinkCoverage(radius), 12);
  });

  it('matches the hand-computed coverage: JINSHAN 4/5 and (0·5 + 1·3)/(5 + 3); YRD 1 and 1', async () => {
    const kpis = await industryKpisByIds(executor, [fx.industryId], 'JINSHAN');
    // Only c is MISSING at JINSHAN; the key link on c (criticality 5) is uncovered, the one on d (3) covered.
    expect(kpis.get(fx.industryId)).toMatchObject({ coverage: 0.8, keyLinkCoverage: 0.375, missing: 1, weak: 3 });
    expect(kpis.get(fx.industryId)?.localSupportRate).toBeCloseTo(0.25, 12);
    // K1 (江苏省) makes c WEAK inside the YRD, so nothing is missing there.
    const yrd = await industryKpisByIds(executor, [fx.industryId], 'YRD');
    expect(yrd.get(fx.industryId)).toMatchObject({ coverage: 1, keyLinkCoverage: 1, missing: 0 });
  });

  it('answers segments by id (for DataLoaders), leaves and parents alike', async () => {
    const found = await chainSegmentsByIds(executor, [fx.id('e'), fx.id('P'), fx.id('nope')], 'SHANGHAI');
    // At SHANGHAI: e has LJ, J6, LS = 3 (STRONG); P: a STRONG (3) and b WEAK (J4, S1) → WEAK, 5 distinct firms.
    expect(found.map((s) => [key(s.id), s.status, s.localCount])).toEqual([
      ['P', 'WEAK', 5],
      ['e', 'STRONG', 3],
    ]);
  });

  it('lists key links (most critical first) and the roadmap (by horizon) through the industry index', async () => {
    const links = await keyLinksOfIndustry(executor, fx.industryId);
    expect(links.map((k) => [key(k.id), key(k.segmentId), k.criticality])).toEqual([
      ['k-c', 'c', 5],
      ['k-d', 'd', 3],
    ]);
    const roadmap = await roadmapOfIndustry(executor, fx.industryId);
    expect(roadmap.map((t) => [key(t.id), t.horizon, t.segmentIds.map(key), t.precedes.map(key)])).toEqual([
      ['t1', 2027, ['c'], ['t2']],
      ['t2', 2030, ['c', 'e'], []],
    ]);
  });
});
