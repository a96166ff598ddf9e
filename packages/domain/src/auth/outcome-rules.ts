import type { Decision, Principal } from './roles';

/**
 * Who records what became of an interest: the two parties to the deal — the demand's poster and the interested
 * firm — and admins. Promotion officers and analysts read outcomes but do not write them: an outcome is a
 * statement by a party, not an estimate.
 */
export function mayRecordOutcome(user: Principal, posterCompanyId: string, interestedCompanyId: string): Decision {
  if (user.role === 'ADMIN') return { allowed: true };
  if (user.companyId !== null && (user.companyId === posterCompanyId || user.companyId === interestedCompanyId))
    return { allowed: true };
  return { allowed: false, reason: 'only the demand’s poster and the interested firm record its outcome' };
}
