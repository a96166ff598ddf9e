import { type EventInput, shanghaiToday, solveSchedule } from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { eventScoringFacts, replaceMeetings } from '../queries/event-meetings';
import { createEvent, registrationsByEventIds } from '../queries/events';
import type { DemoExtra } from './demo-extras';

/**
 * The demo's upcoming 对接会 (issue #19): icv chain leaders and large firms as buyers, each needing the upstream
 * segments of its own that are short locally (fewest 金山区 firms), and SMEs operating in those segments as
 * suppliers, nearest first; the schedule is solved and published. Synthetic (示例) and idempotent: fixed ids,
 * registrations and meetings replaced on every run; the date moves with the clock (30 days on).
 */
export const DEMO_EVENT_ID = 'demo.event.icv-matchmaking';
const INDUSTRY = 'icv';
const MAX_BUYERS = 6;
const NEEDS_PER_BUYER = 3;
const SUPPLIERS_PER_SEGMENT = 3;
const MAX_SUPPLIERS = 20;
const DAYS_AHEAD = 30;

export function demoEventInput(now: Date): EventInput {
  const date = new Date(`${shanghaiToday(now)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + DAYS_AHEAD);
  return {
    kind: 'MATCHMAKING',
    industryId: INDUSTRY,
    title: '示例·智能网联新能源汽车供应链对接会',
    date: date.toISOString().slice(0, 10),
    venue: '示例·金山区上海湾区科创中心 3 楼多功能厅',
    startTime: '09:30',
    slotCount: 6,
    meetingMinutes: 20,
    maxMeetingsPerFirm: 4,
  };
}

/**
 * Buyers with their short upstream segments; the weakest locally first, ties by id. The buyers are chosen before
 * the local counts are taken: at 1M firms, counting for every large icv firm outlived the transaction timeout.
 */
const BUYERS = `
MATCH (c:Company)-[:OPERATES_IN]->(own:Segment {industryId: $industry})
WHERE c.synthetic = true AND (c.chainLeader = true OR c.size = 'large')
WITH c, collect(DISTINCT own) AS owns
WHERE EXISTS { UNWIND owns AS own MATCH (u:Segment)-[:FEEDS]->(own)
               WHERE NOT EXISTS { (:Segment)-[:CHILD_OF]->(u) } AND NOT u IN owns RETURN u }
WITH c, owns, coalesce(c.chainLeader, false) AS leader
ORDER BY leader DESC, c.id LIMIT toInteger($maxBuyers)
WITH c, owns, leader,
     COLLECT { UNWIND owns AS own MATCH (u:Segment)-[:FEEDS]->(own)
               WHERE NOT EXISTS { (:Segment)-[:CHILD_OF]->(u) } AND NOT u IN owns
               WITH DISTINCT u
               RETURN { id: u.id, local: COUNT { (:Company)-[o:OPERATES_IN]->(u) WHERE o.ring = 0 } } } AS upstream
RETURN c.id AS id, leader, upstream
ORDER BY leader DESC, c.id`;

/**
 * SMEs in a segment, the nearest (金山区, then 上海市, then the rest alike) first, then by id; the stored ring
 * (docs/analytics.md, "Locality"), capped at 2 so that everything beyond 上海市 ties.
 */
const SUPPLIERS = `
UNWIND $segments AS sid
MATCH (c:Company)-[o:OPERATES_IN]->(:Segment {id: sid})
WHERE c.synthetic = true AND c.size IN ['small', 'micro', 'medium'] AND NOT c.id IN $buyers
WITH sid, c, CASE WHEN o.ring < 2 THEN o.ring ELSE 2 END AS ring
ORDER BY sid, ring, c.id
WITH sid, collect(c.id)[..toInteger($perSegment)] AS firms
RETURN sid, firms ORDER BY sid`;

export async function loadDemoEvent(executor: GraphExecutor, now = new Date()): Promise<string> {
  const buyers = await executor.read<{ id: string; upstream: Array<{ id: string; local: number }> }>(
    'demoEvent',
    BUYERS,
    { industry: INDUSTRY, maxBuyers: MAX_BUYERS },
  );
  if (buyers.length === 0) return 'skipped (no icv chain leader or large firm with upstream segments)';
  const needs = new Map(
    buyers.map((b) => [
      b.id,
      [...b.upstream]
        .sort((x, y) => x.local - y.local || (x.id < y.id ? -1 : 1))
        .slice(0, NEEDS_PER_BUYER)
        .map((u) => u.id),
    ]),
  );
  const segments = [...new Set([...needs.values()].flat())].sort();
  const bySegment = await executor.read<{ sid: string; firms: string[] }>('demoEvent', SUPPLIERS, {
    segments,
    buyers: buyers.map((b) => b.id),
    perSegment: SUPPLIERS_PER_SEGMENT,
  });
  const offers = new Map<string, string[]>();
  for (const { sid, firms } of bySegment)
    for (const firm of firms) offers.set(firm, [...(offers.get(firm) ?? []), sid]);
  const suppliers = [...offers.keys()].sort().slice(0, MAX_SUPPLIERS);

  // Stamped with the day, not the instant: the Cypher seed and the bulk import write the same demo graph.
  const stamp = new Date(`${shanghaiToday(now)}T00:00:00+08:00`).toISOString();
  const event = await createEvent(executor, {
    ...demoEventInput(now),
    id: DEMO_EVENT_ID,
    status: 'OPEN',
    synthetic: true,
    createdAt: stamp,
  });
  if (!event) return 'skipped (industry icv not loaded)';
  const rows = [
    ...buyers.map((b) => ({ companyId: b.id, role: 'BUYER', segmentIds: needs.get(b.id) ?? [], note: '示例需求' })),
    ...suppliers.map((s) => ({ companyId: s, role: 'SUPPLIER', segmentIds: offers.get(s) ?? [], note: '示例供给' })),
  ];
  await executor.writeTx('demoEvent', async (tx) => {
    await run(tx, 'MATCH (:Company)-[r:REGISTERED_FOR]->(:Event {id: $id}) DELETE r', { id: DEMO_EVENT_ID });
    await run(
      tx,
      `MATCH (e:Event {id: $id}) SET e.declinedPairs = []
       WITH e UNWIND $rows AS row MATCH (c:Company {id: row.companyId})
       CREATE (c)-[:REGISTERED_FOR {role: row.role, segmentIds: row.segmentIds, note: row.note, maxMeetings: null,
                                    at: $at, synthetic: true}]->(e)`,
      { id: DEMO_EVENT_ID, rows, at: stamp },
    );
  });

  const facts = await eventScoringFacts(executor, DEMO_EVENT_ID);
  const registrations = (await registrationsByEventIds(executor, [DEMO_EVENT_ID])).get(DEMO_EVENT_ID) ?? [];
  if (!facts) throw new Error(`demo event ${DEMO_EVENT_ID} vanished while loading`);
  const { meetings, totalScore } = solveSchedule({
    slotCount: event.slotCount,
    maxMeetingsPerFirm: event.maxMeetingsPerFirm,
    registrations,
    facts: facts.facts,
    parentOf: facts.parentOf,
  });
  await replaceMeetings(executor, DEMO_EVENT_ID, meetings);
  await executor.write('demoEvent', "MATCH (e:Event {id: $id}) SET e.status = 'PUBLISHED'", { id: DEMO_EVENT_ID });
  return `1 event, ${registrations.length} registrations, ${meetings.length} meetings (total score ${totalScore.toFixed(3)})`;
}

export const demoEventExtra: DemoExtra = { name: 'demo event', load: (executor) => loadDemoEvent(executor) };
