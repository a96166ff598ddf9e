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

export function addMeetingProblem(check: AddMeetingCheck): string | null {
  const { buyerId, supplierId, slot, nameOf } = check;
  if (check.roles.get(buyerId) !== 'BUYER') return `${nameOf(buyerId)} is not registered as a buyer at this event`;
  if (check.roles.get(supplierId) !== 'SUPPLIER')
    return `${nameOf(supplierId)} is not registered as a supplier at this event`;
  if (!Number.isInteger(slot) || slot < 1 || slot > check.slotCount) return `slot must be from 1 to ${check.slotCount}`;
  const same = check.meetings.find((m) => m.buyerId === buyerId && m.supplierId === supplierId);
  if (same) return `${nameOf(buyerId)} already meets ${nameOf(supplierId)} in slot ${same.slot}`;
  for (const firm of [buyerId, supplierId]) {
    const own = check.meetings.filter((m) => m.buyerId === firm || m.supplierId === firm);
    if (own.some((m) => m.slot === slot)) return `${nameOf(firm)} already meets someone in slot ${slot}`;
    const cap = check.caps.get(firm) ?? 0;
    if (own.length >= cap) return `${nameOf(firm)} already has its limit of ${cap} meetings`;
  }
  if (check.score === null || !(check.score > 0))
    return `${nameOf(supplierId)} offers none of the segments ${nameOf(buyerId)} needs (score 0)`;
  return null;
}

/**
 * What each status lets happen; the messages say what to do instead. Registration and proposals also close once
 * the event's day (`date`, YYYY-MM-DD) is before `today` (Shanghai): an event never published would otherwise stay
 * open for ever, as only a published one turns DONE.
 */
export function registrationProblem(status: EventStatus, date: string, today: string): string | null {
  if (status !== 'OPEN' && status !== 'SCHEDULED')
    return `registration is closed: the schedule is ${status === 'DONE' ? 'done' : 'published'}`;
  return date < today ? `registration is closed: the event was on ${date}` : null;
}

export function proposeProblem(status: EventStatus, date: string, today: string): string | null {
  if (status !== 'OPEN' && status !== 'SCHEDULED')
    return 'the schedule is already published: adjust it meeting by meeting (removeMeeting, addMeeting)';
  return date < today ? `the event was on ${date}: a schedule can no longer be proposed` : null;
}

export function publishProblem(status: EventStatus, meetingCount: number): string | null {
  if (status === 'PUBLISHED' || status === 'DONE') return 'the schedule is already published';
  return meetingCount === 0 ? 'there is no meeting to publish: propose a schedule first' : null;
}

export function adjustProblem(status: EventStatus): string | null {
  return status === 'DONE' ? 'the event has been held: its meetings can no longer change' : null;
}

export function respondProblem(status: EventStatus): string | null {
  return status === 'DONE' ? 'the event has been held: record the meeting’s outcome instead' : null;
}

export function outcomeProblem(status: EventStatus): string | null {
  return status === 'PUBLISHED' || status === 'DONE' ? null : 'outcomes are recorded once the schedule is published';
}
