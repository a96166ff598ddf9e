import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWeightBMatching, type WeightedPair } from './b-matching';
import { colourBipartiteEdges } from './edge-colouring';

const total = (pairs: readonly WeightedPair[]) => pairs.reduce((s, p) => s + p.weight, 0);

/** Every subset of the pairs that respects the caps; the best total (the definition, by enumeration). */
function bruteForce(caps: Map<string, number>, pairs: readonly WeightedPair[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const used = new Map<string, number>();
    let sum = 0;
    let ok = true;
    for (let i = 0; i < pairs.length && ok; i++) {
      if (!(mask & (1 << i))) continue;
      const p = pairs[i] as WeightedPair;
      for (const firm of [p.buyerId, p.supplierId]) {
        used.set(firm, (used.get(firm) ?? 0) + 1);
        if ((used.get(firm) as number) > (caps.get(firm) ?? 0)) ok = false;
      }
      sum += p.weight;
    }
    if (ok) best = Math.max(best, sum);
  }
  return best;
}

describe('maxWeightBMatching (min-cost flow, successive shortest paths)', () => {
  it('gives up a greedy best pair when two others are worth more together', () => {
    // Greedy takes B1–S1 (10) and is stuck; the optimum is B1–S2 + B2–S1 = 9 + 9.
    const pairs = [
      { buyerId: 'B1', supplierId: 'S1', weight: 10 },
      { buyerId: 'B1', supplierId: 'S2', weight: 9 },
      { buyerId: 'B2', supplierId: 'S1', weight: 9 },
    ];
    const one = [
      { id: 'B1', capacity: 1 },
      { id: 'B2', capacity: 1 },
    ];
    const chosen = maxWeightBMatching(
      one,
      [
        { id: 'S1', capacity: 1 },
        { id: 'S2', capacity: 1 },
      ],
      pairs,
    );
    expect(chosen.map((p) => `${p.buyerId}-${p.supplierId}`).sort()).toEqual(['B1-S2', 'B2-S1']);
    expect(total(chosen)).toBe(18);
  });

  it('uses a firm up to its cap and never twice with one partner', () => {
    const pairs = [
      { buyerId: 'B', supplierId: 'S1', weight: 0.5 },
      { buyerId: 'B', supplierId: 'S2', weight: 0.4 },
      { buyerId: 'B', supplierId: 'S3', weight: 0.3 },
      { buyerId: 'B', supplierId: 'S1', weight: 0.5 },
    ];
    const suppliers = ['S1', 'S2', 'S3'].map((id) => ({ id, capacity: 3 }));
    const chosen = maxWeightBMatching([{ id: 'B', capacity: 2 }], suppliers, pairs);
    expect(chosen.map((p) => p.supplierId)).toEqual(['S1', 'S2']);
  });

  it('leaves out pairs of no positive weight and firms of cap 0', () => {
    const chosen = maxWeightBMatching(
      [
        { id: 'B1', capacity: 1 },
        { id: 'B2', capacity: 0 },
      ],
      [{ id: 'S', capacity: 2 }],
      [
        { buyerId: 'B1', supplierId: 'S', weight: 0 },
        { buyerId: 'B2', supplierId: 'S', weight: 1 },
      ],
    );
    expect(chosen).toEqual([]);
  });

  const instance = fc
    .record({
      buyers: fc.integer({ min: 1, max: 3 }),
      suppliers: fc.integer({ min: 1, max: 4 }),
      caps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 }),
      weights: fc.array(fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }), {
        minLength: 12,
        maxLength: 12,
      }),
    })
    .map(({ buyers, suppliers, caps, weights }) => {
      const b = Array.from({ length: buyers }, (_, i) => ({ id: `B${i}`, capacity: caps[i] as number }));
      const s = Array.from({ length: suppliers }, (_, j) => ({ id: `S${j}`, capacity: caps[3 + j] as number }));
      const pairs: WeightedPair[] = [];
      b.forEach((x, i) => {
        s.forEach((y, j) => {
          const w = weights[i * 4 + j];
          if (w !== null && w !== undefined) pairs.push({ buyerId: x.id, supplierId: y.id, weight: w / 997 });
        });
      });
      return { b, s, pairs };
    });

  it('equals brute-force enumeration on tiny random instances, within caps', () => {
    fc.assert(
      fc.property(instance, ({ b, s, pairs }) => {
        const caps = new Map([...b, ...s].map((f) => [f.id, f.capacity]));
        const chosen = maxWeightBMatching(b, s, pairs);
        const used = new Map<string, number>();
        for (const p of chosen) for (const f of [p.buyerId, p.supplierId]) used.set(f, (used.get(f) ?? 0) + 1);
        for (const [firm, n] of used) expect(n).toBeLessThanOrEqual(caps.get(firm) as number);
        expect(new Set(chosen.map((p) => `${p.buyerId}|${p.supplierId}`)).size).toBe(chosen.length);
        expect(total(chosen)).toBeCloseTo(bruteForce(caps, pairs), 6);
      }),
      { numRuns: 300, seed: 19 },
    );
  });

  it('is deterministic: the same instance in another order gives the same meetings', () => {
    fc.assert(
      fc.property(instance, ({ b, s, pairs }) => {
        const key = (ps: WeightedPair[]) => ps.map((p) => `${p.buyerId}|${p.supplierId}`).sort();
        expect(key(maxWeightBMatching([...b].reverse(), [...s].reverse(), [...pairs].reverse()))).toEqual(
          key(maxWeightBMatching(b, s, pairs)),
        );
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});

describe('colourBipartiteEdges (König: Δ colours suffice)', () => {
  it('swaps along an alternating path when the free colours differ', () => {
    // B1–S1 and B2–S2 take 0, B2–S1 takes 1; for B1–S2 colour 1 is free at B1 but busy at S2, 0 the other way
    // round: the 1/0 path from S2 is swapped. A 4-cycle in two colours, no clash.
    const edges = [
      { left: 'B1', right: 'S1' },
      { left: 'B2', right: 'S2' },
      { left: 'B2', right: 'S1' },
      { left: 'B1', right: 'S2' },
    ];
    const colours = colourBipartiteEdges(edges, 2);
    expect(colours.every((c) => c === 0 || c === 1)).toBe(true);
    expect(colours[0]).not.toBe(colours[2]); // S1
    expect(colours[0]).not.toBe(colours[3]); // B1
    expect(colours[1]).not.toBe(colours[2]); // B2
    expect(colours[1]).not.toBe(colours[3]); // S2
  });

  it('refuses a firm with more meetings than colours', () => {
    expect(() =>
      colourBipartiteEdges(
        [
          { left: 'B', right: 'S1' },
          { left: 'B', right: 'S2' },
        ],
        1,
      ),
    ).toThrow(/cannot fit them in 1 slots/);
  });

  it('never gives a vertex two edges of one colour, with exactly max-degree colours', () => {
    const graph = fc
      .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })), {
        maxLength: 30,
        selector: ([l, r]) => `${l}-${r}`,
      })
      .map((pairs) => pairs.map(([l, r]) => ({ left: `B${l}`, right: `S${r}` })));
    fc.assert(
      fc.property(graph, (edges) => {
        const degree = new Map<string, number>();
        for (const e of edges) for (const v of [`L${e.left}`, `R${e.right}`]) degree.set(v, (degree.get(v) ?? 0) + 1);
        const delta = Math.max(0, ...degree.values());
        const colours = colourBipartiteEdges(edges, delta);
        const seen = new Set<string>();
        edges.forEach((e, i) => {
          const c = colours[i] as number;
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThan(delta);
          for (const v of [`L${e.left}@${c}`, `R${e.right}@${c}`]) {
            expect(seen.has(v)).toBe(false);
            seen.add(v);
          }
        });
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
