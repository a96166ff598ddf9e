import { describe, expect, it } from 'vitest';
import { platformCoverage } from './coverage';

describe('platformCoverage', () => {
  const platforms = new Map([
    ['a', ['p1', 'p2']],
    ['c', ['p3']],
  ]);

  it('splits weak and missing segments by whether a platform serves them, keeping their order', () => {
    const result = platformCoverage(
      [
        { segmentId: 'b', status: 'MISSING' },
        { segmentId: 'a', status: 'WEAK' },
        { segmentId: 'c', status: 'STRONG' },
        { segmentId: 'd', status: 'WEAK' },
      ],
      platforms,
    );
    expect(result.supported).toEqual([{ segmentId: 'a', status: 'WEAK', platformIds: ['p1', 'p2'] }]);
    expect(result.unsupported.map((r) => r.segmentId)).toEqual(['b', 'd']);
    expect(result.share).toBeCloseTo(1 / 3);
  });

  it('is fully covered when nothing is weak or missing', () => {
    expect(platformCoverage([{ segmentId: 'c', status: 'STRONG' }], platforms).share).toBe(1);
  });
});
