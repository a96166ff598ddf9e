import { describe, expect, it } from 'vitest';
import {
  mayExpressInterest,
  mayPostDemand,
  mayReviewAttachments,
  mayUpdateDemandStatus,
  mayUpsertCompany,
  type Principal,
  ROLES,
  type Role,
} from './roles';

const user = (role: Role, companyId: string | null = 'own'): Principal => ({
  id: role,
  username: role,
  role,
  companyId,
});

describe('authorization rules (every rule × role × own/other)', () => {
  const table = ROLES.flatMap((role) =>
    ['own', 'other'].map((target) => ({
      role,
      target,
      u: user(role, role === 'ADMIN' || role === 'PROMOTION_OFFICER' || role === 'ANALYST' ? null : 'own'),
    })),
  );

  it.each(table)('$role on $target company', ({ role, target, u }) => {
    const ownTarget = target === 'own';
    const firm = role === 'SME' || role === 'CHAIN_LEADER';
    expect(mayPostDemand(u, target).allowed).toBe(role === 'ADMIN' || (role === 'CHAIN_LEADER' && ownTarget));
    expect(mayUpdateDemandStatus(u, target).allowed).toBe(role === 'ADMIN' || (firm && ownTarget));
    // Interest in someone else's demand ("poster"), as the target company.
    expect(mayExpressInterest(u, target, 'poster').allowed).toBe(role === 'ADMIN' || (firm && ownTarget));
    expect(mayUpsertCompany(u, target).allowed).toBe(
      role === 'ADMIN' || role === 'PROMOTION_OFFICER' || (firm && ownTarget),
    );
  });

  it('never lets a poster answer its own demand', () => {
    for (const role of ROLES) expect(mayExpressInterest(user(role), 'own', 'own').allowed).toBe(false);
  });
});

describe('reviewing classified attachments', () => {
  it.each(ROLES)('%s', (role) => {
    const expected = role === 'ADMIN' || role === 'PROMOTION_OFFICER';
    const decision = mayReviewAttachments(user(role, 'own'));
    expect(decision.allowed).toBe(expected);
    if (!decision.allowed) expect(decision.reason).toMatch(/promotion officers and admins/);
  });
});
