import { describe, expect, it } from 'vitest';
import { isValidUscc } from '../enterprise/uscc';
import { organisationCode, syntheticUscc } from './codes';
import { Rng, sampler, streamRng } from './prng';

const draws = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.next());

describe('Rng (mulberry32)', () => {
  it('repeats exactly for the same seed and differs for another', () => {
    expect(draws(new Rng(42), 1000)).toEqual(draws(new Rng(42), 1000));
    expect(draws(new Rng(42), 10)).not.toEqual(draws(new Rng(43), 10));
  });

  it('matches the reference mulberry32, so a change of algorithm cannot slip through unnoticed', () => {
    expect(draws(new Rng(1), 3).map((x) => x.toFixed(8))).toEqual(['0.62707394', '0.00273572', '0.52744704']);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const values = draws(new Rng(7), 100_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 2);
    const deciles = new Array(10).fill(0);
    for (const v of values) deciles[Math.floor(v * 10)]++;
    for (const count of deciles) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('draws integers inclusively and picks by weight', () => {
    const rng = new Rng(3);
    const ints = new Set(Array.from({ length: 500 }, () => rng.int(1, 3)));
    expect([...ints].sort()).toEqual([1, 2, 3]);
    const picks = Array.from({ length: 10_000 }, () => rng.weighted(['a', 'b'], (x) => (x === 'a' ? 9 : 1)));
    expect(picks.filter((p) => p === 'a').length / picks.length).toBeCloseTo(0.9, 1);
  });

  it('samples with precomputed weights like weighted()', () => {
    const pick = sampler(['a', 'b', 'c'], (x) => (x === 'c' ? 0 : 1));
    const rng = new Rng(5);
    const picks = Array.from({ length: 5_000 }, () => pick(rng));
    expect(picks).not.toContain('c');
    expect(picks.filter((p) => p === 'a').length / picks.length).toBeCloseTo(0.5, 1);
  });

  it('gives independent, reproducible streams per key', () => {
    expect(draws(streamRng(7, 12), 5)).toEqual(draws(streamRng(7, 12), 5));
    expect(draws(streamRng(7, 12), 5)).not.toEqual(draws(streamRng(7, 13), 5));
    expect(draws(streamRng(7, 'plan:icv'), 5)).not.toEqual(draws(streamRng(8, 'plan:icv'), 5));
  });
});

describe('synthetic codes', () => {
  it('computes the GB 11714 check character (worked by hand for 12345678)', () => {
    // 1·3 + 2·7 + 3·9 + 4·10 + 5·5 + 6·8 + 7·4 + 8·2 = 201; 201 mod 11 = 3; 11 − 3 = 8.
    expect(organisationCode(0)).toBe('123456788');
  });

  it('gives every index its own valid USCC', () => {
    const codes = new Set<string>();
    const invalid: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      const code = syntheticUscc(i, i % 2 ? '310116' : '000000');
      if (!isValidUscc(code)) invalid.push(code);
      codes.add(code.slice(8, 17));
    }
    expect(invalid).toEqual([]);
    expect(codes.size).toBe(50_000);
  });
});
