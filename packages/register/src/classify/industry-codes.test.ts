import { describe, expect, it } from 'vitest';
import { codeAffinity, parseIndustryCodes } from './industry-codes';

const codes = parseIndustryCodes(
  'code,name\nC39,计算机、通信和其他电子设备制造业\nC3985,电子专用材料制造\nH6210,正餐服务\n',
);

describe('industry codes', () => {
  it('resolves a code, a bare number, a code with its name, or the name alone', () => {
    expect(codes.resolve('C3985')).toBe('C3985');
    expect(codes.resolve('3985')).toBe('C3985');
    expect(codes.resolve(' C3985 电子专用材料制造')).toBe('C3985');
    expect(codes.resolve('电子专用材料制造')).toBe('C3985');
    expect(codes.resolve('正餐服务')).toBe('H6210');
    expect(codes.resolve('计算机、通信和其他电子设备制造业')).toBe('C39');
  });

  it('keeps a well-formed code it does not know, and gives up on unknown names', () => {
    expect(codes.resolve('C3841')).toBe('C3841');
    expect(codes.resolve('不存在的行业')).toBeUndefined();
    expect(codes.resolve('')).toBeUndefined();
  });

  it('rates same class, group and division', () => {
    expect(codeAffinity('C3985', 'C3985')).toBe(1);
    expect(codeAffinity('C3981', 'C3985')).toBe(0.4);
    expect(codeAffinity('C39', 'C3985')).toBe(0.2);
    expect(codeAffinity('H6210', 'C3985')).toBe(0);
  });

  it('refuses a malformed table', () => {
    expect(() => parseIndustryCodes('code,name\nX1,abc\n')).toThrow(/line 2/);
  });
});
