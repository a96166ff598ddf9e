import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_FIRMS, writeEventFixture } from '../../../../test/helpers/event-fixture';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import {
  eventScoringFacts,
  insertMeeting,
  meetingId,
  meetingsByEventIds,
  replaceMeetings,
  setMeetingResponse,
} from './event-meetings';
import { createEvent, eventsByIds, listEvents, registrationsByEventIds, upsertRegistration } from './events';

/** Event storage against the real Neo4j: registrations, the scoring facts in one read, meetings replaced at once. */
describe('event storage', () => {
  const executor = testExecutor();
  const scope = testScope('events-graph');
  const { id } = scope;
  const industry = scope.prefix;
  const eventId = id('event');
  const at = '2026-12-01T00:00:00.000Z';

  beforeAll(async () => {
    await writeEventFixture(executor, id, industry);
    // S1 already supplies B1; S2 holds a low-confidence inferred attachment to C1 that must not count.
    await executor.write(
      'test',
      `MATCH (s1:Company {id: $s1}), (b1:Company {id: $b1}), (s2:Company {id: $s2}), (c1:Segment {id: $c1})
       CREATE (s1)-[:SUPPLIES {segmentId: $c1}]->(b1), (s2)-[:OPERATES_IN {source: 'inferred', confidence: 0.1}]->(c1)`,
      { s1: id('S1'), b1: id('B1'), s2: id('S2'), c1: id('C1') },
    );
    await createEvent(executor, {
      id: eventId,
      kind: 'SALON',
      industryId: industry,
      title: '测试沙龙',
      date: '2099-01-02',
      venue: '测试',
      startTime: '14:00',
      slotCount: 2,
      meetingMinutes: 30,
      maxMeetingsPerFirm: 2,
      status: 'OPEN',
      synthetic: false,
      createdAt: at,
    });
  });
  afterAll(async () => {
    await executor.write('test', 'MATCH (m:Meeting) WHERE m.id STARTS WITH $p DETACH DELETE m', { p: scope.prefix });
    await scope.cleanup(executor);
  });

  it('refuses an event for an unknown industry', async () => {
    const [event] = await eventsByIds(executor, [eventId]);
    if (!event) throw new Error('the fixture event is missing');
    const none = await createEvent(executor, {
      ...event,
      id: id('other'),
      industryId: id('no-such-industry'),
    });
    expect(none).toBeNull();
  });

  it('writes nothing when a segment is not of the event’s industry, and one registration per firm', async () => {
    const bad = await upsertRegistration(
      executor,
      { eventId, companyId: id('B1'), role: 'BUYER', segmentIds: [id('P'), 'icv.cell'], note: null, maxMeetings: null },
      at,
    );
    expect(bad).toEqual({ ok: false, unknownSegmentIds: ['icv.cell'] });
    expect((await registrationsByEventIds(executor, [eventId])).get(eventId)).toEqual([]);
    expect(
      await upsertRegistration(
        executor,
        { eventId, companyId: id('nobody'), role: 'BUYER', segmentIds: [], note: null, maxMeetings: null },
        at,
      ),
    ).toEqual({ ok: false, missing: 'company' });
    for (const [firm, role, segments] of [
      ['B1', 'BUYER', ['P']],
      ['S1', 'SUPPLIER', []],
      ['S2', 'SUPPLIER', ['C2']],
      ['S2', 'SUPPLIER', ['C2', 'Q']],
    ] as const)
      expect(
        await upsertRegistration(
          executor,
          { eventId, companyId: id(firm), role, segmentIds: segments.map(id), note: null, maxMeetings: 2 },
          at,
        ),
      ).toEqual({ ok: true });
    const registrations = (await registrationsByEventIds(executor, [eventId])).get(eventId) ?? [];
    expect(registrations.map((r) => [r.companyId, r.role, r.segmentIds])).toEqual([
      [id('B1'), 'BUYER', [id('P')]],
      [id('S1'), 'SUPPLIER', []],
      [id('S2'), 'SUPPLIER', [id('C2'), id('Q')]],
    ]);
    const [event] = await eventsByIds(executor, [eventId]);
    expect(event).toMatchObject({ registeredCount: 3, status: 'OPEN', kind: 'SALON', slotCount: 2 });
    expect((await listEvents(executor, { industryId: industry })).map((e) => e.id)).toEqual([eventId]);
    expect(await listEvents(executor, { industryId: industry, fromDate: '2099-01-03' })).toEqual([]);
  });

  it('reads the scoring facts in one go: tree, firm facts, counted attachments, existing ties among registrants', async () => {
    const facts = await eventScoringFacts(executor, eventId);
    expect(facts?.parentOf.get(id('G'))).toBe(id('C1'));
    expect(facts?.parentOf.get(id('P'))).toBeNull();
    const s1 = facts?.facts.get(id('S1'));
    expect(s1).toMatchObject({
      name: EVENT_FIRMS.S1.name,
      size: 'small',
      chainLeader: false,
      creditScore: null,
      operatedSegmentIds: [id('C1')],
      suppliesIds: [id('B1')],
      location: { province: '上海市', district: '金山区' },
    });
    expect(facts?.facts.get(id('S2'))?.operatedSegmentIds).toEqual([id('C2')]); // the 0.1 attachment does not count
    expect(facts?.facts.get(id('B1'))?.chainLeader).toBe(true);
    expect(await eventScoringFacts(executor, id('no-event'))).toBeNull();
  });

  it('replaces meetings at once, remembering declined pairs, and marks the event SCHEDULED', async () => {
    const meeting = (b: string, s: string, slot: number) => ({
      buyerId: id(b),
      supplierId: id(s),
      slot,
      table: 1,
      score: 0.5,
      factors: [{ factor: 'segmentFit', value: 1, weight: 0.5, contribution: 0.5 }],
    });
    await replaceMeetings(executor, eventId, [meeting('B1', 'S1', 1), meeting('B1', 'S2', 2)]);
    await setMeetingResponse(executor, meetingId(eventId, id('B1'), id('S2')), 'SUPPLIER', 'DECLINED');
    await replaceMeetings(executor, eventId, [meeting('B1', 'S1', 2)]);
    const [event] = await eventsByIds(executor, [eventId]);
    expect(event?.status).toBe('SCHEDULED');
    expect(event?.declinedPairs).toEqual([`${id('B1')}|${id('S2')}`]);
    const meetings = (await meetingsByEventIds(executor, [eventId])).get(eventId) ?? [];
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      id: meetingId(eventId, id('B1'), id('S1')),
      slot: 2,
      buyerResponse: 'PENDING',
      outcome: 'NONE',
      factors: [{ factor: 'segmentFit', value: 1, weight: 0.5, contribution: 0.5 }],
    });
    // A meeting with a firm that does not exist fails the whole replacement: the old schedule stays.
    await expect(
      replaceMeetings(executor, eventId, [meeting('B1', 'S2', 1), { ...meeting('B1', 'S1', 1), supplierId: id('x') }]),
    ).rejects.toThrow(/nothing was changed/);
    const kept = (await meetingsByEventIds(executor, [eventId])).get(eventId) ?? [];
    expect(kept.map((m) => [m.id, m.slot])).toEqual([[meetingId(eventId, id('B1'), id('S1')), 2]]);
  });

  it('checks an added meeting against the schedule inside the write: of two clashing at once, one is refused', async () => {
    const busy =
      (firm: string, slot: number) => (current: ReadonlyArray<{ buyerId: string; supplierId: string; slot: number }>) =>
        current.some((m) => (m.buyerId === firm || m.supplierId === firm) && m.slot === slot)
          ? `${firm} busy in ${slot}`
          : null;
    const meeting = (s: string) => ({
      buyerId: id('B1'),
      supplierId: id(s),
      slot: 1,
      table: 1,
      score: 0.4,
      factors: [],
    });
    // B1 meets S1 in slot 2 (previous test); both S2 and S3 want B1 in slot 1.
    const results = await Promise.all([
      insertMeeting(executor, eventId, meeting('S2'), busy(id('B1'), 1)),
      insertMeeting(executor, eventId, meeting('S3'), busy(id('B1'), 1)),
    ]);
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.filter((r) => r === `${id('B1')} busy in 1`)).toHaveLength(1);
    const meetings = (await meetingsByEventIds(executor, [eventId])).get(eventId) ?? [];
    expect(meetings.filter((m) => m.slot === 1)).toHaveLength(1);
  });
});
