import { describe, expect, it } from 'vitest';
import { parseCapital, parseEmployees, parseFoundedYear, parseSize } from './amounts';

const value = <T>(r: { ok: true; value: T | null } | { ok: false; reason: string }) => (r.ok ? r.value : r.reason);

describe('register cell parsers', () => {
  it('registered capital in 万元 人民币, foreign currency at the fixed reference rate', () => {
    expect(value(parseCapital('5000万元人民币'))).toEqual({ wan: 5000, currency: 'CNY' });
    expect(value(parseCapital('5000.000000万人民币'))).toEqual({ wan: 5000, currency: 'CNY' });
    expect(value(parseCapital('1.2亿元'))).toEqual({ wan: 12000, currency: 'CNY' });
    expect(value(parseCapital('500万美元'))).toEqual({ wan: 3550, currency: 'USD' });
    expect(value(parseCapital('100万欧元'))).toEqual({ wan: 770, currency: 'EUR' });
    expect(value(parseCapital('2,000'))).toEqual({ wan: 2000, currency: 'CNY' });
    expect(value(parseCapital('3000000元'))).toEqual({ wan: 300, currency: 'CNY' });
    expect(value(parseCapital(''))).toBeNull();
    expect(value(parseCapital('-'))).toBeNull();
    expect(value(parseCapital('很多钱'))).toMatch(/not an amount/);
    expect(value(parseCapital('500万卢布'))).toMatch(/unknown currency "卢布"/);
  });

  it('employees: numbers, ranges as their midpoint, "N人以下", "N人以上"', () => {
    expect(value(parseEmployees('120'))).toBe(120);
    expect(value(parseEmployees('100-499人'))).toBe(299);
    expect(value(parseEmployees('50人以下'))).toBe(24);
    expect(value(parseEmployees('少于50人'))).toBe(24);
    expect(value(parseEmployees('1000人以上'))).toBe(1000);
    expect(value(parseEmployees('约 80 人'))).toBe(80);
    expect(value(parseEmployees('未知'))).toBeNull();
    expect(value(parseEmployees('500-100人'))).toMatch(/not a head count/);
    expect(value(parseEmployees('许多'))).toMatch(/not a head count/);
  });

  it('founding dates as years, including Excel serials', () => {
    expect(value(parseFoundedYear('2015-03-12'))).toBe(2015);
    expect(value(parseFoundedYear('2015/3/12'))).toBe(2015);
    expect(value(parseFoundedYear('2015年3月12日'))).toBe(2015);
    expect(value(parseFoundedYear('2015'))).toBe(2015);
    expect(value(parseFoundedYear('20150312'))).toBe(2015);
    expect(value(parseFoundedYear('42075'))).toBe(2015); // Excel serial of 2015-03-12
    expect(value(parseFoundedYear('1066'))).toMatch(/not plausible/);
    expect(value(parseFoundedYear('上周'))).toMatch(/not a date/);
  });

  it('sizes in Chinese or English', () => {
    expect(value(parseSize('大型'))).toBe('large');
    expect(value(parseSize('中型企业'))).toBe('medium');
    expect(value(parseSize('Small'))).toBe('small');
    expect(value(parseSize('微型'))).toBe('micro');
    expect(value(parseSize('巨型'))).toMatch(/not a size/);
  });
});
