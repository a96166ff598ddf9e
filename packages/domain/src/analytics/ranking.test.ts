import { describe, expect, it } from 'vitest';
import { rankByScore } from './ranking';
import { byScoreThenId, explain } from './score';

const weights = { a: 0.5, b: 0.3, c: 0.2 };
type Candidate = { id: string; a: number; b: number; c: number };
const valuesOf = ({ a, b, c }: Candidate) => ({ a, b, c });

/** The reference: explain every candidate, sort all of them, cut (what the rankings did before rankByScore). */
const everyOneExplained = (candidates: readonly Candidate[], limit: number) =>
  candidates
    .map((c) => ({ id: c.id, ...explain(valuesOf(c), weights) }))
    .sort(byScoreThenId)
    .slice(0, Math.max(0, limit));

describe('rankByScore: the best candidates, explained', () => {
  it('ranks by hand: scores 0.8, 0.5, 0.5 (tie broken by id), 0.2; keeps 3', () => {
    const candidates = [
      { id: 'd', a: 0.4, b: 0, c: 0 },
      { id: 'x', a: 1, b: 0, c: 0 },
      { id: 'p', a: 1, b: 1, c: 0 },
      { id: 'm', a: 0, b: 1, c: 1 },
    ];
    const ranked = rankByScore(candidates, valuesOf, weights, 3);
    expect(ranked.map((r) => [r.id, r.score])).toEqual([
      ['p', 0.8],
      ['m', 0.5],
      ['x', 0.5],
    ]);
    expect(ranked[0]?.factors).toEqual(explain({ a: 1, b: 1, c: 0 }, weights).factors);
  });

  it('equals explaining, sorting and cutting every candidate, ties and clamped values included', () => {
    // Values from a fixed sequence on a coarse grid (many equal scores), some outside [0, 1] or not finite.
    let state = 11;
    const next = () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return [0, 0.25, 0.5, 1, 1.5, -1, Number.NaN][(state >>> 8) % 7] as number;
    };
    const candidates = Array.from({ length: 500 }, (_, i) => ({
      id: `f${(i * 7919) % 500}`,
      a: next(),
      b: next(),
      c: next(),
    }));
    for (const limit of [0, 1, 20, 499, 500, 800])
      expect(rankByScore(candidates, valuesOf, weights, limit)).toEqual(everyOneExplained(candidates, limit));
    expect(rankByScore([], valuesOf, weights, 20)).toEqual([]);
  });
});
