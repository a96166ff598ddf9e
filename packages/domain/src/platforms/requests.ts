import { type Decision, denied, type Principal } from '../auth/roles';
import { type Refusal, refusal } from '../refusals';

/** A service request's life: a firm asks (OPEN), the platform's office answers (ANSWERED) or closes it (CLOSED). */
export const SERVICE_REQUEST_STATUSES = ['OPEN', 'ANSWERED', 'CLOSED'] as const;
export type ServiceRequestStatus = (typeof SERVICE_REQUEST_STATUSES)[number];

export const MAX_REQUEST_NOTE = 500;

/** Where a request may go from each status: answered or closed once, never reopened. */
export const SERVICE_REQUEST_TRANSITIONS: Readonly<Record<ServiceRequestStatus, readonly ServiceRequestStatus[]>> = {
  OPEN: ['ANSWERED', 'CLOSED'],
  ANSWERED: ['CLOSED'],
  CLOSED: [],
};

/** Why `from` → `to` is not a move a request makes; null when it is. */
export function serviceRequestStatusProblem(from: ServiceRequestStatus, to: ServiceRequestStatus): Refusal | null {
  return SERVICE_REQUEST_TRANSITIONS[from].includes(to)
    ? null
    : refusal('SERVICE_REQUEST_MOVE_REFUSED', `a ${from} request cannot become ${to}`, { from, to });
}

/** The promotion office answers for the district's platforms (and admins); firms and analysts do not. */
export function mayAnswerServiceRequest(user: Principal): Decision {
  return user.role === 'PROMOTION_OFFICER' || user.role === 'ADMIN'
    ? { allowed: true }
    : denied(refusal('ONLY_OFFICERS_ANSWER_REQUESTS', 'only promotion officers and admins answer service requests'));
}

/**
 * A firm asks a platform for a service as itself (SMEs and chain leaders: 释放创新资源 is for them); an admin may
 * ask on behalf of a firm. Officers and analysts read the requests, they do not make them.
 */
export function mayRequestService(user: Principal, companyId: string): Decision {
  if (user.role === 'ADMIN') return { allowed: true };
  if (user.role !== 'SME' && user.role !== 'CHAIN_LEADER')
    return denied(refusal('ONLY_FIRMS_REQUEST_SERVICE', 'only firms (SMEs, chain leaders) request a service'));
  return user.companyId === companyId
    ? { allowed: true }
    : denied(refusal('FIRM_REQUESTS_AS_ITSELF', 'a firm requests a service only as itself'));
}

/** The request's note, trimmed; a problem when it is empty or too long (the office must know what is asked). */
export function requestNoteProblem(note: string): Refusal | null {
  const trimmed = note.trim();
  if (!trimmed) return refusal('SERVICE_NOTE_EMPTY', 'note: say what service you need');
  if (trimmed.length > MAX_REQUEST_NOTE)
    return refusal('NOTE_TOO_LONG', `note: at most ${MAX_REQUEST_NOTE} characters`, { max: MAX_REQUEST_NOTE });
  return null;
}
