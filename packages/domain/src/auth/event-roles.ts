import type { EventStatus } from '../events/model';
import { refusal } from '../refusals';
import { type Decision, denied, type Principal } from './roles';

/**
 * Who may do what with events (docs/events.md, SECURITY.md): the promotion office runs them; a firm registers
 * itself, answers and records outcomes of its own meetings; a proposed schedule is seen by the office and each
 * meeting's parties, a published one by every signed-in user.
 */
const allow: Decision = { allowed: true };
const runsEvents = (user: Principal) => user.role === 'ADMIN' || user.role === 'PROMOTION_OFFICER';

/** Create events, propose, adjust and publish schedules, export them. */
export function mayManageEvents(user: Principal): Decision {
  return runsEvents(user)
    ? allow
    : denied(refusal('ONLY_OFFICERS_RUN_EVENTS', 'only promotion officers and admins run events'));
}

/** A firm registers itself; officers and admins register any firm. */
export function mayRegisterForEvent(user: Principal, companyId: string): Decision {
  if (runsEvents(user)) return allow;
  if (user.role !== 'SME' && user.role !== 'CHAIN_LEADER')
    return denied(refusal('ONLY_FIRMS_REGISTER', 'only firms register for events'));
  return user.companyId === companyId
    ? allow
    : denied(refusal('FIRM_REGISTERS_ITSELF', 'a firm registers only itself'));
}

/** Accept or decline: the meeting's own parties only (nobody answers for a firm). */
export function mayRespondToMeeting(user: Principal, buyerId: string, supplierId: string): Decision {
  return user.companyId !== null && (user.companyId === buyerId || user.companyId === supplierId)
    ? allow
    : denied(refusal('ONLY_MEETING_PARTIES_ANSWER', 'only the two firms of a meeting answer it'));
}

/** Outcomes: a party of the meeting, officers and admins. */
export function mayRecordMeetingOutcome(user: Principal, buyerId: string, supplierId: string): Decision {
  if (runsEvents(user)) return allow;
  return user.companyId !== null && (user.companyId === buyerId || user.companyId === supplierId)
    ? allow
    : denied(
        refusal(
          'ONLY_MEETING_PARTIES_RECORD_OUTCOME',
          'only the firms of a meeting, promotion officers and admins record its outcome',
        ),
      );
}

/** A published (or held) schedule is public to signed-in users; a proposed one only to the office and the parties. */
export function mayReadMeeting(user: Principal, status: EventStatus, buyerId: string, supplierId: string): Decision {
  if (status === 'PUBLISHED' || status === 'DONE' || runsEvents(user)) return allow;
  return user.companyId !== null && (user.companyId === buyerId || user.companyId === supplierId)
    ? allow
    : denied(
        refusal(
          'PROPOSED_SCHEDULE_PRIVATE',
          'a proposed schedule is seen by promotion officers, admins and the firms of each meeting',
        ),
      );
}
