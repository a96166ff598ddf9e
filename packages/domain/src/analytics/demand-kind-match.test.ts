import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INNOVATION_WEIGHTS,
  DEFAULT_SCENARIO_WEIGHTS,
  type KindDemandFacts,
  type KindMatchCandidate,
  kindMatchValues,
  rankKindMatches,
} from './demand-kind-match';

// A hand-checked case: an INNOVATION need for two technologies (TRL 8 and 4) aiming at TRL 8.
const innovation: KindDemandFacts = {
  kind: 'INNOVATION',
  wanted: [
    { id: 't.a', trl: 8 },
    { id: 't.b', trl: 4 },
  ],
  targetTrl: 8,
};

const jinshanSme: KindMatchCandidate = {
  type: 'COMPANY',
  id: 'c.sme',
  technologyIds: ['t.a'],
  patents: 3,
  depth: 1,
  location: { province: '上海市', district: '金山区' },
  size: 'small',
};
const university: KindMatchCandidate = {
  type: 'INSTITUTION',
  id: 'inst.u',
  technologyIds: ['t.a', 't.b'],
  patents: 0,
  depth: null,
  location: { province: '江苏省' },
  size: null,
};

describe('kindMatchValues', () => {
  it('scores a Jinshan SME holding one of two technologies by hand', () => {
    // coverage 0.9 × 1/2 + 0.1 × log(4)/log(4) = 0.55; readiness min(1, 8/8) = 1; segment 0.8^1; 金山区 1; small 1.
    expect(kindMatchValues(innovation, jinshanSme, 3)).toEqual({
      technologyCoverage: 0.55,
      technologyReadiness: 1,
      segmentFit: 0.8,
      locality: 1,
      sme: 1,
    });
  });

  it('scores a YRD university researching both: full coverage, readiness the mean of 8/8 and 4/8', () => {
    const values = kindMatchValues(innovation, university, 3);
    expect(values.technologyCoverage).toBeCloseTo(0.9);
    expect(values.technologyReadiness).toBeCloseTo(0.75);
    expect(values).toMatchObject({ segmentFit: 0, locality: 0.5, sme: 0 });
  });

  it('measures a scenario against a pilot’s TRL 6', () => {
    const scenario: KindDemandFacts = { kind: 'SCENARIO', wanted: [{ id: 't.b', trl: 4 }], targetTrl: null };
    expect(kindMatchValues(scenario, university, 0).technologyReadiness).toBeCloseTo(4 / 6);
  });

  it('gives nothing for technologies not held', () => {
    const none = { ...jinshanSme, technologyIds: [], patents: 0 };
    expect(kindMatchValues(innovation, none, 3)).toMatchObject({ technologyCoverage: 0, technologyReadiness: 0 });
  });
});

describe('rankKindMatches', () => {
  it('sums weighted factors into the score, best first', () => {
    const ranked = rankKindMatches(innovation, [university, jinshanSme], DEFAULT_INNOVATION_WEIGHTS, 10);
    // SME: 0.45×0.55 + 0.25×1 + 0.15×0.8 + 0.1×1 + 0.05×1 = 0.7675; university: 0.45×0.9 + 0.25×0.75 + 0.1×0.5 = 0.6425.
    expect(ranked.map((m) => m.id)).toEqual(['c.sme', 'inst.u']);
    expect(ranked[0]?.score).toBeCloseTo(0.7675);
    expect(ranked[1]?.score).toBeCloseTo(0.6425);
    for (const m of ranked) expect(m.factors.reduce((sum, f) => sum + f.contribution, 0)).toBeCloseTo(m.score, 12);
  });

  it('keeps the first `limit`, ties by id', () => {
    const twin = { ...jinshanSme, id: 'c.a-twin' };
    const ranked = rankKindMatches(innovation, [jinshanSme, twin], DEFAULT_SCENARIO_WEIGHTS, 1);
    expect(ranked.map((m) => m.id)).toEqual(['c.a-twin']);
  });

  it('weighs each kind’s factors to 1', () => {
    for (const weights of [DEFAULT_SCENARIO_WEIGHTS, DEFAULT_INNOVATION_WEIGHTS])
      expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });
});
