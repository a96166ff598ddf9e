import { describe, expect, it } from 'vitest';
import { addMeetingProblem, proposeProblem, publishProblem, registrationProblem } from './meeting-rules';
import { eventInputSchema, eventSlots, eventStatus, registrationInputSchema } from './model';

describe('addMeetingProblem', () => {
  const base = {
    buyerId: 'B',
    supplierId: 'S',
    slot: 3,
    slotCount: 4,
    meetings: [{ buyerId: 'B', supplierId: 'T', slot: 3 }],
    roles: new Map([
      ['B', 'BUYER' as const],
      ['S', 'SUPPLIER' as const],
      ['T', 'SUPPLIER' as const],
    ]),
    caps: new Map([
      ['B', 2],
      ['S', 2],
      ['T', 2],
    ]),
    score: 0.5,
    nameOf: (id: string) => (id === 'B' ? 'Shanghai Demo Co.' : `Firm ${id}`),
  };
  it('names the firm and the slot', () => {
    expect(addMeetingProblem(base)?.message).toBe('Shanghai Demo Co. already meets someone in slot 3');
    expect(addMeetingProblem({ ...base, slot: 2 })).toBeNull();
    expect(addMeetingProblem({ ...base, slot: 5 })?.message).toBe('slot must be from 1 to 4');
    expect(addMeetingProblem({ ...base, supplierId: 'T', slot: 1 })?.message).toBe(
      'Shanghai Demo Co. already meets Firm T in slot 3',
    );
    expect(addMeetingProblem({ ...base, slot: 1, caps: new Map([...base.caps, ['B', 1]]) })?.message).toBe(
      'Shanghai Demo Co. already has its limit of 1 meetings',
    );
    expect(addMeetingProblem({ ...base, slot: 1, score: null })?.message).toMatch(/Firm S offers none of the segments/);
    expect(addMeetingProblem({ ...base, buyerId: 'S', supplierId: 'B' })?.message).toMatch(
      /Firm S is not registered as a buyer/,
    );
  });
});

describe('event rules', () => {
  it('states what each status allows', () => {
    expect(registrationProblem('OPEN', '2026-01-02', '2026-01-02')).toBeNull();
    expect(registrationProblem('PUBLISHED', '2026-01-02', '2026-01-01')?.message).toMatch(/closed/);
    expect(publishProblem('SCHEDULED', 0)?.message).toMatch(/propose a schedule first/);
    expect(publishProblem('SCHEDULED', 3)).toBeNull();
    expect(eventStatus('PUBLISHED', '2026-01-01', '2026-01-02')).toBe('DONE');
    expect(eventStatus('SCHEDULED', '2026-01-01', '2026-01-02')).toBe('SCHEDULED');
  });

  it('closes registration and proposals once an unpublished event’s day has passed', () => {
    for (const status of ['OPEN', 'SCHEDULED'] as const) {
      expect(registrationProblem(status, '2026-01-01', '2026-01-01')).toBeNull();
      expect(proposeProblem(status, '2026-01-01', '2026-01-01')).toBeNull();
      expect(registrationProblem(status, '2026-01-01', '2026-01-02')?.message).toBe(
        'registration is closed: the event was on 2026-01-01',
      );
      expect(proposeProblem(status, '2026-01-01', '2026-01-02')?.message).toBe(
        'the event was on 2026-01-01: a schedule can no longer be proposed',
      );
    }
    expect(proposeProblem('PUBLISHED', '2027-01-01', '2026-01-02')?.message).toMatch(/already published/);
  });

  it('validates input and lays out slots', () => {
    const ok = {
      kind: 'MATCHMAKING',
      industryId: 'icv',
      title: '对接会',
      date: '2027-01-05',
      venue: '金山',
      startTime: '09:30',
      slotCount: 3,
      meetingMinutes: 20,
      maxMeetingsPerFirm: 3,
    };
    expect(eventInputSchema.safeParse(ok).success).toBe(true);
    expect(eventInputSchema.safeParse({ ...ok, startTime: '9h' }).success).toBe(false);
    expect(registrationInputSchema.safeParse({ role: 'BUYER', segmentIds: [] }).success).toBe(false);
    expect(registrationInputSchema.safeParse({ role: 'SUPPLIER', segmentIds: [] }).success).toBe(true);
    expect(eventSlots('09:30', 3, 20)).toEqual([
      { index: 1, startsAt: '09:30', endsAt: '09:50' },
      { index: 2, startsAt: '09:50', endsAt: '10:10' },
      { index: 3, startsAt: '10:10', endsAt: '10:30' },
    ]);
  });
});
