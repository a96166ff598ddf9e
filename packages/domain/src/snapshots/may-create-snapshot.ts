import type { Decision, Principal } from '../auth/roles';

/** Taking a snapshot marks a point the district reports against: the promotion office's and admins' call. */
export function mayCreateSnapshot(user: Principal): Decision {
  return user.role === 'ADMIN' || user.role === 'PROMOTION_OFFICER'
    ? { allowed: true }
    : { allowed: false, reason: 'only promotion officers and admins take snapshots' };
}
