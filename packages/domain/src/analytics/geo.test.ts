import { describe, expect, it } from 'vitest';
import { distanceToJinshanKm, haversineKm, JINSHAN_CENTRE, proximity } from './geo';

describe('haversineKm', () => {
  it('is zero at the centre and 2πR/360 ≈ 111.195 km per degree of latitude', () => {
    expect(haversineKm(JINSHAN_CENTRE, JINSHAN_CENTRE)).toBe(0);
    expect(haversineKm(JINSHAN_CENTRE, { lat: 31.74, lon: 121.34 })).toBeCloseTo(111.195, 3);
  });

  it('puts People’s Square ≈ 56 km and Beijing ≈ 1112 km from 金山区', () => {
    expect(distanceToJinshanKm({ lat: 31.2304, lon: 121.4737 })).toBeCloseTo(56.0, 1);
    expect(distanceToJinshanKm({ lat: 39.9042, lon: 116.4074 })).toBeCloseTo(1112.45, 1);
    expect(distanceToJinshanKm({ lat: null, lon: 121 })).toBeNull();
  });

  it('is symmetric', () => {
    const a = { lat: 30.27, lon: 120.16 };
    const b = { lat: 22.54, lon: 114.06 };
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
  });
});

describe('proximity', () => {
  it('is 1 / (1 + d / 200 km): 1 at the centre, 0.5 at 200 km, 0.2 at 800 km, 0 when unknown', () => {
    expect(proximity(0)).toBe(1);
    expect(proximity(200)).toBe(0.5);
    expect(proximity(800)).toBeCloseTo(0.2, 12);
    expect(proximity(null)).toBe(0);
    expect(proximity(Number.NaN)).toBe(0);
  });
});
