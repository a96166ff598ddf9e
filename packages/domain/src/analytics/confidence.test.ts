import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CONFIDENCE, minConfidenceProblem } from './confidence';

describe('minConfidence', () => {
  it('defaults to one half: demo firms (0.9) and confirmed edges (1) count, weak guesses do not', () => {
    expect(DEFAULT_MIN_CONFIDENCE).toBe(0.5);
  });
  it.each([0, 0.5, 1])('accepts %s', (value) => expect(minConfidenceProblem(value)).toBeNull());
  it.each([-0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (value) =>
    expect(minConfidenceProblem(value)).toBe('minConfidence must be a number in 0..1'),
  );
});
