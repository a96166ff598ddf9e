import { capabilityRowSchema, companyRowSchema, usccCheckChar } from '@atlas/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture, writeChainFixture } from '../../../../test/helpers/chain-fixture';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { upsertCapabilities, upsertCompanies } from '../load/enterprises';
import { chainDiffFor } from './chain-diff';
import { liveSnapshotContent } from './live-content';
import { createSnapshots, listSnapshots, newestSnapshotAt, SnapshotNotFoundError, snapshotById } from './store';

// USCCs with a valid check character, one per imported firm (the importers' own validation runs on these rows).
const USCCS = ['91310116MA1JH1Y72', '91310116MA1JH1Y80', '91310116MA1JH1Y99'].map((c) => c + usccCheckChar(c));

describe('snapshots and chainDiff (issue #18 item 1) on the hand-made chain', () => {
  const executor = testExecutor();
  const scope = testScope('snapshots');
  const fx = chainFixture(scope);
  const key = (id: string) => id.slice(scope.prefix.length + 1);
  beforeAll(() => writeChainFixture(executor, fx));
  afterAll(() => scope.cleanup(executor));

  /** What an import of register firms writes: three 金山 firms that make segment c (MISSING at JINSHAN). */
  async function importFirmsIntoC(count: number) {
    const companies = USCCS.slice(0, count).map((uscc, i) =>
      companyRowSchema.parse({
        id: scope.id(`N${i + 1}`),
        uscc,
        name: `新入驻${i + 1}`,
        size: 'small',
        province: '上海市',
        city: '上海市',
        district: '金山区',
      }),
    );
    const capabilities = companies.map((c) =>
      capabilityRowSchema.parse({ companyId: c.id, segmentId: fx.id('c'), source: 'registry' }),
    );
    await executor.writeTx('test-import', async (tx) => {
      await upsertCompanies(tx, companies);
      await upsertCapabilities(tx, capabilities);
    });
  }

  it('reads the chain as the analytics do: statuses, KPIs, gaps and the local firms per leaf', async () => {
    const content = await liveSnapshotContent(executor, fx.industryId, 'JINSHAN');
    expect(content.segments.map((s) => [key(s.id), s.status, s.localCount, s.firmIds.map(key)])).toEqual([
      ['a', 'STRONG', 3, ['J1', 'J2', 'J3']],
      ['b', 'WEAK', 1, ['J4']],
      ['c', 'MISSING', 0, []],
      ['d', 'WEAK', 1, ['J5']],
      ['e', 'WEAK', 2, ['J6', 'LJ']],
    ]);
    // 4 of 5 leaves present; key links c (5, MISSING) and d (3) → 3/8; the gap list of gaps.int.test.ts.
    expect(content.kpis).toMatchObject({ coverage: 0.8, keyLinkCoverage: 3 / 8, missing: 1, weak: 3, strong: 1 });
    expect(content.gaps.map((g) => [key(g.segmentId), g.status, Number(g.priority.toFixed(4))])).toEqual([
      ['c', 'MISSING', 0.7487],
      ['d', 'WEAK', 0.3828],
      ['b', 'WEAK', 0.174],
      ['e', 'WEAK', 0.0907],
    ]);
    // Local: J1..J6 and LJ; all firms in the industry's segments: 13 (XL operates nowhere).
    expect(content.firmCounts).toEqual({ local: 7, all: 13 });
    expect(content.localFirms.find((f) => key(f.id) === 'J1')?.name).toBe('示例J1');
  });

  it('snapshot → import firms into the MISSING segment → snapshot: the diff names it MISSING → STRONG', async () => {
    const first = await createSnapshots(executor, {
      industryIds: [fx.industryId],
      radii: ['JINSHAN', 'YRD'],
      label: '2026Q3',
    });
    expect(first.created.map((s) => [s.radius, s.label])).toEqual([
      ['JINSHAN', '2026Q3'],
      ['YRD', '2026Q3'],
    ]);
    const before = first.created[0];
    if (!before) throw new Error('no snapshot');
    expect(before.kpis.coverage).toBe(0.8);

    await importFirmsIntoC(3);

    // Against the live graph first (to = null): the change shows before any second snapshot.
    const live = await chainDiffFor(executor, fx.industryId, before.id, null);
    expect(live.to).toBeNull();
    expect(live.segments.map((s) => [key(s.segmentId), s.from, s.to, s.fromCount, s.toCount])).toEqual([
      ['c', 'MISSING', 'STRONG', 0, 3],
    ]);

    const second = await createSnapshots(executor, {
      industryIds: [fx.industryId],
      radii: ['JINSHAN'],
      label: '2026Q4',
    });
    const after = second.created[0];
    if (!after) throw new Error('no snapshot');
    const diff = await chainDiffFor(executor, fx.industryId, before.id, after.id);
    expect(diff.from.id).toBe(before.id);
    expect(diff.to?.label).toBe('2026Q4');
    expect(diff.segments.map((s) => [key(s.segmentId), s.from, s.to, s.fromCount, s.toCount])).toEqual([
      ['c', 'MISSING', 'STRONG', 0, 3],
    ]);
    // c leaves the gap list: closed at the priority it had.
    expect(diff.gapsClosed.map((g) => [key(g.segmentId), g.status, Number(g.priority.toFixed(4))])).toEqual([
      ['c', 'MISSING', 0.7487],
    ]);
    expect(diff.gapsOpened).toEqual([]);
    const delta = Object.fromEntries(diff.kpis.map((k) => [k.kpi, k.delta]));
    // Coverage 4/5 → 5/5; key-link coverage 3/8 → 8/8; one MISSING became one STRONG.
    expect(delta.coverage).toBeCloseTo(0.2, 12);
    expect(delta.keyLinkCoverage).toBeCloseTo(5 / 8, 12);
    expect([delta.missing, delta.weak, delta.strong, delta.segments]).toEqual([-1, 0, 1, 0]);
    expect(diff.firmsArrived.count).toBe(3);
    expect(diff.firmsArrived.firms.map((f) => [key(f.id), f.name])).toEqual([
      ['N1', '新入驻1'],
      ['N2', '新入驻2'],
      ['N3', '新入驻3'],
    ]);
    expect(diff.firmsLeft).toEqual({ count: 0, firms: [], known: true });
    expect(diff.firmCounts).toEqual({ from: { local: 7, all: 13 }, to: { local: 10, all: 16 } });
  });

  it('takes the member of a set at another radius, and lists snapshots oldest first', async () => {
    const list = await listSnapshots(executor, fx.industryId);
    expect(list.map((s) => [s.label, s.radius])).toEqual([
      ['2026Q3', 'JINSHAN'],
      ['2026Q3', 'YRD'],
      ['2026Q4', 'JINSHAN'],
    ]);
    const [jinshan] = list;
    if (!jinshan) throw new Error('no snapshot');
    // At YRD c already had K1 (江苏): WEAK → STRONG with the three new firms.
    const yrd = await chainDiffFor(executor, fx.industryId, jinshan.id, null, 'YRD');
    expect(yrd.from.radius).toBe('YRD');
    expect(yrd.segments.map((s) => [key(s.segmentId), s.from, s.to, s.fromCount, s.toCount])).toEqual([
      ['c', 'WEAK', 'STRONG', 1, 4],
    ]);
    expect((await listSnapshots(executor, fx.industryId, 'YRD')).map((s) => s.radius)).toEqual(['YRD']);
    expect((await newestSnapshotAt(executor))?.getTime()).toBeGreaterThanOrEqual(new Date(jinshan.createdAt).getTime());
  });

  it('refuses unknown snapshots, another industry’s, and a radius the set lacks', async () => {
    const [jinshan] = await listSnapshots(executor, fx.industryId, 'JINSHAN');
    if (!jinshan) throw new Error('no snapshot');
    await expect(chainDiffFor(executor, fx.industryId, scope.id('nope'), null)).rejects.toThrow(SnapshotNotFoundError);
    await expect(snapshotById(executor, 'icv', jinshan.id)).rejects.toThrow(`no snapshot ${jinshan.id} of icv`);
    await expect(chainDiffFor(executor, fx.industryId, jinshan.id, null, 'WORLD')).rejects.toThrow(/no WORLD snapshot/);
    await expect(createSnapshots(executor, { industryIds: [scope.id('none')] })).rejects.toThrow(/no industry/);
    await expect(createSnapshots(executor, { industryIds: [fx.industryId], label: ' ' })).rejects.toThrow(
      'label must be 1..60 characters',
    );
  });

  it('skips an industry with a snapshot newer than the schedule allows (a second replica is a no-op)', async () => {
    const since = new Date(Date.now() - 60_000);
    const skipped = await createSnapshots(executor, {
      industryIds: [fx.industryId],
      radii: ['JINSHAN'],
      skipIfNewerThan: since,
    });
    expect(skipped).toEqual({ created: [], skipped: [fx.industryId] });
    expect(await listSnapshots(executor, fx.industryId)).toHaveLength(3);
  });
});
