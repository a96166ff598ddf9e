import { describe, expect, it } from 'vitest';
import { buyerMatchValues, DEFAULT_BUYER_WEIGHTS } from './buyer-match';
import { DEFAULT_TARGET_WEIGHTS, type TargetCandidate, targetMaxima, targetValues } from './investment-targets';
import { explain } from './score';
import { DEFAULT_MATCH_WEIGHTS, passesHardFilters, supplierMatchValues } from './supplier-match';

const sum = (weights: Record<string, number>) => Object.values(weights).reduce((a, b) => a + b, 0);

it('documents default weights that sum to 1', () => {
  for (const weights of [DEFAULT_TARGET_WEIGHTS, DEFAULT_MATCH_WEIGHTS, DEFAULT_BUYER_WEIGHTS]) {
    expect(sum(weights)).toBeCloseTo(1, 12);
  }
});

describe('targetValues', () => {
  const big: TargetCandidate = {
    size: 'large',
    employees: 999,
    capacity: 400,
    distanceKm: 200,
    localPull: 7,
    aligned: true,
    patents: 15,
    creditScore: 90,
  };
  const small: TargetCandidate = {
    size: 'small',
    employees: 9,
    capacity: 100,
    distanceKm: null,
    localPull: 1,
    aligned: true,
    patents: 3,
    creditScore: null,
  };

  it('normalises scale, pull and patents against the list maxima (hand-checked)', () => {
    const maxima = targetMaxima([big, small]);
    expect(maxima).toEqual({ employees: 999, capacity: 400, localPull: 7, patents: 15 });
    expect(targetValues(big, maxima)).toEqual({ scale: 1, proximity: 0.5, localPull: 1, technology: 1, credit: 0.9 });
    const v = targetValues(small, maxima);
    // scale = (0.3 + log 10 / log 1000 + 100/400) / 3 = (0.3 + 1/3 + 0.25) / 3 = 0.29444…
    expect(v.scale).toBeCloseTo((0.3 + 1 / 3 + 0.25) / 3, 12);
    expect(v.proximity).toBe(0); // no coordinates
    expect(v.localPull).toBeCloseTo(Math.log(2) / Math.log(8), 12); // = 1/3
    expect(v.technology).toBeCloseTo(0.5 + 0.5 * 0.5, 12); // log 4 / log 16 = 0.5
    expect(v.credit).toBe(0.5);
    // score with default weights: .25×.29444 + 0 + .2×(1/3) + .2×.75 + .15×.5 = 0.36528
    expect(explain(v, DEFAULT_TARGET_WEIGHTS).score).toBeCloseTo(0.365278, 6);
  });

  it('gives no technology credit without an aligned technology', () => {
    expect(targetValues({ ...small, aligned: false }, targetMaxima([big, small])).technology).toBe(0);
  });
});

describe('supplier matches', () => {
  const base = {
    depth: 0,
    certifications: ['ISO 9001', 'IATF 16949'],
    requiredCerts: ['IATF 16949'],
    isPoster: false,
    location: { province: '江苏省' },
    radius: 'YRD' as const,
  };

  it('applies every hard filter', () => {
    expect(passesHardFilters(base)).toBe(true);
    expect(passesHardFilters({ ...base, depth: null })).toBe(false);
    expect(passesHardFilters({ ...base, requiredCerts: ['GMP'] })).toBe(false);
    expect(passesHardFilters({ ...base, isPoster: true })).toBe(false);
    expect(passesHardFilters({ ...base, radius: 'SHANGHAI' })).toBe(false);
    expect(passesHardFilters({ ...base, radius: null, location: { province: 'Bavaria', country: 'Germany' } })).toBe(
      true,
    );
  });

  it('scores a small local supplier of a child segment (hand-checked)', () => {
    const values = supplierMatchValues(
      {
        depth: 1,
        location: { province: '上海市', district: '金山区' },
        size: 'small',
        creditScore: 80,
        capacity: 300,
        suppliesPosterNeededSegment: false,
        suppliesPoster: true,
        contracted: 1,
        delivered: 1,
      },
      600,
    );
    expect(values).toEqual({
      segmentFit: 0.8,
      locality: 1,
      capacityFit: 0.5,
      credit: 0.8,
      sme: 1,
      relationship: 0.5,
      trackRecord: 1 - 1 / 3, // one contract, delivered: 1 − 1/(1 + 1 + 1)
    });
    // .15×.8 + .25×1 + .1×.5 + .1×.8 + .2×1 + .1×.5 + .1×⅔ = .12 + .25 + .05 + .08 + .2 + .05 + .0667 = 0.81667
    expect(explain(values, DEFAULT_MATCH_WEIGHTS).score).toBeCloseTo(0.75 + 0.2 / 3, 12);
  });
});

it('scores a buyer from the seller’s side: the buyer’s locality and credit, the big hand', () => {
  const values = buyerMatchValues({
    depth: 0,
    buyer: {
      location: { province: '上海市', district: '浦东新区' },
      size: 'large',
      chainLeader: true,
      creditScore: 95,
    },
    capacity: null,
    quantity: null,
    suppliesBuyerNeededSegment: false,
    suppliesBuyer: false,
  });
  expect(values).toEqual({ segmentFit: 1, locality: 0.75, capacityFit: 1, credit: 0.95, bigHand: 1, relationship: 0 });
  // .15 + .25×.75 + .15 + .1×.95 + .2 + 0 = 0.7825
  expect(explain(values, DEFAULT_BUYER_WEIGHTS).score).toBeCloseTo(0.7825, 12);
});
