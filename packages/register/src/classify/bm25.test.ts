import { describe, expect, it } from 'vitest';
import { BM25_DEFAULTS, Bm25Index } from './bm25';

// A toy corpus scored by hand (k1 = 1.2, b = 0.75):
//   D0 = [锂电池, 正极]          |D0| = 2
//   D1 = [锂电池, 隔膜, 隔膜]     |D1| = 3
//   D2 = [无人机]                 |D2| = 1        N = 3, avgdl = 2
// idf(隔膜)   = ln(1 + (3 − 1 + 0.5)/(1 + 0.5)) = ln(2.666…) = 0.980829
// idf(锂电池) = ln(1 + (3 − 2 + 0.5)/(2 + 0.5)) = ln(1.6)     = 0.470004
// D1 norm = 1.2·(1 − 0.75 + 0.75·3/2) = 1.65;  D0 norm = 1.2·(0.25 + 0.75·2/2) = 1.2
// score(隔膜 | D1)   = 0.980829 · 2·2.2/(2 + 1.65) = 1.182370
// score(锂电池 | D1) = 0.470004 · 1·2.2/(1 + 1.65) = 0.390192
// score(锂电池 | D0) = 0.470004 · 1·2.2/(1 + 1.2)  = 0.470004
const index = new Bm25Index([['锂电池', '正极'], ['锂电池', '隔膜', '隔膜'], ['无人机']]);

describe('Bm25Index', () => {
  it('uses the textbook parameters', () => {
    expect(BM25_DEFAULTS).toEqual({ k1: 1.2, b: 0.75 });
    expect(index.averageLength).toBe(2);
  });

  it('computes idf as hand-checked', () => {
    expect(index.idf('隔膜')).toBeCloseTo(0.980829, 6);
    expect(index.idf('锂电池')).toBeCloseTo(0.470004, 6);
    expect(index.idf('不存在')).toBe(0);
  });

  it('scores documents as hand-checked, summing over query terms', () => {
    const scores = index.search(['隔膜', '锂电池']);
    expect(scores.get(1)?.score).toBeCloseTo(1.18237 + 0.390192, 5);
    expect(scores.get(0)?.score).toBeCloseTo(0.470004, 5);
    expect(scores.has(2)).toBe(false);
    expect(scores.get(1)?.terms.sort()).toEqual(['锂电池', '隔膜'].sort());
  });

  it('counts a repeated query term once', () => {
    expect(index.search(['隔膜', '隔膜']).get(1)?.score).toBeCloseTo(1.18237, 5);
  });

  it('ranks the document with the rarer term first', () => {
    const ranked = [...index.search(['锂电池', '隔膜']).values()].sort((a, b) => b.score - a.score);
    expect(ranked.map((m) => m.doc)).toEqual([1, 0]);
  });
});
