import { describe, expect, it } from 'vitest';
import { toChainSegment, weakestStatus } from './chain-segments';
import { coverageRate, coveredLeaf, industryKpis, keyLinkCoverage } from './coverage';
import { localSupportRate, valueShare } from './support-rate';
import { closedGaps, openedGaps, scenarioProblems, statusChanges } from './what-if';

describe('coverage (docs/design.md §4.2)', () => {
  const leaves = [
    { status: 'STRONG' as const, keyLink: null },
    { status: 'MISSING' as const, keyLink: { criticality: 5 } },
    { status: 'WEAK' as const, keyLink: { criticality: 3 } },
    { status: 'WEAK' as const, keyLink: null },
  ];

  it('is the share of leaves not MISSING, and the criticality-weighted share of key-link leaves', () => {
    const covered = leaves.map(coveredLeaf);
    expect(covered.map((leaf) => leaf.present)).toEqual([true, false, true, true]);
    expect(coverageRate(covered)).toBe(0.75);
    expect(keyLinkCoverage(covered)).toBe(3 / 8);
    expect([coverageRate([]), keyLinkCoverage([])]).toEqual([0, 0]);
  });

  it('feeds the KPI strip', () => {
    expect(industryKpis(leaves, null)).toEqual({
      coverage: 0.75,
      keyLinkCoverage: 0.375,
      localSupportRate: null,
      segments: 4,
      missing: 1,
      weak: 2,
      strong: 1,
    });
  });
});

describe('local supporting rate (docs/design.md §4.3)', () => {
  it('divides local by total value, null where there is nothing to divide', () => {
    const rate = localSupportRate([
      { leaderId: 'L1', localValue: 150, totalValue: 500, edges: 5 },
      { leaderId: 'L2', localValue: 100, totalValue: 500, edges: 3 },
      { leaderId: 'L3', localValue: 0, totalValue: 0, edges: 0 },
    ]);
    expect(rate).toEqual({
      byValue: 0.25,
      perLeader: [
        { leaderId: 'L1', rate: 0.3 },
        { leaderId: 'L2', rate: 0.2 },
        { leaderId: 'L3', rate: null },
      ],
    });
    expect([valueShare(0, 0), localSupportRate([]).byValue]).toEqual([null, null]);
  });
});

describe('segment status of parents', () => {
  const row = {
    id: 'p',
    industryId: 'i',
    name: 'P',
    nameEn: 'P',
    tier: 'upstream',
    parentId: null,
    keyLink: null,
  };

  it('takes the weakest leaf status, and keeps the distinct local count', () => {
    expect(weakestStatus(['STRONG', 'WEAK', 'STRONG'])).toBe('WEAK');
    expect(weakestStatus([])).toBe('MISSING');
    const parent = toChainSegment({
      ...row,
      leaf: false,
      localCount: 4,
      leafCounts: [
        { id: 'a', localCount: 3 },
        { id: 'b', localCount: 1 },
      ],
    });
    expect([parent.status, parent.localCount]).toEqual(['WEAK', 4]);
    const leaf = toChainSegment({ ...row, leaf: true, localCount: 2, leafCounts: [] }, 2);
    expect(leaf.status).toBe('STRONG');
    expect('leafCounts' in leaf).toBe(false);
  });
});

describe('what-if comparisons (docs/design.md §4.9)', () => {
  it('lists changes by id, gaps closed (MISSING → not) and opened (→ MISSING)', () => {
    const before = [
      { id: 'c', status: 'MISSING' as const, localCount: 0 },
      { id: 'd', status: 'WEAK' as const, localCount: 1 },
      { id: 'e', status: 'WEAK' as const, localCount: 2 },
    ];
    const after = [
      { id: 'c', status: 'WEAK' as const, localCount: 1 },
      { id: 'd', status: 'MISSING' as const, localCount: 0 },
      { id: 'e', status: 'WEAK' as const, localCount: 2 },
    ];
    const changes = statusChanges(before, after);
    expect(changes.map((c) => c.id)).toEqual(['c', 'd']);
    expect([closedGaps(changes), openedGaps(changes)]).toEqual([['c'], ['d']]);
  });

  it('refuses a firm that is both attracted and removed', () => {
    expect(scenarioProblems(['a', 'b'], ['b'])).toEqual(['companies both attracted and removed: b']);
    expect(scenarioProblems(['a'], [])).toEqual([]);
  });
});
