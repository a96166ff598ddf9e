import { describe, expect, it } from 'vitest';
import { industryCodeOf, sectorOf, sizeBand } from './size-band';

describe('national SME size bands (2017), registered capital as the revenue proxy', () => {
  it('industry: employees 1000/300/20, capital 40000/2000/300 万元; large and medium need both', () => {
    expect(sizeBand('industry', 1200, 50_000)).toBe('large');
    expect(sizeBand('industry', 1200, 5000)).toBe('medium'); // capital drops it a band
    expect(sizeBand('industry', 299, 5000)).toBe('small');
    expect(sizeBand('industry', 19, 100_000)).toBe('micro');
    expect(sizeBand('industry', 300, null)).toBe('medium');
    expect(sizeBand('industry', null, 299)).toBe('micro');
    expect(sizeBand('industry', null, null)).toBeNull();
  });

  it('other sectors by their own bounds, capital-only sectors falling back to 其他 for employees', () => {
    expect(sizeBand('wholesale', 20, null)).toBe('medium');
    expect(sizeBand('retail', 49, null)).toBe('small');
    expect(sizeBand('software', 150, 800)).toBe('small');
    expect(sizeBand('construction', 5000, null)).toBe('large'); // 其他未列明: ≥ 300
    expect(sizeBand('construction', null, 6000)).toBe('medium');
    expect(sizeBand('other', 9, null)).toBe('micro');
  });

  it('sector from the GB/T 4754 division or the industry name', () => {
    expect(sectorOf('C3670')).toBe('industry');
    expect(sectorOf('3670')).toBe('industry');
    expect(sectorOf('F5211')).toBe('retail');
    expect(sectorOf('I6513')).toBe('software');
    expect(sectorOf('K7020')).toBe('propertyManagement');
    expect(sectorOf(null, '汽车零部件及配件制造')).toBe('industry');
    expect(sectorOf(null, '正餐服务(餐饮)')).toBe('catering');
    expect(sectorOf(null, null)).toBe('other');
  });

  it('finds the code in an industry cell', () => {
    expect(industryCodeOf('C3670 汽车零部件及配件制造')).toBe('C3670');
    expect(industryCodeOf('c3985')).toBe('C3985');
    expect(industryCodeOf('3985')).toBe('3985');
    expect(industryCodeOf('电子专用材料制造')).toBeNull();
  });
});
