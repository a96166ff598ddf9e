import { describe, expect, it } from 'vitest';
import { acceptsInterest, DEMAND_STATUSES, statusChangeProblem } from './demand';

describe('demand lifecycle', () => {
  it('moves forward through the deal and never out of CLOSED', () => {
    expect(statusChangeProblem('OPEN', 'SHORTLISTED')).toBeUndefined();
    expect(statusChangeProblem('CONTACTED', 'CONTRACTED')).toBeUndefined();
    expect(statusChangeProblem('EXPIRED', 'OPEN')).toBeUndefined();
    expect(statusChangeProblem('CLOSED', 'OPEN')?.message).toBe('a CLOSED demand cannot become OPEN');
    expect(statusChangeProblem('CONTRACTED', 'OPEN')?.message).toBe('a CONTRACTED demand cannot become OPEN');
    for (const status of DEMAND_STATUSES) expect(statusChangeProblem(status, status)).toBeUndefined();
  });

  it('takes interest only while open or shortlisted and before its deadline', () => {
    const now = new Date('2026-11-30T00:00:00Z');
    expect(acceptsInterest({ status: 'OPEN', expiresAt: null }, now)).toBe(true);
    expect(acceptsInterest({ status: 'SHORTLISTED', expiresAt: '2026-12-31' }, now)).toBe(true);
    expect(acceptsInterest({ status: 'OPEN', expiresAt: '2026-11-01' }, now)).toBe(false);
    expect(acceptsInterest({ status: 'CONTACTED', expiresAt: null }, now)).toBe(false);
  });
});
