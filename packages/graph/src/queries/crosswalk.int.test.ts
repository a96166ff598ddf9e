import { DEFAULT_GAP_WEIGHTS, RADII } from '@atlas/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeChainFixture } from '../../../../test/helpers/chain-fixture';
import { ChainReference } from '../../../../test/helpers/chain-reference';
import { crosswalkFixture } from '../../../../test/helpers/crosswalk-fixture';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { chainMap } from './chain-map';
import { gaps } from './gaps';
import { industryKpisByIds } from './kpis';
import { leafPresenceTx } from './leaf-presence';
import type { Scenario } from './scenario';
import { chainSegmentsByIds, chainSegmentsTx } from './segment-status';
import { supportRate } from './support-rate';
import { whatIf } from './what-if';

/**
 * The crosswalk in the analytics (docs/analytics.md, "the crosswalk"): two industries where groups join c ~ x and
 * b ~ y (test/helpers/crosswalk-fixture.ts), written twice — with the groups and without them — so every number is
 * compared with the in-memory reading both ways, and the hand-computed ones show what the crosswalk changes.
 */
describe('the crosswalk: a firm counted once where industries share a segment', () => {
  const executor = testExecutor();
  const withScope = testScope('crosswalk');
  const withoutScope = testScope('no-crosswalk');
  const cases = [
    { name: 'with the crosswalk', scope: withScope, fx: crosswalkFixture(withScope, true) },
    { name: 'without it', scope: withoutScope, fx: crosswalkFixture(withoutScope, false) },
  ].map((c) => ({ ...c, ref: new ChainReference(c.fx), key: (id: string) => id.slice(c.scope.prefix.length + 1) }));
  const [shared, plain] = cases as [(typeof cases)[0], (typeof cases)[0]];
  beforeAll(async () => {
    for (const c of cases) await writeChainFixture(executor, c.fx);
  });
  afterAll(async () => {
    for (const c of cases) await c.scope.cleanup(executor);
  });

  const eachCaseAndRadius = cases.flatMap((c) => RADII.map((radius) => [c.name, radius, c] as const));

  it.each(eachCaseAndRadius)('%s, leaf and parent status at %s equal the in-memory reading', async (_, radius, c) => {
    const { segments } = await chainMap(executor, c.fx.industryId, radius);
    expect(segments.map((s) => c.key(s.id))).toEqual(['P', 'a', 'b', 'c', 'd', 'e']);
    for (const s of segments.filter((s) => s.leaf))
      expect([c.key(s.id), s.localCount, s.status]).toEqual([
        c.key(s.id),
        c.ref.localCount(c.key(s.id), radius),
        c.ref.status(c.key(s.id), radius),
      ]);
    const parent = segments.find((s) => c.key(s.id) === 'P');
    expect({ status: parent?.status, localCount: parent?.localCount }).toEqual(c.ref.parentView('P', radius));
    // The DataLoader path (segments by id) expands the equivalents instead of reading the index: same answer.
    const byId = await chainSegmentsByIds(
      executor,
      segments.map((s) => s.id),
      radius,
    );
    expect(byId.map((s) => [s.id, s.status, s.localCount])).toEqual(
      segments.map((s) => [s.id, s.status, s.localCount]),
    );
  });

  it('turns c MISSING → WEAK and b WEAK → STRONG at JINSHAN, counting J4 (in b and y) once', async () => {
    const view = async (c: typeof shared) =>
      Object.fromEntries(
        (await chainMap(executor, c.fx.industryId, 'JINSHAN')).segments.map((s) => [
          c.key(s.id),
          `${s.status} ${s.localCount}`,
        ]),
      );
    // c ~ x: JX (金山区) makes x, so c has a local maker. b ~ y: J4 (b and y), JY1, JY2 → 3 firms, not 4.
    // P: J1 J2 J3 (a) + J4 JY1 JY2 (b) = 6. z (JZ) is in no group and changes nothing.
    expect(await view(shared)).toEqual({
      P: 'STRONG 6',
      a: 'STRONG 3',
      b: 'STRONG 3',
      c: 'WEAK 1',
      d: 'WEAK 1',
      e: 'WEAK 2',
    });
    expect(await view(plain)).toEqual({
      P: 'WEAK 4',
      a: 'STRONG 3',
      b: 'WEAK 1',
      c: 'MISSING 0',
      d: 'WEAK 1',
      e: 'WEAK 2',
    });
    // In the YRD, K1 (江苏省) operates in both c and x: c has K1 and JX, two firms, not three.
    const [c] = await chainSegmentsByIds(executor, [shared.fx.id('c')], 'YRD');
    expect([c?.status, c?.localCount]).toEqual(['WEAK', 2]);
  });

  it.each(eachCaseAndRadius)('%s, supporting rate at %s equals the in-memory reading', async (_, radius, c) => {
    const report = await supportRate(executor, c.fx.industryId, radius);
    const expected = c.ref.supportRate(radius);
    expect(report.byValue).toBeCloseTo(expected.byValue ?? Number.NaN, 12);
    expect(report.perLeader.map((l) => c.key(l.company.id))).toEqual([...expected.perLeader.keys()]);
    for (const leader of report.perLeader) {
      const rate = expected.perLeader.get(c.key(leader.company.id));
      if (rate === null) expect(leader.rate).toBeNull();
      else expect(leader.rate).toBeCloseTo(rate ?? Number.NaN, 12);
    }
    expect(report.coverage).toBeCloseTo(c.ref.coverage(radius), 12);
    expect(report.keyLinkCoverage).toBeCloseTo(c.ref.keyLinkCoverage(radius), 12);
  });

  it.each(eachCaseAndRadius)('%s, leaf presence at %s is "not MISSING", under scenarios too', async (_, radius, c) => {
    // Coverage reads presence (leaf-presence.ts) where the statuses count firms: the two must agree on every leaf,
    // with attracted and removed firms and with a confidence floor that drops attachments.
    const scenarios: Scenario[] = [
      {},
      { attract: [c.fx.id('K1'), c.fx.id('W1')] },
      { remove: [c.fx.id('JX'), c.fx.id('J1'), c.fx.id('J4')] },
      { attract: [c.fx.id('K1')], remove: [c.fx.id('J4')] },
      // Every attachment here is at confidence 1: a floor above it drops them all, so every leaf is MISSING.
      { minConfidence: 1.5 },
    ];
    const agree = async (scenario: Scenario) => {
      const [presence, statuses] = await executor.readTx('test', async (tx) => [
        await leafPresenceTx(tx, [c.fx.industryId], radius, scenario),
        await chainSegmentsTx(tx, [c.fx.industryId], radius, { leavesOnly: true, scenario }),
      ]);
      expect(presence.map((leaf) => [leaf.id, leaf.present, leaf.keyLink?.criticality ?? null])).toEqual(
        statuses.map((leaf) => [leaf.id, leaf.status !== 'MISSING', leaf.keyLink?.criticality ?? null]),
      );
      return statuses.reduce((sum, leaf) => sum + leaf.localCount, 0);
    };
    for (const scenario of scenarios) await agree(scenario);
    // Some attachments below the floor, others not: J1's (in a) and J4's (in b beside other firms, and in the shared
    // y) at 0.3, so the default floor (0.5) drops some local firms (fewer counted at JINSHAN) and keeps the rest, and
    // 0.2 keeps them all; presence must follow the counts either way.
    const lowered = `MATCH (x:Company)-[o:OPERATES_IN]->() WHERE x.id IN $ids SET o.confidence = $confidence`;
    const ids = [c.fx.id('J1'), c.fx.id('J4')];
    await executor.write('test', lowered, { ids, confidence: 0.3 });
    try {
      const kept = await agree({ minConfidence: 0.2 });
      const floored = await agree({});
      if (radius === 'JINSHAN') expect(floored).toBeLessThan(kept);
    } finally {
      await executor.write('test', lowered, { ids, confidence: 1 });
    }
  });

  it('moves the supporting rate at JINSHAN from 250/1000 to 400/1150, the purchase filed twice counted once', async () => {
    // LJ adds JX→LJ x 100 (local): chargers filed under the other industry's id are still LJ's input. K1→LJ x 200
    // is the same purchase as K1→LJ c 200 (one group): one flow of 200. JZ→LJ z 500: z is no equivalent, left out.
    // LS: J4→LS b 100 and y 80 are one flow of 100 (local); JY1→LS y 50 (local) is new.
    // LJ 250 / 600, LS 150 / 550, LN none → (250 + 150) / (600 + 550) = 8/23.
    const report = await supportRate(executor, shared.fx.industryId, 'JINSHAN');
    expect(report.byValue).toBeCloseTo(400 / 1150, 12);
    expect(report.perLeader.map((l) => [shared.key(l.company.id), l.localValue, l.totalValue])).toEqual([
      ['LJ', 250, 600],
      ['LN', 0, 0],
      ['LS', 150, 550],
    ]);
    expect(report).toMatchObject({ coverage: 1, keyLinkCoverage: 1 });
    const without = await supportRate(executor, plain.fx.industryId, 'JINSHAN');
    expect(without).toMatchObject({ byValue: 0.25, coverage: 0.8, keyLinkCoverage: 0.375 });
    const kpis = await industryKpisByIds(executor, [shared.fx.industryId, plain.fx.industryId], 'JINSHAN');
    expect(kpis.get(shared.fx.industryId)).toMatchObject({ missing: 0, weak: 3, strong: 2, coverage: 1 });
    expect(kpis.get(shared.fx.industryId)?.localSupportRate).toBeCloseTo(8 / 23, 12);
    expect(kpis.get(plain.fx.industryId)).toMatchObject({ missing: 1, weak: 3, strong: 1, localSupportRate: 0.25 });
  });

  it.each(eachCaseAndRadius)('%s, gap priorities at %s equal the in-memory reading', async (_, radius, c) => {
    const found = await gaps(executor, c.fx.industryId, radius);
    const expected = c.ref.gaps(radius, DEFAULT_GAP_WEIGHTS);
    expect(found.map((g) => c.key(g.segment.id))).toEqual(expected.map((g) => g.segment));
    for (const [i, gap] of found.entries()) {
      expect(gap.status).toBe(expected[i]?.status);
      for (const f of gap.factors)
        expect(f.value).toBeCloseTo(
          expected[i]?.values[f.factor as keyof typeof DEFAULT_GAP_WEIGHTS] ?? Number.NaN,
          12,
        );
    }
  });

  it('what-if: removing the equivalent segment’s maker reopens the gap; attracting one closes it', async () => {
    const id = shared.fx.id;
    const removed = await whatIf(executor, shared.fx.industryId, 'JINSHAN', { remove: [id('JX')] });
    expect(removed.openedGaps).toEqual([id('c')]);
    expect(removed.after.coverage).toBeCloseTo(shared.ref.coverage('JINSHAN', { remove: ['JX'] }), 12);
    expect(removed.after.byValue).toBeCloseTo(shared.ref.supportRate('JINSHAN', { remove: ['JX'] }).byValue ?? 0, 12);
    // Without the crosswalk, c is MISSING; attracting K1 (c and x) closes it, and K1 counts once.
    const attracted = await whatIf(executor, plain.fx.industryId, 'JINSHAN', { attract: [plain.fx.id('K1')] });
    expect(attracted.closedGaps).toEqual([plain.fx.id('c')]);
    const [c] = (
      await chainMap(executor, shared.fx.industryId, 'JINSHAN', { scenario: { attract: [id('K1')] } })
    ).segments.filter((s) => shared.key(s.id) === 'c');
    expect([c?.localCount, shared.ref.localCount('c', 'JINSHAN', { attract: ['K1'] })]).toEqual([2, 2]);
  });
});
