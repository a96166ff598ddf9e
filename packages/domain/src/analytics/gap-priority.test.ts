import { describe, expect, it } from 'vitest';
import {
  criticalityFactor,
  DEFAULT_GAP_WEIGHTS,
  type GapFacts,
  gapPriorities,
  localPullFactor,
  locationQuotient,
  relatednessFactor,
  resolveGapWeights,
  specialisationFactor,
} from './gap-priority';

describe('gap priority factors (docs/design.md §4.4)', () => {
  it('criticality is key-link criticality / 5, else 0.2', () => {
    expect([5, 3, 1, null].map(criticalityFactor)).toEqual([1, 0.6, 0.2, 0.2]);
  });

  it('local pull is log1p(n) / log1p(N), 0 when the industry has no local firm', () => {
    expect(localPullFactor(1, 7)).toBeCloseTo(1 / 3, 15); // ln 2 / ln 8
    expect(localPullFactor(7, 7)).toBe(1);
    expect(localPullFactor(0, 7)).toBe(0);
    expect(localPullFactor(0, 0)).toBe(0);
  });

  it('relatedness is the STRONG share of the neighbours, 0 without neighbours', () => {
    expect([relatednessFactor(1, 3), relatednessFactor(0, 2), relatednessFactor(0, 0)]).toEqual([1 / 3, 0, 0]);
  });

  it('the location quotient compares shares of firm–segment pairs, and specialisation is 1 − min(1, LQ)', () => {
    // (1/7) / (2/13) = 13/14; (2/7) / (4/13) is the same ratio and the same double.
    expect(locationQuotient(1, 7, 2, 13)).toBe(13 / 14);
    expect(locationQuotient(2, 7, 4, 13)).toBe(locationQuotient(1, 7, 2, 13));
    expect(locationQuotient(0, 7, 2, 13)).toBe(0);
    expect(locationQuotient(3, 0, 2, 13)).toBe(0);
    expect([specialisationFactor(0), specialisationFactor(0.25), specialisationFactor(13 / 7)]).toEqual([1, 0.75, 0]);
  });
});

describe('gapPriorities', () => {
  const leaf = (id: string, localCount: number, allCount: number, more: Partial<GapFacts> = {}): GapFacts => ({
    id,
    localCount,
    allCount,
    criticality: null,
    downstreamLocalFirms: 0,
    neighbourIds: [],
    ...more,
  });

  it('ranks MISSING and WEAK leaves only, with contributions that sum to the priority', () => {
    const leaves = [
      leaf('x', 3, 3, { neighbourIds: ['y'] }),
      leaf('y', 0, 2, { criticality: 5, neighbourIds: ['x', 'z'], downstreamLocalFirms: 1 }),
      leaf('z', 1, 1, { neighbourIds: ['y'] }),
    ];
    const ranked = gapPriorities(leaves, 4);
    expect(ranked.map((g) => [g.id, g.status])).toEqual([
      ['y', 'MISSING'],
      ['z', 'WEAK'],
    ]);
    const y = ranked[0];
    // y: 0.4·1 + 0.25·ln2/ln5 + 0.2·(1 of 2 neighbours STRONG) + 0.15·(LQ 0 → 1)
    expect(y?.priority).toBeCloseTo(0.4 + 0.25 * (Math.log(2) / Math.log(5)) + 0.1 + 0.15, 15);
    for (const g of ranked) expect(g.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(g.priority, 15);
  });

  it('breaks ties by segment id and honours the threshold', () => {
    const ranked = gapPriorities([leaf('b', 1, 1), leaf('a', 1, 1), leaf('c', 2, 2)], 4, { threshold: 2 });
    expect(ranked.map((g) => g.id)).toEqual(['a', 'b']);
  });
});

describe('resolveGapWeights', () => {
  it('merges per-call weights into the documented defaults (which sum to 1)', () => {
    expect(Object.values(DEFAULT_GAP_WEIGHTS).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 15);
    expect(resolveGapWeights({ localPull: 0.5, relatedness: null })).toEqual({
      weights: { ...DEFAULT_GAP_WEIGHTS, localPull: 0.5 },
      problems: [],
    });
  });

  it('refuses weights outside [0, 1], unknown factors and all-zero weights', () => {
    expect(resolveGapWeights({ criticality: 1.5 }).problems).toEqual(['weight of "criticality" must be in [0, 1]']);
    expect(resolveGapWeights({ size: 0.1 }).problems[0]).toMatch(/unknown factor "size"/);
    const zero = { criticality: 0, localPull: 0, relatedness: 0, specialisation: 0 };
    expect(resolveGapWeights(zero).problems).toEqual(['at least one weight must be positive']);
  });
});
