import { type Refusal, refusal } from '../refusals';
import type { EventRole, EventStatus } from './model';

/**
 * The checks an officer's hand-added meeting must pass (the solver's constraints, stated as messages that name the
 * firm and the slot): a registered buyer with a registered supplier, a slot of the event, each firm free in that
 * slot and under its cap, the pair not already meeting, and a positive score.
 */
export interface ExistingMeeting {
  buyerId: string;
  supplierId: string;
  slot: number;
}

export interface AddMeetingCheck {
  buyerId: string;
  supplierId: string;
  slot: number;
  slotCount: number;
  meetings: readonly ExistingMeeting[];
  roles: ReadonlyMap<string, EventRole>;
  caps: ReadonlyMap<string, number>;
  /** The pair's score, null when it does not qualify. */
  score: number | null;
  nameOf: (companyId: string) => string;
}

export function addMeetingProblem(check: AddMeetingCheck): Refusal | null {
  const { buyerId, supplierId, slot, nameOf } = check;
  if (check.roles.get(buyerId) !== 'BUYER') {
    const firm = nameOf(buyerId);
    return refusal('MEETING_NOT_BUYER', `${firm} is not registered as a buyer at this event`, { firm });
  }
  if (check.roles.get(supplierId) !== 'SUPPLIER') {
    const firm = nameOf(supplierId);
    return refusal('MEETING_NOT_SUPPLIER', `${firm} is not registered as a supplier at this event`, { firm });
  }
  if (!Number.isInteger(slot) || slot < 1 || slot > check.slotCount)
    return refusal('MEETING_SLOT_OUT_OF_RANGE', `slot must be from 1 to ${check.slotCount}`, {
      slotCount: check.slotCount,
    });
  const [buyer, supplier] = [nameOf(buyerId), nameOf(supplierId)];
  const same = check.meetings.find((m) => m.buyerId === buyerId && m.supplierId === supplierId);
  if (same)
    return refusal('MEETING_PAIR_EXISTS', `${buyer} already meets ${supplier} in slot ${same.slot}`, {
      buyer,
      supplier,
      slot: same.slot,
    });
  for (const firm of [buyerId, supplierId]) {
    const own = check.meetings.filter((m) => m.buyerId === firm || m.supplierId === firm);
    const name = nameOf(firm);
    if (own.some((m) => m.slot === slot))
      return refusal('MEETING_SLOT_TAKEN', `${name} already meets someone in slot ${slot}`, { firm: name, slot });
    const cap = check.caps.get(firm) ?? 0;
    if (own.length >= cap)
      return refusal('MEETING_CAP_REACHED', `${name} already has its limit of ${cap} meetings`, { firm: name, cap });
  }
  if (check.score === null || !(check.score > 0))
    return refusal('MEETING_NO_COMMON_SEGMENT', `${supplier} offers none of the segments ${buyer} needs (score 0)`, {
      buyer,
      supplier,
    });
  return null;
}

/**
 * What each status lets happen; the messages say what to do instead. Registration and proposals also close once
 * the event's day (`date`, YYYY-MM-DD) is before `today` (Shanghai): an event never published would otherwise stay
 * open for ever, as only a published one turns DONE.
 */
export function registrationProblem(status: EventStatus, date: string, today: string): Refusal | null {
  if (status === 'DONE') return refusal('REGISTRATION_CLOSED_DONE', 'registration is closed: the schedule is done');
  if (status !== 'OPEN' && status !== 'SCHEDULED')
    return refusal('REGISTRATION_CLOSED_PUBLISHED', 'registration is closed: the schedule is published');
  return date < today
    ? refusal('REGISTRATION_CLOSED_PAST', `registration is closed: the event was on ${date}`, { date })
    : null;
}

export function proposeProblem(status: EventStatus, date: string, today: string): Refusal | null {
  if (status !== 'OPEN' && status !== 'SCHEDULED')
    return refusal(
      'SCHEDULE_ALREADY_PUBLISHED',
      'the schedule is already published: adjust it meeting by meeting (removeMeeting, addMeeting)',
    );
  return date < today
    ? refusal('SCHEDULE_PROPOSE_PAST', `the event was on ${date}: a schedule can no longer be proposed`, { date })
    : null;
}

export function publishProblem(status: EventStatus, meetingCount: number): Refusal | null {
  if (status === 'PUBLISHED' || status === 'DONE')
    return refusal('SCHEDULE_ALREADY_PUBLISHED', 'the schedule is already published');
  return meetingCount === 0
    ? refusal('SCHEDULE_EMPTY', 'there is no meeting to publish: propose a schedule first')
    : null;
}

export function adjustProblem(status: EventStatus): Refusal | null {
  return status === 'DONE'
    ? refusal('EVENT_HELD_NO_CHANGES', 'the event has been held: its meetings can no longer change')
    : null;
}

export function respondProblem(status: EventStatus): Refusal | null {
  return status === 'DONE'
    ? refusal('EVENT_HELD_RECORD_OUTCOME', 'the event has been held: record the meeting’s outcome instead')
    : null;
}

export function outcomeProblem(status: EventStatus): Refusal | null {
  return status === 'PUBLISHED' || status === 'DONE'
    ? null
    : refusal('MEETING_OUTCOME_BEFORE_PUBLISH', 'outcomes are recorded once the schedule is published');
}
