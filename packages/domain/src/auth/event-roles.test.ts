import { describe, expect, it } from 'vitest';
import {
  mayManageEvents,
  mayReadMeeting,
  mayRecordMeetingOutcome,
  mayRegisterForEvent,
  mayRespondToMeeting,
} from './event-roles';
import type { Principal, Role } from './roles';

const user = (role: Role, companyId: string | null = null): Principal => ({ id: 'u', username: 'u', role, companyId });

describe('event rules: who may do what', () => {
  it('lets the office run events, firms register themselves and answer their own meetings', () => {
    expect(mayManageEvents(user('PROMOTION_OFFICER')).allowed).toBe(true);
    expect(mayManageEvents(user('CHAIN_LEADER', 'B')).allowed).toBe(false);
    expect(mayRegisterForEvent(user('SME', 'S'), 'S').allowed).toBe(true);
    expect(mayRegisterForEvent(user('SME', 'S'), 'T').allowed).toBe(false);
    expect(mayRegisterForEvent(user('ANALYST'), 'S').allowed).toBe(false);
    expect(mayRegisterForEvent(user('ADMIN'), 'S').allowed).toBe(true);
    expect(mayRespondToMeeting(user('SME', 'S'), 'B', 'S').allowed).toBe(true);
    expect(mayRespondToMeeting(user('ADMIN'), 'B', 'S').allowed).toBe(false);
    expect(mayRecordMeetingOutcome(user('PROMOTION_OFFICER'), 'B', 'S').allowed).toBe(true);
    expect(mayRecordMeetingOutcome(user('SME', 'T'), 'B', 'S').allowed).toBe(false);
  });

  it('shows a proposed meeting to the office and its parties only, a published one to everyone signed in', () => {
    expect(mayReadMeeting(user('SME', 'T'), 'SCHEDULED', 'B', 'S').allowed).toBe(false);
    expect(mayReadMeeting(user('ANALYST'), 'SCHEDULED', 'B', 'S').allowed).toBe(false);
    expect(mayReadMeeting(user('SME', 'S'), 'SCHEDULED', 'B', 'S').allowed).toBe(true);
    expect(mayReadMeeting(user('PROMOTION_OFFICER'), 'SCHEDULED', 'B', 'S').allowed).toBe(true);
    expect(mayReadMeeting(user('SME', 'T'), 'PUBLISHED', 'B', 'S').allowed).toBe(true);
  });
});
