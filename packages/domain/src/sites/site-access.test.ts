import { describe, expect, it } from 'vitest';
import type { Principal, Role } from '../auth/roles';
import { mayListSites, mayReadSitePrices } from './site-access';

const as = (role: Role): Principal => ({
  id: 'u',
  username: 'u',
  role,
  companyId: role === 'SME' || role === 'CHAIN_LEADER' ? 'c' : null,
});

describe('site read rules (written out by hand)', () => {
  it.each([
    ['ADMIN', true],
    ['PROMOTION_OFFICER', true],
    ['ANALYST', true],
    ['CHAIN_LEADER', false],
    ['SME', false],
  ] as const)('%s reads prices and the inventory: %s', (role, allowed) => {
    expect(mayReadSitePrices(as(role))).toBe(allowed);
    expect(mayListSites(as(role)).allowed).toBe(allowed);
  });

  it('anonymous readers get neither', () => {
    expect(mayReadSitePrices(null)).toBe(false);
    expect(mayListSites(null)).toEqual({
      allowed: false,
      reason: 'only promotion officers, analysts and admins read the site inventory',
    });
  });
});
