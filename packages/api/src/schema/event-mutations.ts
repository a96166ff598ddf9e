import { randomUUID } from 'node:crypto';
import {
  addMeetingProblem,
  adjustProblem,
  type EventRecord,
  type ExistingMeeting,
  eventInputSchema,
  issuesText,
  type MeetingRecord,
  mayManageEvents,
  mayRecordMeetingOutcome,
  mayRegisterForEvent,
  mayRespondToMeeting,
  meetingCaps,
  outcomeProblem,
  pairKey,
  pairScore,
  proposeProblem,
  publishProblem,
  type Refusal,
  refusal,
  registrationInputSchema,
  registrationProblem,
  respondProblem,
  shanghaiToday,
  solveSchedule,
} from '@atlas/domain';
import {
  createEvent,
  deleteMeeting,
  eventScoringFacts,
  insertMeeting,
  meetingById,
  replaceMeetings,
  setEventStatus,
  setMeetingOutcome,
  setMeetingResponse,
  upsertRegistration,
} from '@atlas/graph';
import { enforce, requireUser } from '../auth/guard';
import { builder } from '../builder';
import type { AtlasContext } from '../context';
import { badInput, companyRequired, notFound } from '../errors';
import { requireRecord } from '../require-record';
import { currentStatus, EventKindEnum, EventRef, EventRoleEnum, MeetingOutcomeEnum, MeetingRef } from './event';
import { eventLoaders } from './event-loaders';

/**
 * The event mutations of docs/events.md: the office creates events, proposes (the solver), adjusts and publishes
 * schedules; firms register and answer their meetings; outcomes are recorded after the event. Rules are the pure
 * functions of domain/auth/event-roles.ts and domain/events/meeting-rules.ts.
 */
const CreateEventInput = builder.inputType('CreateEventInput', {
  fields: (t) => ({
    kind: t.field({ type: EventKindEnum, required: true }),
    industryId: t.id({ required: true }),
    title: t.string({ required: true }),
    date: t.string({ required: true, description: 'YYYY-MM-DD, today or later.' }),
    venue: t.string({ required: true }),
    startTime: t.string({ defaultValue: '09:00', description: 'HH:MM, 24-hour: when slot 1 starts.' }),
    slotCount: t.int({ required: true, description: '1 to 24.' }),
    meetingMinutes: t.int({ defaultValue: 20, description: '5 to 240.' }),
    maxMeetingsPerFirm: t.int({ description: 'Defaults to the slot count.' }),
  }),
});

const EventRegistrationInput = builder.inputType('EventRegistrationInput', {
  fields: (t) => ({
    role: t.field({ type: EventRoleEnum, required: true }),
    segmentIds: t.idList({
      required: true,
      description: 'Buyer: the segments it needs (at least one); supplier: those it offers (its own count too).',
    }),
    note: t.string(),
    maxMeetings: t.int(),
    companyId: t.id({ description: 'Officers and admins: register this firm; firms register themselves.' }),
  }),
});

const eventOrFail = (context: AtlasContext, id: string): Promise<EventRecord> =>
  requireRecord('event', id, eventLoaders(context).event);

const meetingOrFail = (context: AtlasContext, id: string): Promise<MeetingRecord> =>
  requireRecord('meeting', id, (key) => meetingById(context.executor, key));

/** The event as it is now: the loaders forget what they read before the write. */
async function fresh(context: AtlasContext, id: string): Promise<EventRecord> {
  eventLoaders(context).forget(id);
  return eventOrFail(context, id);
}

const fail = (problem: Refusal | null) => {
  if (problem) throw badInput(problem);
};

builder.mutationField('createEvent', (t) =>
  t.field({
    type: EventRef,
    args: { input: t.arg({ type: CreateEventInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const user = requireUser(context);
      enforce(mayManageEvents(user));
      const parsed = eventInputSchema.safeParse({
        ...input,
        industryId: String(input.industryId),
        startTime: input.startTime ?? '09:00',
        meetingMinutes: input.meetingMinutes ?? 20,
        maxMeetingsPerFirm: input.maxMeetingsPerFirm ?? input.slotCount,
      });
      if (!parsed.success) throw badInput(issuesText(parsed.error.issues));
      if (parsed.data.date < shanghaiToday(new Date()))
        throw badInput(refusal('EVENT_DATE_PAST', 'date: must be today or later'));
      const event = await requireRecord('industry', parsed.data.industryId, () =>
        createEvent(context.executor, {
          ...parsed.data,
          id: `event.${randomUUID()}`,
          status: 'OPEN',
          synthetic: false,
          createdAt: new Date().toISOString(),
        }),
      );
      context.logger.info({ eventId: event.id, user: user.username }, 'event created');
      return event;
    },
  }),
);

builder.mutationField('registerForEvent', (t) =>
  t.field({
    type: EventRef,
    args: {
      eventId: t.arg.id({ required: true }),
      input: t.arg({ type: EventRegistrationInput, required: true }),
    },
    resolve: async (_root, { eventId, input }, context) => {
      const user = requireUser(context);
      const companyId = String(input.companyId ?? user.companyId ?? '');
      enforce(mayRegisterForEvent(user, companyId));
      if (!companyId) throw companyRequired();
      const event = await eventOrFail(context, String(eventId));
      fail(registrationProblem(currentStatus(event), event.date, shanghaiToday(new Date())));
      const parsed = registrationInputSchema.safeParse({
        role: input.role,
        segmentIds: [...new Set(input.segmentIds.map(String))],
        note: input.note ?? null,
        maxMeetings: input.maxMeetings ?? null,
      });
      if (!parsed.success) throw badInput(issuesText(parsed.error.issues));
      const result = await upsertRegistration(
        context.executor,
        {
          eventId: event.id,
          companyId,
          role: parsed.data.role,
          segmentIds: parsed.data.segmentIds,
          note: parsed.data.note ?? null,
          maxMeetings: parsed.data.maxMeetings ?? null,
        },
        new Date().toISOString(),
      );
      if (!result.ok && 'missing' in result)
        throw notFound(result.missing, result.missing === 'event' ? event.id : companyId);
      if (!result.ok)
        throw badInput(
          refusal(
            'EVENT_SEGMENTS_UNKNOWN',
            `segmentIds: not segments of ${event.industryId}: ${result.unknownSegmentIds.join(', ')}`,
            { industryId: event.industryId, segmentIds: result.unknownSegmentIds.join(', ') },
          ),
        );
      return fresh(context, event.id);
    },
  }),
);

builder.mutationField('proposeSchedule', (t) =>
  t.field({
    type: EventRef,
    description:
      'Solves the schedule (maximum-weight b-matching, then slots by edge colouring) and replaces the proposed ' +
      'meetings; pairs a party declined are not proposed again.',
    args: { eventId: t.arg.id({ required: true }) },
    resolve: async (_root, { eventId }, context) => {
      const user = requireUser(context);
      enforce(mayManageEvents(user));
      const event = await eventOrFail(context, String(eventId));
      fail(proposeProblem(currentStatus(event), event.date, shanghaiToday(new Date())));
      const [facts, registrations, current] = await Promise.all([
        eventScoringFacts(context.executor, event.id),
        eventLoaders(context).registrations.load(event.id),
        eventLoaders(context).meetings.load(event.id),
      ]);
      if (!facts) throw notFound('event', event.id);
      // Declined before and declined in the schedule being replaced (replaceMeetings remembers the latter).
      const declined = current
        .filter((m) => m.buyerResponse === 'DECLINED' || m.supplierResponse === 'DECLINED')
        .map((m) => pairKey(m.buyerId, m.supplierId));
      const { meetings, totalScore } = solveSchedule({
        slotCount: event.slotCount,
        maxMeetingsPerFirm: event.maxMeetingsPerFirm,
        registrations,
        facts: facts.facts,
        parentOf: facts.parentOf,
        excludedPairs: new Set([...event.declinedPairs, ...declined]),
      });
      await replaceMeetings(context.executor, event.id, meetings);
      context.logger.info({ eventId: event.id, meetings: meetings.length, totalScore }, 'schedule proposed');
      return fresh(context, event.id);
    },
  }),
);

builder.mutationField('respondToMeeting', (t) =>
  t.field({
    type: MeetingRef,
    args: { meetingId: t.arg.id({ required: true }), accept: t.arg.boolean({ required: true }) },
    resolve: async (_root, { meetingId, accept }, context) => {
      const user = requireUser(context);
      const meeting = await meetingOrFail(context, String(meetingId));
      enforce(mayRespondToMeeting(user, meeting.buyerId, meeting.supplierId));
      fail(respondProblem(currentStatus(await eventOrFail(context, meeting.eventId))));
      const side = user.companyId === meeting.buyerId ? 'BUYER' : 'SUPPLIER';
      return requireRecord('meeting', meeting.id, (id) =>
        setMeetingResponse(context.executor, id, side, accept ? 'ACCEPTED' : 'DECLINED'),
      );
    },
  }),
);

builder.mutationField('removeMeeting', (t) =>
  t.field({
    type: EventRef,
    args: { meetingId: t.arg.id({ required: true }) },
    resolve: async (_root, { meetingId }, context) => {
      enforce(mayManageEvents(requireUser(context)));
      const meeting = await meetingOrFail(context, String(meetingId));
      fail(adjustProblem(currentStatus(await eventOrFail(context, meeting.eventId))));
      if (!(await deleteMeeting(context.executor, meeting.id))) throw notFound('meeting', meeting.id);
      return fresh(context, meeting.eventId);
    },
  }),
);

builder.mutationField('addMeeting', (t) =>
  t.field({
    type: EventRef,
    description:
      'An officer’s adjustment, checked like the solver: a registered buyer and supplier with a positive score, ' +
      'each free in the slot and under its limit, the pair not already meeting. The buyer keeps its table.',
    args: {
      eventId: t.arg.id({ required: true }),
      buyerId: t.arg.id({ required: true }),
      supplierId: t.arg.id({ required: true }),
      slot: t.arg.int({ required: true }),
    },
    resolve: async (_root, args, context) => {
      enforce(mayManageEvents(requireUser(context)));
      const event = await eventOrFail(context, String(args.eventId));
      fail(adjustProblem(currentStatus(event)));
      const [buyerId, supplierId] = [String(args.buyerId), String(args.supplierId)];
      const loaders = eventLoaders(context);
      const [registrations, meetings, facts] = await Promise.all([
        loaders.registrations.load(event.id),
        loaders.meetings.load(event.id),
        eventScoringFacts(context.executor, event.id),
      ]);
      if (!facts) throw notFound('event', event.id);
      const registration = new Map(registrations.map((r) => [r.companyId, r]));
      const buyer = facts.facts.get(buyerId);
      const supplier = facts.facts.get(supplierId);
      const scored =
        buyer && supplier
          ? pairScore(
              { facts: buyer, segmentIds: registration.get(buyerId)?.segmentIds ?? [] },
              { facts: supplier, segmentIds: registration.get(supplierId)?.segmentIds ?? [] },
              facts.parentOf,
            )
          : null;
      const problemWith = (current: readonly ExistingMeeting[]) =>
        addMeetingProblem({
          buyerId,
          supplierId,
          slot: args.slot,
          slotCount: event.slotCount,
          meetings: current,
          roles: new Map(registrations.map((r) => [r.companyId, r.role])),
          caps: meetingCaps({ ...event, registrations }),
          score: scored?.score ?? null,
          nameOf: (id) => facts.facts.get(id)?.name ?? id,
        });
      // Checked here for a quick answer, and again inside the write against the schedule as it is then.
      fail(problemWith(meetings));
      const refused = await insertMeeting(
        context.executor,
        event.id,
        (current) => ({
          buyerId,
          supplierId,
          slot: args.slot,
          // The buyer keeps its table; a buyer new to the schedule takes the next one.
          table: current.find((m) => m.buyerId === buyerId)?.table ?? Math.max(0, ...current.map((m) => m.table)) + 1,
          score: scored?.score ?? 0,
          factors: scored?.factors ?? [],
        }),
        problemWith,
      );
      fail(refused);
      context.logger.info({ eventId: event.id, pair: pairKey(buyerId, supplierId) }, 'meeting added');
      return fresh(context, event.id);
    },
  }),
);

builder.mutationField('publishSchedule', (t) =>
  t.field({
    type: EventRef,
    args: { eventId: t.arg.id({ required: true }) },
    resolve: async (_root, { eventId }, context) => {
      enforce(mayManageEvents(requireUser(context)));
      const event = await eventOrFail(context, String(eventId));
      const meetings = await eventLoaders(context).meetings.load(event.id);
      fail(publishProblem(currentStatus(event), meetings.length));
      await setEventStatus(context.executor, event.id, 'PUBLISHED');
      return fresh(context, event.id);
    },
  }),
);

builder.mutationField('recordMeetingOutcome', (t) =>
  t.field({
    type: MeetingRef,
    args: {
      meetingId: t.arg.id({ required: true }),
      outcome: t.arg({ type: MeetingOutcomeEnum, required: true }),
      note: t.arg.string(),
    },
    resolve: async (_root, args, context) => {
      const user = requireUser(context);
      const meeting = await meetingOrFail(context, String(args.meetingId));
      enforce(mayRecordMeetingOutcome(user, meeting.buyerId, meeting.supplierId));
      fail(outcomeProblem(currentStatus(await eventOrFail(context, meeting.eventId))));
      const note = args.note?.trim() || null;
      if (note && note.length > 500)
        throw badInput(refusal('NOTE_TOO_LONG', 'note: at most 500 characters', { max: 500 }));
      return requireRecord('meeting', meeting.id, (id) => setMeetingOutcome(context.executor, id, args.outcome, note));
    },
  }),
);
