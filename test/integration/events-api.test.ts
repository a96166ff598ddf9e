import type { AddressInfo } from 'node:net';
import { createAtlasServer, createAtlasYoga } from '@atlas/api';
import type { Role } from '@atlas/domain';
import { ensureUsers } from '@atlas/graph';
import bcrypt from 'bcryptjs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_FIRMS, writeEventFixture } from '../helpers/event-fixture';
import { testExecutor, testScope } from '../helpers/graph';

/**
 * Events through GraphQL and the XLSX route against the real Neo4j (docs/events.md): who may do what, the proposed
 * schedule (scores worked out by hand below), declines, the officer's checked adjustments, publishing, outcomes.
 *
 * Pair scores (weights 0.35 fit, 0.2 locality, 0.15 SME, 0.1 big hand, 0.1 credit, 0.1 new tie; credit unknown 0.5):
 *   B1–S1: 0.35×0.8 + 0.2×1 + 0.15×1 + 0.1×1 + 0.05 + 0.1 = 0.88
 *   B1–S2: 0.35×0.8 + 0.2×0.5 + 0.15×1 + 0.1 + 0.05 + 0.1 = 0.78
 *   B1–S3: 0.35×0.64 + 0.2×1 + 0.15×0.6 + 0.1 + 0.05 + 0.1 = 0.764
 *   B2–S2: 0.35×1 + 0.2×0.5 + 0.15×1 + 0.1×1 + 0.05 + 0.1 = 0.85     (S4 offers Q: no pair)
 * Caps: 2 per firm, B2 asks for 1. Optimum: B1–S1, B1–S2, B2–S2 = 2.51 (B1–S3 instead of B1–S2 gives 2.494).
 */
const executor = testExecutor();
const scope = testScope('events-api');
const id = scope.id;
const industry = scope.prefix;
const PASSWORD = 'events-test-pw';
const yoga = createAtlasYoga({ executor });

const USERS: Array<[key: string, role: Role, company: keyof typeof EVENT_FIRMS | null]> = [
  ['officer', 'PROMOTION_OFFICER', null],
  ['admin', 'ADMIN', null],
  ['analyst', 'ANALYST', null],
  ['b1', 'CHAIN_LEADER', 'B1'],
  ['s1', 'SME', 'S1'],
  ['s2', 'SME', 'S2'],
  ['s4', 'SME', 'S4'],
];
const tokens = new Map<string, string>();

beforeAll(async () => {
  await writeEventFixture(executor, id, industry);
  const passwordHash = await bcrypt.hash(PASSWORD, 4);
  await ensureUsers(
    executor,
    USERS.map(([key, role, company]) => ({
      id: id(`user-${key}`),
      username: id(key),
      role,
      companyId: company ? id(company) : null,
      passwordHash,
    })),
  );
  for (const [key] of USERS) {
    const { data } = await gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
      u: id(key),
      p: PASSWORD,
    });
    tokens.set(key, data.login.token);
  }
});

afterAll(async () => {
  await executor.write('test', 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: scope.prefix });
  await executor.write(
    'test',
    'MATCH (e:Event {industryId: $industry}) OPTIONAL MATCH (e)-[:HAS_MEETING]->(m) DETACH DELETE e, m',
    {
      industry,
    },
  );
  await scope.cleanup(executor);
});

async function gql(query: string, variables: Record<string, unknown> = {}, as?: string) {
  const token = as ? tokens.get(as) : undefined;
  const res = await yoga.fetch('http://x/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the answers' shapes are what the assertions check
  return (await res.json()) as { data: any; errors?: Array<{ message: string; extensions: { code: string } }> };
}

const EVENT_FIELDS = `id status registeredCount totalScore slots { index startsAt endsAt }
  registrations { company { id } role segments { id } maxMeetings }
  meetings { id slot table buyer { id } supplier { id } score factors { factor value weight contribution }
             buyerResponse supplierResponse outcome outcomeNote }`;
const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`;
const REGISTER = `mutation($e: ID!, $input: EventRegistrationInput!) { registerForEvent(eventId: $e, input: $input) {
  registeredCount } }`;
const PROPOSE = `mutation($e: ID!) { proposeSchedule(eventId: $e) { ${EVENT_FIELDS} } }`;
const EVENT = `query($e: ID!) { event(id: $e) { ${EVENT_FIELDS} } }`;
const ADD = `mutation($e: ID!, $b: ID!, $s: ID!, $slot: Int!) { addMeeting(eventId: $e, buyerId: $b, supplierId: $s,
  slot: $slot) { ${EVENT_FIELDS} } }`;

interface MeetingJson {
  id: string;
  slot: number;
  table: number;
  buyer: { id: string };
  supplier: { id: string };
  score: number;
  factors: Array<{ contribution: number }>;
}
const pairs = (meetings: MeetingJson[]) =>
  meetings.map((m) => `${m.buyer.id.split('.').pop()}-${m.supplier.id.split('.').pop()}`).sort();
const codeOf = (reply: { errors?: Array<{ extensions: { code: string } }> }) => reply.errors?.[0]?.extensions.code;
const messageOf = (reply: { errors?: Array<{ message: string }> }) => reply.errors?.[0]?.message;

function expectNoDoubleBooking(meetings: MeetingJson[]) {
  const busy = new Set<string>();
  for (const m of meetings)
    for (const firm of [m.buyer.id, m.supplier.id]) {
      expect(busy.has(`${firm}@${m.slot}`), `${firm} twice in slot ${m.slot}`).toBe(false);
      busy.add(`${firm}@${m.slot}`);
    }
}

describe('events through GraphQL', () => {
  let eventId = '';
  const input = {
    kind: 'MATCHMAKING',
    industryId: industry,
    title: '测试对接会',
    date: '2099-06-01',
    venue: '测试会场',
    startTime: '09:00',
    slotCount: 3,
    meetingMinutes: 20,
    maxMeetingsPerFirm: 2,
  };

  it('lets officers create events; firms and analysts may not; bad input names the field', async () => {
    expect(codeOf(await gql(CREATE, { input }, 's1'))).toBe('FORBIDDEN');
    expect(codeOf(await gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    const bad = await gql(CREATE, { input: { ...input, startTime: '9 Uhr' } }, 'officer');
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(messageOf(bad)).toMatch(/^startTime: must be a time HH:MM/);
    expect(messageOf(await gql(CREATE, { input: { ...input, date: '2001-01-01' } }, 'officer'))).toMatch(
      /date: must be today or later/,
    );
    const { data, errors } = await gql(CREATE, { input }, 'officer');
    expect(errors).toBeUndefined();
    eventId = data.createEvent.id;
    expect(data.createEvent).toMatchObject({ status: 'OPEN', registeredCount: 0, meetings: [], totalScore: 0 });
    expect(data.createEvent.slots).toEqual([
      { index: 1, startsAt: '09:00', endsAt: '09:20' },
      { index: 2, startsAt: '09:20', endsAt: '09:40' },
      { index: 3, startsAt: '09:40', endsAt: '10:00' },
    ]);
  });

  it('lets a firm register itself (officers and admins any firm), with segments of the event’s industry', async () => {
    const reg = (companyId: string | null, role: string, segments: string[], extra: object = {}) => ({
      e: eventId,
      input: { role, segmentIds: segments.map(id), ...(companyId ? { companyId: id(companyId) } : {}), ...extra },
    });
    expect(codeOf(await gql(REGISTER, reg('S2', 'SUPPLIER', ['C2']), 's1'))).toBe('FORBIDDEN');
    expect(codeOf(await gql(REGISTER, reg(null, 'SUPPLIER', []), 'analyst'))).toBe('FORBIDDEN');
    expect(messageOf(await gql(REGISTER, reg(null, 'BUYER', []), 'b1'))).toMatch(/segmentIds: a buyer names/);
    const foreign = await gql(REGISTER, { e: eventId, input: { role: 'BUYER', segmentIds: ['icv.cell'] } }, 'b1');
    expect(messageOf(foreign)).toBe(`segmentIds: not segments of ${industry}: icv.cell`);
    for (const [companyId, role, segments, as, extra] of [
      [null, 'BUYER', ['P'], 'b1', {}],
      ['B2', 'BUYER', ['C2'], 'officer', { maxMeetings: 1 }],
      [null, 'SUPPLIER', [], 's1', {}],
      [null, 'SUPPLIER', ['C2'], 's2', {}],
      ['S3', 'SUPPLIER', ['G'], 'admin', {}],
      [null, 'SUPPLIER', ['Q'], 's4', {}],
    ] as const)
      expect((await gql(REGISTER, reg(companyId, role, [...segments], extra), as)).errors).toBeUndefined();
    // Registering again updates, never duplicates.
    const again = await gql(REGISTER, reg(null, 'SUPPLIER', ['Q']), 's4');
    expect(again.data.registerForEvent.registeredCount).toBe(6);
  });

  it('proposes the optimal schedule, with explained scores and no firm twice in a slot', async () => {
    expect(codeOf(await gql(PROPOSE, { e: eventId }, 'b1'))).toBe('FORBIDDEN');
    const { data, errors } = await gql(PROPOSE, { e: eventId }, 'officer');
    expect(errors).toBeUndefined();
    const event = data.proposeSchedule;
    expect(event.status).toBe('SCHEDULED');
    expect(pairs(event.meetings)).toEqual(['B1-S1', 'B1-S2', 'B2-S2']);
    expect(event.totalScore).toBeCloseTo(0.88 + 0.78 + 0.85, 9);
    const score = new Map(event.meetings.map((m: MeetingJson) => [pairs([m])[0], m.score]));
    expect(score.get('B1-S1')).toBeCloseTo(0.88, 9);
    expect(score.get('B2-S2')).toBeCloseTo(0.85, 9);
    for (const m of event.meetings as MeetingJson[])
      expect(m.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(m.score, 12);
    expectNoDoubleBooking(event.meetings);
    // B1 keeps one table all day.
    const b1Tables = new Set(
      event.meetings.filter((m: MeetingJson) => m.buyer.id === id('B1')).map((m: MeetingJson) => m.table),
    );
    expect(b1Tables.size).toBe(1);
  });

  it('shows a proposed schedule to officers and each meeting’s parties only', async () => {
    const seen = async (as: string) => pairs((await gql(EVENT, { e: eventId }, as)).data.event.meetings);
    expect(await seen('officer')).toEqual(['B1-S1', 'B1-S2', 'B2-S2']);
    expect(await seen('s2')).toEqual(['B1-S2', 'B2-S2']);
    expect(await seen('s4')).toEqual([]);
    expect(await seen('analyst')).toEqual([]);
    expect(codeOf(await gql(EVENT, { e: eventId }))).toBe('UNAUTHENTICATED');
  });

  it('lets a party decline; the next proposal leaves the declined pair out', async () => {
    const meetings: MeetingJson[] = (await gql(EVENT, { e: eventId }, 'officer')).data.event.meetings;
    const b1s2 = meetings.find((m) => pairs([m])[0] === 'B1-S2') as MeetingJson;
    const RESPOND =
      'mutation($m: ID!, $a: Boolean!) { respondToMeeting(meetingId: $m, accept: $a) { buyerResponse supplierResponse } }';
    expect(codeOf(await gql(RESPOND, { m: b1s2.id, a: false }, 's1'))).toBe('FORBIDDEN');
    expect(codeOf(await gql(RESPOND, { m: b1s2.id, a: false }, 'officer'))).toBe('FORBIDDEN');
    const declined = await gql(RESPOND, { m: b1s2.id, a: false }, 's2');
    expect(declined.data.respondToMeeting).toEqual({ buyerResponse: 'PENDING', supplierResponse: 'DECLINED' });
    const { data } = await gql(PROPOSE, { e: eventId }, 'officer');
    expect(pairs(data.proposeSchedule.meetings)).toEqual(['B1-S1', 'B1-S3', 'B2-S2']);
    expect(data.proposeSchedule.totalScore).toBeCloseTo(0.88 + 0.764 + 0.85, 9);
  });

  it('checks an officer’s added meeting like the solver, naming the firm and the slot', async () => {
    let meetings: MeetingJson[] = (await gql(EVENT, { e: eventId }, 'officer')).data.event.meetings;
    const b1s3 = meetings.find((m) => pairs([m])[0] === 'B1-S3') as MeetingJson;
    const REMOVE = `mutation($m: ID!) { removeMeeting(meetingId: $m) { ${EVENT_FIELDS} } }`;
    const RESPOND = 'mutation($m: ID!, $a: Boolean!) { respondToMeeting(meetingId: $m, accept: $a) { buyerResponse } }';
    // The buyer declines B1–S3 and the officer removes it: the pair is remembered, so no proposal offers it again.
    expect(codeOf(await gql(RESPOND, { m: b1s3.id, a: false }, 'b1'))).toBeUndefined();
    expect(codeOf(await gql(REMOVE, { m: b1s3.id }, 's2'))).toBe('FORBIDDEN');
    meetings = (await gql(REMOVE, { m: b1s3.id }, 'officer')).data.removeMeeting.meetings;
    expect(pairs(meetings)).toEqual(['B1-S1', 'B2-S2']);
    meetings = (await gql(PROPOSE, { e: eventId }, 'officer')).data.proposeSchedule.meetings;
    expect(pairs(meetings)).toEqual(['B1-S1', 'B2-S2']);
    const b1s1 = meetings.find((m) => pairs([m])[0] === 'B1-S1') as MeetingJson;
    // An officer may still add a declined pair by hand (the parties may have talked since).
    const add = (b: string, s: string, slot: number) => gql(ADD, { e: eventId, b: id(b), s: id(s), slot }, 'officer');
    expect(messageOf(await add('B1', 'S3', b1s1.slot))).toBe(
      `${EVENT_FIRMS.B1.name} already meets someone in slot ${b1s1.slot}`,
    );
    const free = [1, 2, 3].find((slot) => slot !== b1s1.slot) as number;
    expect(messageOf(await add('B1', 'S4', free))).toBe(
      `${EVENT_FIRMS.S4.name} offers none of the segments ${EVENT_FIRMS.B1.name} needs (score 0)`,
    );
    expect(messageOf(await add('B2', 'S1', free))).toBe(`${EVENT_FIRMS.B2.name} already has its limit of 1 meetings`);
    expect(messageOf(await add('S1', 'B1', free))).toBe(
      `${EVENT_FIRMS.S1.name} is not registered as a buyer at this event`,
    );
    expect(messageOf(await add('B1', 'S3', 4))).toBe('slot must be from 1 to 3');
    const added = await add('B1', 'S3', free);
    expect(added.errors).toBeUndefined();
    const after: MeetingJson[] = added.data.addMeeting.meetings;
    const again = after.find((m) => pairs([m])[0] === 'B1-S3') as MeetingJson;
    expect(again).toMatchObject({ slot: free, table: b1s1.table });
    expect(again.score).toBeCloseTo(0.764, 9);
    expectNoDoubleBooking(after);
  });

  it('publishes: then every signed-in user sees the schedule, registration closes, outcomes can be recorded', async () => {
    const PUBLISH = 'mutation($e: ID!) { publishSchedule(eventId: $e) { status } }';
    expect(codeOf(await gql(PUBLISH, { e: eventId }, 's1'))).toBe('FORBIDDEN');
    expect((await gql(PUBLISH, { e: eventId }, 'officer')).data.publishSchedule.status).toBe('PUBLISHED');
    expect(messageOf(await gql(PUBLISH, { e: eventId }, 'officer'))).toBe('the schedule is already published');
    expect(messageOf(await gql(PROPOSE, { e: eventId }, 'officer'))).toMatch(/already published/);
    const asS4 = (await gql(EVENT, { e: eventId }, 's4')).data.event;
    expect(pairs(asS4.meetings)).toEqual(['B1-S1', 'B1-S3', 'B2-S2']);
    const reg = await gql(REGISTER, { e: eventId, input: { role: 'SUPPLIER', segmentIds: [] } }, 's2');
    expect(messageOf(reg)).toMatch(/registration is closed/);

    const b1s1 = (asS4.meetings as MeetingJson[]).find((m) => pairs([m])[0] === 'B1-S1') as MeetingJson;
    const OUTCOME = `mutation($m: ID!, $o: MeetingOutcome!, $n: String) { recordMeetingOutcome(meetingId: $m, outcome: $o,
      note: $n) { outcome outcomeNote } }`;
    expect(codeOf(await gql(OUTCOME, { m: b1s1.id, o: 'FOLLOW_UP' }, 's4'))).toBe('FORBIDDEN');
    const recorded = await gql(OUTCOME, { m: b1s1.id, o: 'QUOTE_REQUESTED', n: ' 报价中 ' }, 's1');
    expect(recorded.data.recordMeetingOutcome).toEqual({ outcome: 'QUOTE_REQUESTED', outcomeNote: '报价中' });
    const listed = await gql(
      'query($i: ID) { events(industryId: $i, upcoming: true) { id status } }',
      { i: industry },
      's4',
    );
    expect(listed.data.events).toEqual([{ id: eventId, status: 'PUBLISHED' }]);
  });

  describe('GET /export/events/<id>.xlsx', () => {
    const server = createAtlasServer(
      { executor },
      { webRoot: new URL('../../packages/web/dist', import.meta.url).pathname },
    );
    let base = '';
    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const key of ['officer', 'admin', 's1']) await signIn(key);
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
    // The server signs its own tokens: sign in through it.
    const serverTokens = new Map<string, string>();
    const signIn = async (key: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
          variables: { u: id(key), p: PASSWORD },
        }),
      });
      serverTokens.set(key, ((await res.json()) as { data: { login: { token: string } } }).data.login.token);
    };
    const bearer = (as?: string): Record<string, string> =>
      as ? { authorization: `Bearer ${serverTokens.get(as)}` } : {};
    const get = (as?: string, query = '') =>
      fetch(`${base}/export/events/${encodeURIComponent(eventId)}.xlsx${query}`, { headers: bearer(as) });

    it('is for officers and admins', async () => {
      expect((await get()).status).toBe(401);
      expect((await get('s1')).status).toBe(403);
      expect((await fetch(`${base}/export/events/${id('nope')}.xlsx`, { headers: bearer('admin') })).status).toBe(404);
    });

    it('opens with exceljs and lists every meeting, in the grid and the list', async () => {
      const res = await get('officer');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      const meetings: MeetingJson[] = (await gql(EVENT, { e: eventId }, 'officer')).data.event.meetings;
      const list = workbook.getWorksheet('洽谈清单');
      expect(list?.getRow(1).getCell(4).value).toBe('采购方');
      const ids: string[] = [];
      list?.eachRow((row, n) => {
        if (n > 1) ids.push(String(row.getCell(10).value));
      });
      expect(ids.sort()).toEqual(meetings.map((m) => m.id).sort());
      const grid = workbook.getWorksheet('日程');
      expect(grid?.getRow(2).getCell(1).value).toBe('场次');
      const cells: string[] = [];
      grid?.eachRow((row, n) => {
        if (n > 2) row.eachCell((cell, col) => col > 2 && cells.push(String(cell.value)));
      });
      expect(cells.filter((c) => c.includes('↔'))).toHaveLength(meetings.length);
      expect(cells).toContain(`${EVENT_FIRMS.B1.name} ↔ ${EVENT_FIRMS.S1.name}`);
    });

    it('speaks English with lang=en and refuses other languages', async () => {
      const res = await get('officer', '?lang=en');
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['schedule', 'meetings']);
      expect(workbook.getWorksheet('meetings')?.getRow(1).getCell(4).value).toBe('buyer');
      expect(String(workbook.getWorksheet('schedule')?.getRow(2).getCell(3).value)).toMatch(/^table \d+: /);
      const bad = await get('officer', '?lang=fr');
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain('lang must be zh or en');
    });
  });
});
