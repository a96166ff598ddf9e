import { describe, expect, it } from 'vitest';
import { byScoreThenId, explain, mergeWeights } from './score';

describe('explain', () => {
  it('makes contributions value × weight that sum to the score', () => {
    const { score, factors } = explain({ a: 0.5, b: 1 }, { a: 0.6, b: 0.4 });
    expect(factors).toEqual([
      { factor: 'a', value: 0.5, weight: 0.6, contribution: 0.3 },
      { factor: 'b', value: 1, weight: 0.4, contribution: 0.4 },
    ]);
    expect(score).toBeCloseTo(0.7, 12);
  });

  it('clamps values into [0, 1]', () => {
    expect(explain({ a: 3 }, { a: 1 }).score).toBe(1);
    expect(explain({ a: Number.NaN }, { a: 1 }).score).toBe(0);
  });
});

describe('mergeWeights', () => {
  it('overrides known weights and reports bad ones', () => {
    const { weights, problems } = mergeWeights({ a: 0.5, b: 0.5 }, { a: 0.9, c: 0.1, b: 2 });
    expect(weights).toEqual({ a: 0.9, b: 0.5 });
    expect(problems).toEqual(['unknown factor "c" (known: a, b)', 'weight of "b" must be in [0, 1]']);
  });
});

it('breaks score ties by id', () => {
  const rows = [
    { id: 'b', score: 1 },
    { id: 'a', score: 1 },
    { id: 'c', score: 2 },
  ];
  expect(rows.sort(byScoreThenId).map((r) => r.id)).toEqual(['c', 'a', 'b']);
});
