/**
 * Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-symbol alphabet, the last
 * a check character computed from the first 17 with fixed weights, modulo 31.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error(`a USCC body has 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i] as string);
    if (value < 0) throw new Error(`"${first17[i]}" is not a USCC character`);
    sum += value * (WEIGHTS[i] as number);
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_ALPHABET[check] as string;
}

/** Why a code is not a valid USCC, or undefined when it is. */
export function usccProblem(code: string): string | undefined {
  if (code.length !== 18) return `must have 18 characters, has ${code.length}`;
  for (const char of code) if (!USCC_ALPHABET.includes(char)) return `"${char}" is not allowed (GB 32100 alphabet)`;
  const expected = usccCheckChar(code.slice(0, 17));
  return code[17] === expected ? undefined : `check character is ${code[17]}, expected ${expected}`;
}

export const isValidUscc = (code: string): boolean => usccProblem(code) === undefined;
