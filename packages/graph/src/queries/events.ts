import type { EventInput, EventKind, EventRecord, EventStatus, RegistrationRecord } from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { withNulls } from '../values';

/*
 * Events (对接会 / 沙龙 / 创新合作周) and registrations (docs/events.md):
 * `(:Event)-[:FOR_INDUSTRY]->(:Industry)`, `(:Company)-[:REGISTERED_FOR {role, segmentIds, note, maxMeetings, at}]->(:Event)`.
 * Meetings are in event-meetings.ts. The status stored is OPEN, SCHEDULED or PUBLISHED; DONE is derived (domain).
 * What they read as is domain events/records.ts.
 */

const EVENT_PROJECTION = `e { .id, .kind, .title, .industryId, .date, .venue, .startTime, .slotCount, .meetingMinutes,
  .maxMeetingsPerFirm, .status, .createdAt, synthetic: coalesce(e.synthetic, false),
  declinedPairs: coalesce(e.declinedPairs, []), registeredCount: COUNT { (:Company)-[:REGISTERED_FOR]->(e) } }`;

export interface NewEvent extends EventInput {
  id: string;
  status: EventStatus;
  synthetic: boolean;
  createdAt: string;
}

/** Creates (or, for a fixed id, rewrites) an event; null when its industry does not exist. */
export async function createEvent(executor: GraphExecutor, row: NewEvent): Promise<EventRecord | null> {
  const [r] = await executor.write<{ event: EventRecord }>(
    'createEvent',
    `WITH $row AS row
     MATCH (i:Industry {id: row.industryId})
     MERGE (e:Event {id: row.id})
     SET e += row { .kind, .title, .industryId, .date, .venue, .startTime, .slotCount, .meetingMinutes,
                    .maxMeetingsPerFirm, .status, .synthetic, .createdAt }
     MERGE (e)-[:FOR_INDUSTRY]->(i)
     RETURN ${EVENT_PROJECTION} AS event`,
    { row: withNulls(row) },
  );
  return r ? normalizeEvent(r.event) : null;
}

export async function eventsByIds(executor: GraphExecutor, ids: readonly string[]): Promise<EventRecord[]> {
  const rows = await executor.read<{ event: EventRecord }>(
    'eventsByIds',
    `UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN ${EVENT_PROJECTION} AS event`,
    { ids },
  );
  return rows.map((r) => normalizeEvent(r.event));
}

export interface EventFilter {
  industryId?: string | null;
  /** Only events on or after this day (YYYY-MM-DD). */
  fromDate?: string | null;
}

/** Events by date (soonest first), then id. */
export async function listEvents(executor: GraphExecutor, filter: EventFilter): Promise<EventRecord[]> {
  const rows = await executor.read<{ event: EventRecord }>(
    'listEvents',
    `MATCH (e:Event)
     WHERE ($industryId IS NULL OR e.industryId = $industryId) AND ($fromDate IS NULL OR e.date >= $fromDate)
     RETURN ${EVENT_PROJECTION} AS event ORDER BY e.date, e.id LIMIT 500`,
    { industryId: filter.industryId ?? null, fromDate: filter.fromDate ?? null },
  );
  return rows.map((r) => normalizeEvent(r.event));
}

export async function setEventStatus(executor: GraphExecutor, id: string, status: EventStatus): Promise<void> {
  await executor.write('setEventStatus', 'MATCH (e:Event {id: $id}) SET e.status = $status', { id, status });
}

export type RegistrationResult =
  | { ok: true }
  | { ok: false; missing: 'event' | 'company' }
  | { ok: false; unknownSegmentIds: string[] };

/**
 * Registers a firm (or updates its registration: one per firm and event). Segments must belong to the event's
 * industry; nothing is written otherwise.
 */
export async function upsertRegistration(
  executor: GraphExecutor,
  registration: Omit<RegistrationRecord, 'at'>,
  at: string,
): Promise<RegistrationResult> {
  return executor.writeTx('upsertRegistration', async (tx) => {
    const [found] = await run<{ event: boolean; company: boolean; known: string[] }>(
      tx,
      `OPTIONAL MATCH (e:Event {id: $eventId})
       OPTIONAL MATCH (c:Company {id: $companyId})
       RETURN e IS NOT NULL AS event, c IS NOT NULL AS company,
              COLLECT { MATCH (s:Segment) WHERE s.id IN $segmentIds AND s.industryId = e.industryId RETURN s.id } AS known`,
      registration,
    );
    if (!found?.event) return { ok: false, missing: 'event' } as const;
    if (!found.company) return { ok: false, missing: 'company' } as const;
    const unknownSegmentIds = registration.segmentIds.filter((id) => !found.known.includes(id));
    if (unknownSegmentIds.length) return { ok: false, unknownSegmentIds } as const;
    await run(
      tx,
      `MATCH (e:Event {id: $eventId}), (c:Company {id: $companyId})
       MERGE (c)-[r:REGISTERED_FOR]->(e) ON CREATE SET r.at = $at
       SET r.role = $role, r.segmentIds = $segmentIds, r.note = $note, r.maxMeetings = $maxMeetings`,
      { ...withNulls(registration), at },
    );
    return { ok: true } as const;
  });
}

export async function registrationsByEventIds(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<Map<string, RegistrationRecord[]>> {
  const rows = await executor.read<RegistrationRecord>(
    'registrationsByEventIds',
    `UNWIND $ids AS id MATCH (c:Company)-[r:REGISTERED_FOR]->(e:Event {id: id})
     RETURN e.id AS eventId, c.id AS companyId, r.role AS role, coalesce(r.segmentIds, []) AS segmentIds,
            r.note AS note, r.maxMeetings AS maxMeetings, r.at AS at
     ORDER BY r.role, c.id`,
    { ids },
  );
  const byEvent = new Map<string, RegistrationRecord[]>(ids.map((id) => [id, []]));
  for (const row of rows) byEvent.get(row.eventId)?.push(row);
  return byEvent;
}

function normalizeEvent(e: EventRecord): EventRecord {
  return { ...e, kind: e.kind as EventKind, synthetic: Boolean(e.synthetic) };
}
