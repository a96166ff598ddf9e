import { z } from 'zod';
import { NAME_FORBIDDEN } from '../enterprise/rows';

/**
 * 对接会 / 沙龙 / 创新合作周 (issue #19 item 1): events where buyers (chain leaders, large firms) meet suppliers (SMEs)
 * in pre-matched meetings. Slots are numbered from 1; a meeting sits at its buyer's table for the whole event.
 */
export const EVENT_KINDS = ['MATCHMAKING', 'SALON', 'INNOVATION_WEEK'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Registration open → schedule proposed → published → held (DONE is derived from the date, see `eventStatus`). */
export const EVENT_STATUSES = ['OPEN', 'SCHEDULED', 'PUBLISHED', 'DONE'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_ROLES = ['BUYER', 'SUPPLIER'] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

export const MEETING_RESPONSES = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export type MeetingResponse = (typeof MEETING_RESPONSES)[number];

export const MEETING_OUTCOMES = ['NONE', 'FOLLOW_UP', 'QUOTE_REQUESTED', 'CONTRACT_SIGNED', 'NO_FIT'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

/** Bounds that keep one event a day's work and the solver instant. */
export const MAX_SLOTS = 24;
export const MAX_MEETING_MINUTES = 240;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max)
    .refine((v) => !NAME_FORBIDDEN.test(v), 'must not contain control characters');

export const eventInputSchema = z.strictObject({
  kind: z.enum(EVENT_KINDS),
  industryId: z.string().min(1).max(40),
  title: text(120),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), 'not a calendar date'),
  venue: text(200),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (24-hour)'),
  slotCount: z.number().int('must be an integer').min(1).max(MAX_SLOTS),
  meetingMinutes: z.number().int('must be an integer').min(5).max(MAX_MEETING_MINUTES),
  maxMeetingsPerFirm: z.number().int('must be an integer').min(1).max(MAX_SLOTS),
});
export type EventInput = z.infer<typeof eventInputSchema>;

export const registrationInputSchema = z
  .strictObject({
    role: z.enum(EVENT_ROLES),
    segmentIds: z.array(z.string().min(1).max(80)).max(20, 'at most 20 segments'),
    note: z.string().trim().max(500).nullish(),
    maxMeetings: z.number().int('must be an integer').min(1).max(MAX_SLOTS).nullish(),
  })
  .refine((r) => r.role !== 'BUYER' || r.segmentIds.length > 0, {
    message: 'a buyer names at least one segment it needs',
    path: ['segmentIds'],
  });
export type RegistrationInput = z.infer<typeof registrationInputSchema>;

/** "field: message; …" for a zod failure, the way the API reports bad input. */
export function issuesText(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues.map((i) => `${i.path.map(String).join('.') || 'input'}: ${i.message}`).join('; ');
}

export interface EventSlot {
  index: number;
  startsAt: string;
  endsAt: string;
}

/** Back-to-back slots from the start time ("09:00", 20 min → 09:00–09:20, 09:20–09:40 …), as HH:MM. */
export function eventSlots(startTime: string, slotCount: number, meetingMinutes: number): EventSlot[] {
  const [h = 0, m = 0] = startTime.split(':').map(Number);
  const clock = (minutes: number) =>
    `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return Array.from({ length: slotCount }, (_, i) => {
    const start = h * 60 + m + i * meetingMinutes;
    return { index: i + 1, startsAt: clock(start), endsAt: clock(start + meetingMinutes) };
  });
}

/** A published event whose day has passed was held: DONE. `today` is YYYY-MM-DD in Shanghai. */
export function eventStatus(stored: EventStatus, date: string, today: string): EventStatus {
  return stored === 'PUBLISHED' && date < today ? 'DONE' : stored;
}

/** Today's date in Shanghai (UTC+8), YYYY-MM-DD: events are dated in local days. */
export function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The most meetings a firm may have: its own wish, the event's limit and the number of slots, whichever is least. */
export function meetingCap(own: number | null | undefined, eventMax: number, slotCount: number): number {
  return Math.max(0, Math.min(own ?? Number.POSITIVE_INFINITY, eventMax, slotCount));
}
