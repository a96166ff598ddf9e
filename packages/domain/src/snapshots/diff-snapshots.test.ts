import { describe, expect, it } from 'vitest';
import type { IndustryKpis } from '../analytics/coverage';
import { diffSnapshots } from './diff-snapshots';
import { parseSnapshotEvery } from './schedule';
import { parseSnapshotContent, SNAPSHOT_CONTENT_VERSION, type SnapshotContent } from './snapshot-content';

const kpis = (over: Partial<IndustryKpis>): IndustryKpis => ({
  coverage: 0.5,
  keyLinkCoverage: 0.25,
  localSupportRate: 0.1,
  segments: 4,
  missing: 2,
  weak: 1,
  strong: 1,
  ...over,
});

const segment = (id: string, status: 'MISSING' | 'WEAK' | 'STRONG', firmIds: string[]) => ({
  id,
  name: `段${id}`,
  nameEn: `Segment ${id}`,
  tier: 'midstream',
  status,
  localCount: firmIds.length,
  firmIds,
});

function content(over: Partial<SnapshotContent>): SnapshotContent {
  return {
    version: SNAPSHOT_CONTENT_VERSION,
    industryId: 'x',
    radius: 'JINSHAN',
    threshold: 3,
    minConfidence: 0.5,
    kpis: kpis({}),
    segments: [],
    gaps: [],
    firmCounts: { local: 0, all: 0 },
    localFirms: [],
    firmsTruncated: false,
    ...over,
  };
}

// Before: a STRONG (f1 f2 f3), b WEAK (f4), c MISSING, d MISSING; after: c gained f5 (WEAK), d gained f6 f7 f8
// (STRONG), f4 left b (now MISSING), and segment e is new in the definition.
const before = content({
  kpis: kpis({}),
  segments: [
    segment('a', 'STRONG', ['f1', 'f2', 'f3']),
    segment('b', 'WEAK', ['f4']),
    segment('c', 'MISSING', []),
    segment('d', 'MISSING', []),
  ],
  gaps: [
    { segmentId: 'c', status: 'MISSING', priority: 0.7 },
    { segmentId: 'd', status: 'MISSING', priority: 0.4 },
    { segmentId: 'b', status: 'WEAK', priority: 0.2 },
  ],
  firmCounts: { local: 4, all: 9 },
  localFirms: ['f1', 'f2', 'f3', 'f4'].map((id) => ({ id, name: `企业${id}` })),
});
const after = content({
  kpis: kpis({
    coverage: 0.6,
    keyLinkCoverage: 1,
    localSupportRate: null,
    segments: 5,
    missing: 2,
    weak: 1,
    strong: 2,
  }),
  segments: [
    segment('a', 'STRONG', ['f1', 'f2', 'f3']),
    segment('b', 'MISSING', []),
    segment('c', 'WEAK', ['f5']),
    segment('d', 'STRONG', ['f6', 'f7', 'f8']),
    segment('e', 'MISSING', []),
  ],
  gaps: [
    { segmentId: 'b', status: 'MISSING', priority: 0.3 },
    { segmentId: 'e', status: 'MISSING', priority: 0.5 },
    { segmentId: 'c', status: 'WEAK', priority: 0.6 },
  ],
  firmCounts: { local: 7, all: 12 },
  localFirms: ['f1', 'f2', 'f3', 'f5', 'f6', 'f7', 'f8'].map((id) => ({ id, name: `企业${id}` })),
});

describe('diffSnapshots', () => {
  const diff = diffSnapshots(before, after);

  it('lists the leaves whose status changed, with both local counts, in id order', () => {
    expect(diff.segments.map((s) => [s.segmentId, s.from, s.to, s.fromCount, s.toCount])).toEqual([
      ['b', 'WEAK', 'MISSING', 1, 0],
      ['c', 'MISSING', 'WEAK', 0, 1],
      ['d', 'MISSING', 'STRONG', 0, 3],
      ['e', null, 'MISSING', 0, 0],
    ]);
    expect(diff.segments[1]).toMatchObject({ name: '段c', nameEn: 'Segment c', tier: 'midstream' });
  });

  it('closes gaps that left the list (priority then) and opens new ones (priority now), highest first', () => {
    // b and c stay gaps (their status changes are in `segments`); d closed; e, new in the definition, opened.
    expect(diff.gapsClosed.map((g) => [g.segmentId, g.status, g.priority])).toEqual([['d', 'MISSING', 0.4]]);
    expect(diff.gapsOpened.map((g) => [g.segmentId, g.status, g.priority])).toEqual([['e', 'MISSING', 0.5]]);
    const reopened = diffSnapshots(after, before);
    expect(reopened.gapsOpened.map((g) => [g.segmentId, g.priority])).toEqual([['d', 0.4]]);
    expect(reopened.gapsClosed.map((g) => [g.segmentId, g.priority])).toEqual([['e', 0.5]]);
    expect(reopened.gapsClosed[0]?.name).toBe('段e');
  });

  it('gives every KPI its delta, null when a side has no value', () => {
    const byKpi = Object.fromEntries(diff.kpis.map((k) => [k.kpi, k]));
    expect(diff.kpis.map((k) => k.kpi)).toEqual([
      'coverage',
      'keyLinkCoverage',
      'localSupportRate',
      'segments',
      'missing',
      'weak',
      'strong',
    ]);
    expect(byKpi.coverage?.delta).toBeCloseTo(0.1, 12);
    expect(byKpi.keyLinkCoverage).toEqual({ kpi: 'keyLinkCoverage', from: 0.25, to: 1, delta: 0.75 });
    expect(byKpi.localSupportRate).toEqual({ kpi: 'localSupportRate', from: 0.1, to: null, delta: null });
    expect(byKpi.strong?.delta).toBe(1);
    expect(byKpi.missing?.delta).toBe(0);
  });

  it('names the firms that arrived and left, capped with the full count', () => {
    expect(diff.firmsArrived).toEqual({
      count: 4,
      firms: ['f5', 'f6', 'f7', 'f8'].map((id) => ({ id, name: `企业${id}` })),
      known: true,
    });
    expect(diff.firmsLeft).toEqual({ count: 1, firms: [{ id: 'f4', name: '企业f4' }], known: true });
    const capped = diffSnapshots(before, after, 2);
    expect(capped.firmsArrived.count).toBe(4);
    expect(capped.firmsArrived.firms.map((f) => f.id)).toEqual(['f5', 'f6']);
    expect(diff.firmCounts).toEqual({ from: { local: 4, all: 9 }, to: { local: 7, all: 12 } });
  });

  it('says firm changes are unknown when either side kept counts only', () => {
    const truncated = diffSnapshots({ ...before, firmsTruncated: true, localFirms: [] }, after);
    expect(truncated.firmsArrived).toEqual({ count: 0, firms: [], known: false });
    expect(truncated.firmsLeft.known).toBe(false);
  });

  it('finds nothing between a snapshot and itself', () => {
    const same = diffSnapshots(after, after);
    expect([same.segments, same.gapsClosed, same.gapsOpened]).toEqual([[], [], []]);
    expect(same.kpis.every((k) => k.delta === 0 || k.delta === null)).toBe(true);
    expect([same.firmsArrived.count, same.firmsLeft.count]).toEqual([0, 0]);
  });

  it('refuses to compare different industries or radii', () => {
    expect(() => diffSnapshots(before, { ...after, industryId: 'y' })).toThrow(/industry x with industry y/);
    expect(() => diffSnapshots(before, { ...after, radius: 'YRD' })).toThrow(/radius JINSHAN with radius YRD/);
  });
});

describe('parseSnapshotContent', () => {
  it('reads what was stored and refuses other versions or broken JSON, naming the snapshot', () => {
    expect(parseSnapshotContent('s1', JSON.stringify(after))).toEqual(after);
    expect(() => parseSnapshotContent('s1', '{')).toThrow('snapshot s1: content is not JSON');
    expect(() => parseSnapshotContent('s2', JSON.stringify({ ...after, version: 99 }))).toThrow(
      'snapshot s2: content version 99 is not 1',
    );
    const { gaps: _gaps, ...withoutGaps } = after;
    expect(() => parseSnapshotContent('s3', JSON.stringify(withoutGaps))).toThrow('snapshot s3: content lacks gaps');
  });
});

describe('parseSnapshotEvery', () => {
  it('reads days, hours and off', () => {
    expect(parseSnapshotEvery('30d')).toBe(30 * 24 * 3600 * 1000);
    expect(parseSnapshotEvery(' 7D ')).toBe(7 * 24 * 3600 * 1000);
    expect(parseSnapshotEvery('12h')).toBe(12 * 3600 * 1000);
    expect(parseSnapshotEvery('off')).toBeNull();
  });

  it.each(['', '0d', '30', 'monthly', '1.5d', '-1d', '10m'])('refuses %j with a message', (text) => {
    expect(parseSnapshotEvery(text)).toMatch(/^ATLAS_SNAPSHOT_EVERY ".*" must be/);
  });
});
