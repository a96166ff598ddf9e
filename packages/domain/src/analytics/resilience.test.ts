import { describe, expect, it } from 'vitest';
import { externalDependence, hhi, hhiBySegment, type PurchasePair, singleSourcePairs } from './resilience';

describe('resilience formulas (docs/design.md §4.8)', () => {
  it('HHI is Σ share² on the 0..1 scale, null without value', () => {
    expect(hhi([100])).toBe(1);
    expect(hhi([50, 100])).toBeCloseTo(5 / 9, 15);
    expect(hhi([25, 25, 25, 25])).toBe(0.25);
    expect(hhi([])).toBeNull();
    expect(hhi([0, 0])).toBeNull();
  });

  const pairs: PurchasePair[] = [
    {
      leaderId: 'L1',
      segmentId: 's',
      suppliers: [
        { id: 'A', value: 200 },
        { id: 'B', value: 100 },
      ],
    },
    { leaderId: 'L2', segmentId: 's', suppliers: [{ id: 'A', value: 100 }] },
    { leaderId: 'L2', segmentId: 't', suppliers: [{ id: 'C', value: 10 }] },
  ];

  it('sums a supplier over leaders before taking shares, per segment', () => {
    // s: A 300, B 100 → 9/16 + 1/16.
    expect(hhiBySegment(pairs)).toEqual([
      { segmentId: 's', hhi: 0.625, suppliers: 2, totalValue: 400 },
      { segmentId: 't', hhi: 1, suppliers: 1, totalValue: 10 },
    ]);
  });

  it('counts single sources, and under removals pairs left with at most one supplier', () => {
    expect(singleSourcePairs(pairs).map((p) => `${p.leaderId}|${p.segmentId}`)).toEqual(['L2|s', 'L2|t']);
    // Removing B makes L1|s single; removing C leaves L2|t unsupplied, which still counts.
    expect(singleSourcePairs(pairs, new Set(['B', 'C']))).toHaveLength(3);
    // Removing a leader removes its inputs.
    expect(singleSourcePairs(pairs, new Set(['L2']))).toHaveLength(0);
  });

  it('external dependence is 1 − the local supporting rate', () => {
    expect([externalDependence(0.25), externalDependence(null)]).toEqual([0.75, null]);
  });
});
