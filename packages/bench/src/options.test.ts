import { parseOptions, UsageError } from '@atlas/cli';
import { describe, expect, it } from 'vitest';
import { BENCH_OPTIONS, benchOptions, defaultOptions, parseSize, SIZE_1M } from './options';

const parse = (args: string[]) =>
  benchOptions(
    parseOptions(args, BENCH_OPTIONS).values,
    defaultOptions(() => {}),
  );

describe('pnpm bench options (the flags BENCHMARKS.md documents)', () => {
  it('defaults to 10k and 100k; --with-1m adds 1M; --sizes replaces them', () => {
    expect(parse([]).sizes).toEqual([10_000, 100_000]);
    expect(parse(['--with-1m']).sizes).toEqual([10_000, 100_000, SIZE_1M]);
    expect(parse(['--sizes', '1m']).sizes).toEqual([SIZE_1M]);
    expect(parse(['--sizes=10k,1_000', '--with-1m']).sizes).toEqual([10_000, 1000, SIZE_1M]);
  });

  it('numbers and the transactional ceiling', () => {
    const options = parse(['--iterations', '3', '--warmup', '0', '--transactional-up-to', '0', '--case-budget', '10']);
    expect(options).toMatchObject({ iterations: 3, warmup: 0, transactionalUpTo: 0, caseBudgetSeconds: 10 });
    expect(parse(['--transactional-up-to', '1m']).transactionalUpTo).toBe(SIZE_1M);
  });

  it('refuses what it does not know, and counts that are not counts', () => {
    expect(() => parse(['--size', '10k'])).toThrow(new UsageError('unknown option --size'));
    expect(() => parse(['--iterations', '0'])).toThrow(/--iterations must be a whole number ≥ 1, got "0"/);
    expect(() => parseSize('5q')).toThrow(/not a size like 10k/);
  });
});
