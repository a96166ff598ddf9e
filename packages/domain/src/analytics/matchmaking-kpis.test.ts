import { describe, expect, it } from 'vitest';
import type { OutcomeStep } from '../enterprise/interest-outcome';
import { trackRecordValue } from './match-factors';
import { matchmakingKpis, type OutcomeRow, sinceInstant } from './matchmaking-kpis';

const row = (steps: OutcomeStep[], extra: Partial<OutcomeRow> = {}): OutcomeRow => ({
  step: steps.at(-1) ?? 'INTERESTED',
  history: steps.map((step) => ({ step, at: '2026-12-01T00:00:00Z', by: 'u' })),
  contractValue: null,
  lostReason: null,
  ring: 'YRD',
  ...extra,
});

describe('matchmakingKpis', () => {
  it('counts the funnel, conversions, losses and contracted value by ring (hand-checked)', () => {
    const kpis = matchmakingKpis([
      row([]),
      row(['CONTACTED']),
      row(['CONTACTED', 'QUOTED', 'LOST'], { lostReason: 'PRICE' }),
      row(['CONTACTED', 'CONTRACTED'], { contractValue: 100, ring: 'JINSHAN' }),
      row(['CONTACTED', 'QUOTED', 'CONTRACTED', 'DELIVERED'], { contractValue: 40, ring: 'SHANGHAI' }),
      row(['CONTACTED', 'QUOTED', 'CONTRACTED', 'LOST'], { contractValue: 7, lostReason: 'CAPACITY' }),
      row(['CONTACTED', 'CONTRACTED'], { contractValue: 10, ring: 'WORLD' }),
    ]);
    expect(kpis.matches).toBe(7);
    // Reached is the furthest step: a contract that skipped the quote has passed QUOTED too (5 = 4 contracts + the
    // lost quote); the contract that fell through still reached CONTRACTED (4).
    expect(kpis.funnel.map((f) => [f.step, f.reached])).toEqual([
      ['INTERESTED', 7],
      ['CONTACTED', 6],
      ['QUOTED', 5],
      ['CONTRACTED', 4],
      ['DELIVERED', 1],
    ]);
    expect(kpis.funnel.map((f) => f.conversion)).toEqual([6 / 7, 5 / 6, 4 / 5, 1 / 4, null]);
    expect(kpis.lost).toBe(2);
    expect(kpis.lostByReason).toEqual([
      { reason: 'PRICE', count: 1 },
      { reason: 'QUALITY', count: 0 },
      { reason: 'CAPACITY', count: 1 },
      { reason: 'TIMING', count: 0 },
      { reason: 'OTHER', count: 0 },
    ]);
    // The contract that fell through (7) counts in the funnel but not in the value.
    expect(kpis.contracted).toBe(3);
    expect(kpis.delivered).toBe(1);
    expect(kpis.contractedValue).toBe(150);
    expect(kpis.contractedValueJinshan).toBe(100);
    expect(kpis.contractedValueShanghai).toBe(140);
    expect(kpis.contractedValueNonLocal).toBe(10);
    expect(kpis.deliveredValue).toBe(40);
  });

  it('is all zeros, with no conversion, for an industry without matches', () => {
    const kpis = matchmakingKpis([]);
    expect(kpis.matches).toBe(0);
    expect(kpis.funnel.every((f) => f.reached === 0 && f.conversion === null)).toBe(true);
    expect(kpis.contractedValue).toBe(0);
  });
});

describe('trackRecordValue', () => {
  it('grows with contracts and deliveries, with diminishing returns', () => {
    expect(trackRecordValue(0, 0)).toBe(0);
    expect(trackRecordValue(1, 0)).toBe(0.5);
    expect(trackRecordValue(1, 1)).toBeCloseTo(2 / 3, 12);
    expect(trackRecordValue(2, 2)).toBeCloseTo(0.8, 12);
    expect(trackRecordValue(-1, 0)).toBe(0);
  });
});

describe('sinceInstant', () => {
  it('reads a bare date as the start of that day in Shanghai', () => {
    expect(sinceInstant('2026-12-01')).toBe('2026-11-30T16:00:00.000Z');
    expect(sinceInstant('2026-12-01T08:00:00Z')).toBe('2026-12-01T08:00:00.000Z');
    expect(sinceInstant('yesterday')).toBeNull();
  });
});
