import {
  DEFAULT_MIN_CONFIDENCE,
  type EventFirmFacts,
  type MeetingOutcome,
  type MeetingRecord,
  type MeetingResponse,
  type ParentOf,
  type ProposedMeeting,
  type ScoreFactor,
} from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { type GraphExecutor, run } from '../executor';

/*
 * Meetings of an event: `(:Event)-[:HAS_MEETING]->(:Meeting)`, `(:Meeting)-[:BUYER]->(:Company)`,
 * `(:Meeting)-[:SUPPLIER]->(:Company)`. A meeting's id is `<eventId>/<buyerId>/<supplierId>` (one per pair), its
 * factors stored as JSON beside the score, as computed when it was proposed or added (domain `MeetingRecord`).
 */

export const meetingId = (eventId: string, buyerId: string, supplierId: string) =>
  `${eventId}/${buyerId}/${supplierId}`;

const MEETING_PROJECTION = `{ id: m.id, eventId: e.id, slot: m.slot, table: m.table, buyerId: b.id, supplierId: s.id,
  score: m.score, factorsJson: m.factorsJson, buyerResponse: m.buyerResponse, supplierResponse: m.supplierResponse,
  outcome: m.outcome, outcomeNote: m.outcomeNote }`;
const MEETING_MATCH = '(e:Event)-[:HAS_MEETING]->(m:Meeting), (m)-[:BUYER]->(b:Company), (m)-[:SUPPLIER]->(s:Company)';

type StoredMeeting = Omit<MeetingRecord, 'factors'> & { factorsJson: string | null };

function toMeeting({ factorsJson, ...m }: StoredMeeting): MeetingRecord {
  return { ...m, factors: factorsJson ? (JSON.parse(factorsJson) as ScoreFactor[]) : [] };
}

export async function meetingsByEventIds(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<Map<string, MeetingRecord[]>> {
  const rows = await executor.read<{ meeting: StoredMeeting }>(
    'meetingsByEventIds',
    `UNWIND $ids AS id MATCH ${MEETING_MATCH} WHERE e.id = id
     RETURN ${MEETING_PROJECTION} AS meeting ORDER BY m.slot, m.table, m.id`,
    { ids },
  );
  const byEvent = new Map<string, MeetingRecord[]>(ids.map((id) => [id, []]));
  for (const { meeting } of rows) byEvent.get(meeting.eventId)?.push(toMeeting(meeting));
  return byEvent;
}

export async function meetingById(executor: GraphExecutor, id: string): Promise<MeetingRecord | null> {
  const [row] = await executor.read<{ meeting: StoredMeeting }>(
    'meetingById',
    `MATCH ${MEETING_MATCH} WHERE m.id = $id RETURN ${MEETING_PROJECTION} AS meeting`,
    { id },
  );
  return row ? toMeeting(row.meeting) : null;
}

const CREATE_MEETINGS = `MATCH (e:Event {id: $eventId})
  UNWIND $meetings AS row
  MATCH (b:Company {id: row.buyerId}), (s:Company {id: row.supplierId})
  CREATE (e)-[:HAS_MEETING]->(m:Meeting {id: row.id, eventId: e.id, slot: row.slot, table: row.table,
    score: row.score, factorsJson: row.factorsJson, buyerResponse: 'PENDING', supplierResponse: 'PENDING',
    outcome: 'NONE', synthetic: coalesce(e.synthetic, false)})
  CREATE (m)-[:BUYER]->(b), (m)-[:SUPPLIER]->(s)
  RETURN count(m) AS created`;

/** Creates the meetings inside `tx`; a meeting naming a missing firm or event fails the whole transaction. */
async function createMeetings(tx: ManagedTransaction, eventId: string, meetings: readonly ProposedMeeting[]) {
  const [row] = await run<{ created: number }>(tx, CREATE_MEETINGS, {
    eventId,
    meetings: meetingRows(eventId, meetings),
  });
  if ((row?.created ?? 0) !== meetings.length)
    throw new Error(`event ${eventId}: a meeting names a firm or event that does not exist; nothing was changed`);
}

const meetingRows = (eventId: string, meetings: readonly ProposedMeeting[]) =>
  meetings.map((m) => ({
    id: meetingId(eventId, m.buyerId, m.supplierId),
    buyerId: m.buyerId,
    supplierId: m.supplierId,
    slot: m.slot,
    table: m.table,
    score: m.score,
    factorsJson: JSON.stringify(m.factors),
  }));

/**
 * Replaces an event's meetings with a proposed schedule in one transaction: the pairs a party declined are
 * remembered on the event first (the solver leaves them out next time), then the old meetings go, the new ones
 * come and the event is SCHEDULED.
 */
export async function replaceMeetings(
  executor: GraphExecutor,
  eventId: string,
  meetings: readonly ProposedMeeting[],
): Promise<void> {
  await executor.writeTx('replaceMeetings', async (tx) => {
    await run(
      tx,
      `MATCH (e:Event {id: $eventId})
       WITH e, COLLECT { MATCH (e)-[:HAS_MEETING]->(m:Meeting)-[:BUYER]->(b:Company), (m)-[:SUPPLIER]->(s:Company)
                         WHERE m.buyerResponse = 'DECLINED' OR m.supplierResponse = 'DECLINED'
                         RETURN b.id + '|' + s.id } AS declined
       SET e.declinedPairs = [p IN coalesce(e.declinedPairs, []) WHERE NOT p IN declined] + declined
       WITH e MATCH (e)-[:HAS_MEETING]->(m:Meeting) DETACH DELETE m`,
      { eventId },
    );
    await createMeetings(tx, eventId, meetings);
    await run(tx, "MATCH (e:Event {id: $eventId}) SET e.status = 'SCHEDULED'", { eventId });
  });
}

/** The meetings of an event as a schedule check needs them. */
export interface ScheduledPair {
  buyerId: string;
  supplierId: string;
  slot: number;
  table: number;
}

/** Carries the check's answer (domain `Refusal`) out of the transaction, which it rolls back. */
class MeetingRefused<P> extends Error {
  constructor(readonly problem: P) {
    super('meeting refused');
  }
}

/**
 * Adds one meeting if `check` (domain `addMeetingProblem`) finds no problem with the event's meetings as they are
 * inside this transaction: the event node is written first, which locks it, so two officers adding meetings at
 * once are checked one after the other and can never double-book a firm. Returns the problem, or null when added.
 */
export async function insertMeeting<P = string>(
  executor: GraphExecutor,
  eventId: string,
  meeting: ProposedMeeting | ((current: readonly ScheduledPair[]) => ProposedMeeting),
  check: (current: readonly ScheduledPair[]) => P | null = () => null,
): Promise<P | null> {
  try {
    await executor.writeTx('insertMeeting', async (tx) => {
      await run(tx, 'MATCH (e:Event {id: $eventId}) SET e.scheduleChangedAt = $now', {
        eventId,
        now: new Date().toISOString(),
      });
      const current = await run<ScheduledPair>(
        tx,
        `MATCH (:Event {id: $eventId})-[:HAS_MEETING]->(m:Meeting)-[:BUYER]->(b:Company), (m)-[:SUPPLIER]->(s:Company)
         RETURN b.id AS buyerId, s.id AS supplierId, m.slot AS slot, m.table AS table`,
        { eventId },
      );
      const problem = check(current);
      if (problem) throw new MeetingRefused(problem);
      await createMeetings(tx, eventId, [typeof meeting === 'function' ? meeting(current) : meeting]);
      // A hand-made first meeting makes a schedule too.
      await run(tx, "MATCH (e:Event {id: $eventId}) WHERE e.status = 'OPEN' SET e.status = 'SCHEDULED'", { eventId });
    });
    return null;
  } catch (error) {
    if (error instanceof MeetingRefused) return error.problem as P;
    throw error;
  }
}

/**
 * Deletes a meeting; false when it did not exist. A declined meeting's pair is remembered on the event first (as
 * `replaceMeetings` does), so the next proposal does not offer it again.
 */
export async function deleteMeeting(executor: GraphExecutor, id: string): Promise<boolean> {
  const [row] = await executor.write<{ deleted: number }>(
    'deleteMeeting',
    `MATCH (e:Event)-[:HAS_MEETING]->(m:Meeting {id: $id})-[:BUYER]->(b:Company), (m)-[:SUPPLIER]->(s:Company)
     WITH e, m, CASE WHEN m.buyerResponse = 'DECLINED' OR m.supplierResponse = 'DECLINED'
                     THEN [b.id + '|' + s.id] ELSE [] END AS declined
     SET e.declinedPairs = [p IN coalesce(e.declinedPairs, []) WHERE NOT p IN declined] + declined
     DETACH DELETE m
     RETURN count(*) AS deleted`,
    { id },
  );
  return (row?.deleted ?? 0) > 0;
}

export async function setMeetingResponse(
  executor: GraphExecutor,
  id: string,
  side: 'BUYER' | 'SUPPLIER',
  response: MeetingResponse,
): Promise<MeetingRecord | null> {
  const property = side === 'BUYER' ? 'buyerResponse' : 'supplierResponse';
  const [row] = await executor.write<{ meeting: StoredMeeting }>(
    'setMeetingResponse',
    `MATCH ${MEETING_MATCH} WHERE m.id = $id SET m.${property} = $response RETURN ${MEETING_PROJECTION} AS meeting`,
    { id, response },
  );
  return row ? toMeeting(row.meeting) : null;
}

export async function setMeetingOutcome(
  executor: GraphExecutor,
  id: string,
  outcome: MeetingOutcome,
  note: string | null,
): Promise<MeetingRecord | null> {
  const [row] = await executor.write<{ meeting: StoredMeeting }>(
    'setMeetingOutcome',
    `MATCH ${MEETING_MATCH} WHERE m.id = $id SET m.outcome = $outcome, m.outcomeNote = $note
     RETURN ${MEETING_PROJECTION} AS meeting`,
    { id, outcome, note },
  );
  return row ? toMeeting(row.meeting) : null;
}

/**
 * Everything the pair score needs, in one statement: the event's industry tree (segment → parent) and, for each
 * registered firm, its size, leader flag, location, credit, the segments of that industry it operates in
 * (counted attachments) and which registered firms it already supplies.
 */
export async function eventScoringFacts(
  executor: GraphExecutor,
  eventId: string,
  minConfidence = DEFAULT_MIN_CONFIDENCE,
): Promise<{ parentOf: ParentOf; facts: Map<string, EventFirmFacts> } | null> {
  type Firm = Omit<EventFirmFacts, 'location'> & { province: string; district: string | null; country: string | null };
  const [row] = await executor.read<{ segments: Array<{ id: string; parentId: string | null }>; firms: Firm[] }>(
    'eventScoringFacts',
    `MATCH (e:Event {id: $eventId})
     WITH e, COLLECT { MATCH (x:Segment {industryId: e.industryId}) OPTIONAL MATCH (x)-[:CHILD_OF]->(p:Segment)
                       RETURN {id: x.id, parentId: p.id} } AS segments
     OPTIONAL MATCH (c:Company)-[:REGISTERED_FOR]->(e)
     RETURN segments, collect(c { .id, .name, .size, .province, .district, .country, .creditScore,
       chainLeader: coalesce(c.chainLeader, false),
       operatedSegmentIds: COLLECT { MATCH (c)-[o:OPERATES_IN]->(x:Segment {industryId: e.industryId})
                                     WHERE coalesce(o.confidence, 1.0) >= $minConfidence RETURN DISTINCT x.id },
       suppliesIds: COLLECT { MATCH (c)-[:SUPPLIES]->(b:Company)-[:REGISTERED_FOR]->(e) RETURN DISTINCT b.id } }) AS firms`,
    { eventId, minConfidence },
  );
  if (!row) return null;
  const parentOf = new Map(row.segments.map((s) => [s.id, s.parentId]));
  const facts = new Map(
    row.firms.map(({ province, district, country, ...f }) => [
      f.id,
      { ...f, size: f.size ?? 'small', location: { province, district, country } },
    ]),
  );
  return { parentOf, facts };
}
