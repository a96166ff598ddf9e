import { describe, expect, it } from 'vitest';
import { isValidUscc, usccCheckChar, usccProblem } from './uscc';

describe('USCC check character (GB 32100)', () => {
  it('accepts published codes of real firms', () => {
    // Codes printed on public business licences: Huawei (Shenzhen) and Tencent (Shenzhen).
    expect(isValidUscc('914403001922038216')).toBe(true);
    expect(isValidUscc('9144030071526726XG')).toBe(true);
  });

  it('computes the check character by hand for a simple body', () => {
    // "00000000000000001": only the 17th char counts: 1 × 28 = 28; 31 − 28 = 3.
    expect(usccCheckChar('00000000000000001')).toBe('3');
    // All zeros: sum 0 → (31 − 0) mod 31 = 0.
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });

  it('explains what is wrong', () => {
    expect(usccProblem('914403001922038217')).toMatch(/check character is 7, expected 6/);
    expect(usccProblem('91440300192203821')).toMatch(/18 characters/);
    expect(usccProblem('91440300192203821I')).toMatch(/"I" is not allowed/);
  });
});
