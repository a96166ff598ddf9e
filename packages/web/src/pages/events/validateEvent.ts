import type { CreateEventInput, EventKind } from '../../api/types';
import type { MessageKey } from '../../i18n';

/** The create-event form as typed; checked here as the officer types and again by the API. */
export interface EventDraft {
  kind: EventKind;
  industryId: string;
  title: string;
  date: string;
  venue: string;
  startTime: string;
  slotCount: string;
  meetingMinutes: string;
  maxMeetingsPerFirm: string;
}

export const EMPTY_EVENT: EventDraft = {
  kind: 'MATCHMAKING',
  industryId: 'icv',
  title: '',
  date: '',
  venue: '',
  startTime: '09:00',
  slotCount: '6',
  meetingMinutes: '20',
  maxMeetingsPerFirm: '4',
};

export type EventDraftErrors = Partial<Record<keyof EventDraft, MessageKey>>;

/** Whole numbers in a range, the API's own bounds (a day's meetings, long enough to talk). */
const LIMITS = {
  slotCount: [1, 24],
  meetingMinutes: [5, 240],
  maxMeetingsPerFirm: [1, 24],
} as const satisfies Partial<Record<keyof EventDraft, readonly [number, number]>>;

export function validateEvent(
  draft: EventDraft,
  today: string,
): { ok: true; input: CreateEventInput } | { ok: false; errors: EventDraftErrors } {
  const errors: EventDraftErrors = {};
  const title = draft.title.trim();
  const venue = draft.venue.trim();
  if (!title) errors.title = 'eventForm.error.title';
  else if (title.length > 120) errors.title = 'eventForm.error.titleTooLong';
  if (!venue) errors.venue = 'eventForm.error.venue';
  else if (venue.length > 200) errors.venue = 'eventForm.error.tooLong';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) errors.date = 'eventForm.error.date';
  else if (draft.date < today) errors.date = 'eventForm.error.datePast';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.startTime)) errors.startTime = 'eventForm.error.startTime';
  const numbers: Partial<Record<keyof typeof LIMITS, number>> = {};
  for (const key of Object.keys(LIMITS) as Array<keyof typeof LIMITS>) {
    const [min, max] = LIMITS[key];
    const text = draft[key].trim();
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < min || n > max) errors[key] = `eventForm.error.${key}`;
    else numbers[key] = n;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      kind: draft.kind,
      industryId: draft.industryId,
      title,
      date: draft.date,
      venue,
      startTime: draft.startTime,
      slotCount: numbers.slotCount as number,
      meetingMinutes: numbers.meetingMinutes as number,
      maxMeetingsPerFirm: numbers.maxMeetingsPerFirm as number,
    },
  };
}
