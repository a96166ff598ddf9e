import type { EventRole, Meeting, User } from '../../api/types';

/** Officers and admins run events (create, propose, adjust, publish, export); the API enforces the same rules. */
export const canManageEvents = (user: User | null) => user?.role === 'PROMOTION_OFFICER' || user?.role === 'ADMIN';

/** The side of a meeting the signed-in firm sits on, if any. */
export function sideOf(meeting: Meeting, user: User | null): EventRole | null {
  if (!user?.companyId) return null;
  if (meeting.buyer.id === user.companyId) return 'BUYER';
  if (meeting.supplier.id === user.companyId) return 'SUPPLIER';
  return null;
}
