import type { CompanySummary, ScoreFactor } from './types';

/** The events API of issue #19 (/work/notes events contract): 对接会 / 沙龙 / 创新合作周 and their meetings. */
export type EventKind = 'MATCHMAKING' | 'SALON' | 'INNOVATION_WEEK';
export type EventStatus = 'OPEN' | 'SCHEDULED' | 'PUBLISHED' | 'DONE';
export type EventRole = 'BUYER' | 'SUPPLIER';
export type MeetingResponse = 'PENDING' | 'ACCEPTED' | 'DECLINED';
export type MeetingOutcome = 'NONE' | 'FOLLOW_UP' | 'QUOTE_REQUESTED' | 'CONTRACT_SIGNED' | 'NO_FIT';

export const EVENT_KINDS: readonly EventKind[] = ['MATCHMAKING', 'SALON', 'INNOVATION_WEEK'];
export const EVENT_ROLES: readonly EventRole[] = ['BUYER', 'SUPPLIER'];
export const MEETING_OUTCOMES: readonly MeetingOutcome[] = [
  'NONE',
  'FOLLOW_UP',
  'QUOTE_REQUESTED',
  'CONTRACT_SIGNED',
  'NO_FIT',
];

export interface EventSlot {
  index: number;
  startsAt: string;
  endsAt: string;
}

export interface NamedRef {
  id: string;
  name: string;
  nameEn: string | null;
}

export interface EventRegistration {
  company: CompanySummary;
  role: EventRole;
  segments: NamedRef[];
  note: string | null;
  maxMeetings: number | null;
}

export interface Meeting {
  id: string;
  slot: number;
  table: number;
  buyer: CompanySummary;
  supplier: CompanySummary;
  score: number;
  factors: ScoreFactor[];
  buyerResponse: MeetingResponse;
  supplierResponse: MeetingResponse;
  outcome: MeetingOutcome;
  outcomeNote: string | null;
}

/** What the list shows. */
export interface EventSummary {
  id: string;
  kind: EventKind;
  title: string;
  industry: NamedRef;
  date: string;
  venue: string;
  status: EventStatus;
  registeredCount: number;
  synthetic: boolean;
}

export interface EventDetail extends EventSummary {
  slots: EventSlot[];
  meetingMinutes: number;
  maxMeetingsPerFirm: number;
  registrations: EventRegistration[];
  meetings: Meeting[];
  totalScore: number;
}

export interface CreateEventInput {
  kind: EventKind;
  industryId: string;
  title: string;
  date: string;
  venue: string;
  startTime: string;
  slotCount: number;
  meetingMinutes: number;
  maxMeetingsPerFirm: number;
}

export interface EventRegistrationInput {
  role: EventRole;
  segmentIds: string[];
  note: string | null;
  maxMeetings: number | null;
}
