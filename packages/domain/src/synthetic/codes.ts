import { usccCheckChar } from '../enterprise/uscc';

/**
 * Synthetic USCCs (GB 32100): authority + type + region code + organisation code + check character. The
 * organisation code is a bijection of the firm's index, so codes never collide — not within a run, not between
 * a demo and a larger benchmark run, not even between seeds (the uniqueness constraint on Company.uscc holds).
 */
const ORG_SPACE = 100_000_000;
/** Ends in 1, so it is coprime with 10^8 and index ↦ index·A mod 10^8 is one-to-one. */
const ORG_MULTIPLIER = 7_654_321;
const ORG_OFFSET = 12_345_678;
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 organisation code: eight digits and their own check character (0–9 or X). */
export function organisationCode(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= ORG_SPACE) throw new Error(`index ${index} out of range`);
  const body = String((index * ORG_MULTIPLIER + ORG_OFFSET) % ORG_SPACE).padStart(8, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * (ORG_WEIGHTS[i] as number);
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/**
 * `9` (registered with market regulation) `1` (enterprise) + region; firms abroad hold no Chinese code, but the
 * row schema requires one, so theirs use authority `Y` (other) and region 000000.
 */
export function syntheticUscc(index: number, regionCode: string): string {
  const authority = regionCode === '000000' ? 'Y1' : '91';
  const body = `${authority}${regionCode}${organisationCode(index)}`;
  return body + usccCheckChar(body);
}
