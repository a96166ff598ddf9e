import { describe, expect, it } from 'vitest';
import { mayReadAggregateOfOthers, mayReadFigure, readsEveryFigure } from './read-access';
import { type Principal, ROLES, type Role } from './roles';

const viewer = (role: Role, companyId: string | null): Principal => ({ id: role, username: role, role, companyId });
const districtWide = (role: Role) => role === 'ADMIN' || role === 'PROMOTION_OFFICER' || role === 'ANALYST';

describe('read access to firms’ figures (every role × party / non-party, and anonymous)', () => {
  const table = ROLES.flatMap((role) =>
    [true, false].map((party) => ({ role, party, label: party ? 'party' : 'not party' })),
  );

  it.each(table)('$role, $label', ({ role, party }) => {
    // District-wide roles usually have no company; give them one to prove it is the role that counts.
    const v = viewer(role, 'firm-a');
    const parties = party ? ['firm-a', 'firm-b'] : ['firm-b', 'firm-c'];
    expect(mayReadFigure(v, parties).allowed).toBe(districtWide(role) || party);
    expect(mayReadAggregateOfOthers(v).allowed).toBe(districtWide(role));
    expect(readsEveryFigure(v)).toBe(districtWide(role));
  });

  it('a firm user without a company is party to nothing, even a link with a missing party', () => {
    expect(mayReadFigure(viewer('SME', null), [null, undefined, 'firm-b']).allowed).toBe(false);
  });

  it('anonymous readers (demo mode) see no figure and are told why', () => {
    const decision = mayReadFigure(null, ['firm-a']);
    expect(decision).toEqual({ allowed: false, reason: expect.stringContaining('sign in') });
    expect(mayReadAggregateOfOthers(null).allowed).toBe(false);
  });
});
