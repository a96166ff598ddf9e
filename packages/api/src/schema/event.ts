import {
  EVENT_KINDS,
  EVENT_ROLES,
  EVENT_STATUSES,
  type EventRecord,
  type EventStatus,
  eventSlots,
  eventStatus,
  MEETING_OUTCOMES,
  MEETING_RESPONSES,
  type MeetingRecord,
  mayReadMeeting,
  type RegistrationRecord,
  shanghaiToday,
} from '@atlas/domain';
import { listEvents } from '@atlas/graph';
import { requireUser } from '../auth/guard';
import { builder } from '../builder';
import type { AtlasContext } from '../context';
import { linkedRecord } from '../require-record';
import { ChainSegmentRef, loadSegments } from './chain-segment';
import { CompanyRef } from './company';
import { eventLoaders } from './event-loaders';
import { Industry } from './industry';
import { ScoreFactorRef } from './score';

/**
 * 对接会 / 沙龙 / 创新合作周 (docs/events.md): events, registrations and the meeting schedule. Everything here is for
 * signed-in users; a proposed (unpublished) schedule shows each user only the meetings `mayReadMeeting` allows.
 */
export const EventKindEnum = builder.enumType('EventKind', {
  description: 'MATCHMAKING 对接会, SALON 沙龙, INNOVATION_WEEK 创新合作周.',
  values: EVENT_KINDS,
});
export const EventStatusEnum = builder.enumType('EventStatus', {
  description: 'OPEN registration → SCHEDULED (proposed) → PUBLISHED → DONE (a published event whose day has passed).',
  values: EVENT_STATUSES,
});
export const EventRoleEnum = builder.enumType('EventRole', {
  description: 'BUYER: needs (chain leaders, large firms); SUPPLIER: offers (mostly SMEs).',
  values: EVENT_ROLES,
});
export const MeetingResponseEnum = builder.enumType('MeetingResponse', { values: MEETING_RESPONSES });
export const MeetingOutcomeEnum = builder.enumType('MeetingOutcome', { values: MEETING_OUTCOMES });

/** The status users see: DONE once a published event's day (Shanghai time) has passed. */
export function currentStatus(event: EventRecord): EventStatus {
  return eventStatus(event.status, event.date, shanghaiToday(new Date()));
}

/** The meetings of an event this user may see. */
export async function visibleMeetings(event: EventRecord, context: AtlasContext): Promise<MeetingRecord[]> {
  const user = requireUser(context);
  const status = currentStatus(event);
  const all = await eventLoaders(context).meetings.load(event.id);
  return all.filter((m) => mayReadMeeting(user, status, m.buyerId, m.supplierId).allowed);
}

const loadCompany = (context: AtlasContext, id: string) => linkedRecord('company', id, context.loaders.company);

const EventSlotRef = builder.objectRef<{ index: number; startsAt: string; endsAt: string }>('EventSlot').implement({
  description: 'A meeting slot, numbered from 1; times HH:MM on the event’s day.',
  fields: (t) => ({
    index: t.exposeInt('index'),
    startsAt: t.exposeString('startsAt'),
    endsAt: t.exposeString('endsAt'),
  }),
});

export const EventRegistrationRef = builder.objectRef<RegistrationRecord>('EventRegistration').implement({
  description: 'A firm registered for an event: as buyer, the segments it needs; as supplier, those it offers.',
  fields: (t) => ({
    company: t.field({ type: CompanyRef, resolve: (r, _a, context) => loadCompany(context, r.companyId) }),
    role: t.field({ type: EventRoleEnum, resolve: (r) => r.role }),
    segments: t.field({
      type: [ChainSegmentRef],
      resolve: (r, _a, { loaders }) => loadSegments(loaders, r.segmentIds),
    }),
    note: t.exposeString('note', { nullable: true }),
    maxMeetings: t.exposeInt('maxMeetings', {
      nullable: true,
      description: 'The firm’s own limit; the event’s maxMeetingsPerFirm and the slot count also apply.',
    }),
  }),
});

export const MeetingRef = builder.objectRef<MeetingRecord>('Meeting').implement({
  description:
    'A scheduled meeting: the buyer sits at its table all day and suppliers come to it. Score and factors as ' +
    'computed when the meeting was proposed or added (docs/events.md).',
  fields: (t) => ({
    id: t.exposeID('id'),
    slot: t.exposeInt('slot', { description: 'From 1 to the event’s slot count.' }),
    table: t.exposeInt('table'),
    buyer: t.field({ type: CompanyRef, resolve: (m, _a, context) => loadCompany(context, m.buyerId) }),
    supplier: t.field({ type: CompanyRef, resolve: (m, _a, context) => loadCompany(context, m.supplierId) }),
    score: t.exposeFloat('score'),
    factors: t.field({ type: [ScoreFactorRef], resolve: (m) => m.factors }),
    buyerResponse: t.field({ type: MeetingResponseEnum, resolve: (m) => m.buyerResponse }),
    supplierResponse: t.field({ type: MeetingResponseEnum, resolve: (m) => m.supplierResponse }),
    outcome: t.field({ type: MeetingOutcomeEnum, resolve: (m) => m.outcome }),
    outcomeNote: t.exposeString('outcomeNote', { nullable: true }),
  }),
});

export const EventRef = builder.objectRef<EventRecord>('Event').implement({
  description: '对接会 / 沙龙 / 创新合作周 with a pre-matched meeting schedule (docs/events.md).',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: EventKindEnum, resolve: (e) => e.kind }),
    title: t.exposeString('title'),
    industry: t.field({
      type: Industry,
      resolve: (e, _a, { loaders }) => linkedRecord('industry', e.industryId, loaders.industry),
    }),
    date: t.exposeString('date', { description: 'YYYY-MM-DD (Shanghai).' }),
    venue: t.exposeString('venue'),
    slots: t.field({
      type: [EventSlotRef],
      resolve: (e) => eventSlots(e.startTime, e.slotCount, e.meetingMinutes),
    }),
    meetingMinutes: t.exposeInt('meetingMinutes'),
    maxMeetingsPerFirm: t.exposeInt('maxMeetingsPerFirm'),
    status: t.field({ type: EventStatusEnum, resolve: (e) => currentStatus(e) }),
    registrations: t.field({
      type: [EventRegistrationRef],
      resolve: (e, _a, context) => eventLoaders(context).registrations.load(e.id),
    }),
    registeredCount: t.exposeInt('registeredCount'),
    meetings: t.field({
      type: [MeetingRef],
      description:
        'By slot, then table. Published: every meeting; proposed: promotion officers and admins see all, a firm ' +
        'its own.',
      resolve: (e, _a, context) => visibleMeetings(e, context),
    }),
    totalScore: t.float({
      description: 'Σ score over the meetings you see (all of them for officers, or once published).',
      resolve: async (e, _a, context) => (await visibleMeetings(e, context)).reduce((s, m) => s + m.score, 0),
    }),
    synthetic: t.exposeBoolean('synthetic', { description: 'Demo data (示例), not a real event.' }),
  }),
});

builder.queryField('events', (t) =>
  t.field({
    type: [EventRef],
    description: 'Events by date, soonest first (at most 500). upcoming: only those today or later (Shanghai).',
    args: { industryId: t.arg.id(), upcoming: t.arg.boolean() },
    resolve: async (_root, args, context) => {
      requireUser(context);
      return listEvents(context.executor, {
        industryId: args.industryId ? String(args.industryId) : null,
        fromDate: args.upcoming ? shanghaiToday(new Date()) : null,
      });
    },
  }),
);

builder.queryField('event', (t) =>
  t.field({
    type: EventRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => {
      requireUser(context);
      return eventLoaders(context).event.load(String(id));
    },
  }),
);
