import { describe, expect, it } from 'vitest';
import {
  bigHandValue,
  capacityFit,
  creditValue,
  limitProblem,
  localityRing,
  localityValue,
  logShare,
  relationshipValue,
  segmentFit,
} from './match-factors';

describe('locality', () => {
  it('scores the innermost ring: 金山区 1, 上海市 .75, YRD .5, China .25, abroad 0', () => {
    expect(localityValue({ province: '上海市', district: '金山区' })).toBe(1);
    expect(localityValue({ province: '上海市', district: '浦东新区' })).toBe(0.75);
    expect(localityValue({ province: '浙江省', district: '平湖市' })).toBe(0.5);
    expect(localityValue({ province: '广东省' })).toBe(0.25);
    expect(localityValue({ province: 'Bavaria', country: 'Germany' })).toBe(0);
    expect(localityRing({ province: '安徽省' })).toBe('YRD');
  });
});

describe('factor values', () => {
  it('decays segment fit by 0.8 per CHILD_OF step', () => {
    expect([0, 1, 2].map(segmentFit)).toEqual([1, 0.8, 0.8 * 0.8]);
  });

  it('fits capacity to quantity: min(1, c/q); no quantity fits all; unknown capacity is neutral', () => {
    expect(capacityFit(50, 200)).toBe(0.25);
    expect(capacityFit(500, 200)).toBe(1);
    expect(capacityFit(null, 200)).toBe(0.5);
    expect(capacityFit(0, 200)).toBe(0);
    expect(capacityFit(10, null)).toBe(1);
    expect(capacityFit(null, 0)).toBe(1);
  });

  it('reads credit as score / 100, unknown 0.5', () => {
    expect(creditValue(82)).toBe(0.82);
    expect(creditValue(null)).toBe(0.5);
    expect(creditValue(140)).toBe(1);
  });

  it('gives a chain leader or large buyer the big hand', () => {
    expect(bigHandValue('small', true)).toBe(1);
    expect(bigHandValue('large', false)).toBe(1);
    expect(bigHandValue('medium', false)).toBe(0.6);
    expect(bigHandValue('micro', false)).toBe(0.2);
  });

  it('values an existing relationship: same segment 1, another 0.5, none 0', () => {
    expect(relationshipValue(true, true)).toBe(1);
    expect(relationshipValue(false, true)).toBe(0.5);
    expect(relationshipValue(false, false)).toBe(0);
  });

  it('log-scales counts against the list maximum', () => {
    // log(1+3)/log(1+15) = log 4 / log 16 = 0.5
    expect(logShare(3, 15)).toBeCloseTo(0.5, 12);
    expect(logShare(15, 15)).toBe(1);
    expect(logShare(0, 15)).toBe(0);
    expect(logShare(null, 15)).toBe(0);
    expect(logShare(3, 0)).toBe(0);
  });
});

it('accepts limits 1..100 only', () => {
  expect(limitProblem(20)).toBeNull();
  expect(limitProblem(100)).toBeNull();
  for (const bad of [0, -1, 101, 2.5, Number.NaN]) expect(limitProblem(bad)).toMatch(/1 to 100/);
});
