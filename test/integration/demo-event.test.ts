import { join } from 'node:path';
import { createAtlasYoga } from '@atlas/api';
import { type EventFirmFacts, meetingCap, pairScore, shanghaiToday } from '@atlas/domain';
import {
  DEMO_EVENT_ID,
  ensureUsers,
  eventScoringFacts,
  loadDemoEvent,
  readIndustryDefinitions,
  seedDemo,
} from '@atlas/graph';
import { repoRoot } from '@atlas/neo4j-local';
import bcrypt from 'bcryptjs';
import solver from 'javascript-lp-solver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';

/**
 * Acceptance of issue #19 item 1: the demo event's schedule never books a firm twice in a slot, every meeting pairs
 * a registered buyer with a registered supplier of positive score, and its total equals an independent optimum —
 * the linear programme of the same b-matching (maximise Σ score·x over buyer × supplier pairs, Σ x ≤ cap at each
 * firm, 0 ≤ x ≤ 1) solved by javascript-lp-solver: bipartite b-matching constraints are totally unimodular, so the
 * LP optimum is the integral one.
 */
const executor = testExecutor();
const scope = testScope('demo-event');
const yoga = createAtlasYoga({ executor });
const PASSWORD = 'demo-event-test-pw';
let token = '';

beforeAll(async () => {
  const [demo] = await executor.read<{ n: number }>(
    'test',
    "MATCH (c:Company {chainLeader: true, synthetic: true})-[:OPERATES_IN]->(:Segment {industryId: 'icv'}) RETURN count(c) AS n",
  );
  // The demo graph (what `pnpm start` seeds on an empty database); seedDemo is idempotent and ends with the event.
  if (!demo?.n) await seedDemo(executor, readIndustryDefinitions(join(repoRoot, 'data/industries')));
  else await loadDemoEvent(executor);
  await ensureUsers(executor, [
    {
      id: scope.id('officer'),
      username: scope.id('officer'),
      role: 'PROMOTION_OFFICER',
      companyId: null,
      passwordHash: await bcrypt.hash(PASSWORD, 4),
    },
  ]);
  const login = await gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
    u: scope.id('officer'),
    p: PASSWORD,
  });
  token = login.data.login.token;
}, 300_000);

afterAll(async () => {
  await executor.write('test', 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: scope.prefix });
});

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await yoga.fetch('http://x/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the answers' shapes are what the assertions check
  return (await res.json()) as { data: any; errors?: unknown[] };
}

interface DemoEvent {
  status: string;
  date: string;
  synthetic: boolean;
  slots: unknown[];
  maxMeetingsPerFirm: number;
  registeredCount: number;
  totalScore: number;
  registrations: Array<{
    company: { id: string };
    role: 'BUYER' | 'SUPPLIER';
    segments: Array<{ id: string }>;
    maxMeetings: number | null;
  }>;
  meetings: Array<{
    slot: number;
    buyer: { id: string };
    supplier: { id: string };
    score: number;
    factors: Array<{ contribution: number }>;
  }>;
}

describe('the demo 对接会', () => {
  let event: DemoEvent;
  beforeAll(async () => {
    const { data, errors } = await gql(
      `query($id: ID!) { event(id: $id) { status date synthetic slots { index } maxMeetingsPerFirm registeredCount
        totalScore registrations { company { id } role segments { id } maxMeetings }
        meetings { slot buyer { id } supplier { id } score factors { contribution } } } }`,
      { id: DEMO_EVENT_ID },
    );
    expect(errors).toBeUndefined();
    event = data.event;
  });

  it('is upcoming, synthetic, published, with at least 20 registered firms and a schedule', () => {
    expect(event.status).toBe('PUBLISHED');
    expect(event.synthetic).toBe(true);
    expect(event.date > shanghaiToday(new Date())).toBe(true);
    expect(event.registeredCount).toBeGreaterThanOrEqual(20);
    expect(event.registrations).toHaveLength(event.registeredCount);
    expect(event.meetings.length).toBeGreaterThan(0);
  });

  it('never books a firm twice in a slot, nor over its limit', () => {
    const busy = new Set<string>();
    const count = new Map<string, number>();
    for (const m of event.meetings) {
      expect(m.slot).toBeGreaterThanOrEqual(1);
      expect(m.slot).toBeLessThanOrEqual(event.slots.length);
      for (const firm of [m.buyer.id, m.supplier.id]) {
        expect(busy.has(`${firm}@${m.slot}`), `${firm} twice in slot ${m.slot}`).toBe(false);
        busy.add(`${firm}@${m.slot}`);
        count.set(firm, (count.get(firm) ?? 0) + 1);
      }
    }
    for (const r of event.registrations)
      expect(count.get(r.company.id) ?? 0).toBeLessThanOrEqual(
        meetingCap(r.maxMeetings, event.maxMeetingsPerFirm, event.slots.length),
      );
  });

  it('pairs a registered buyer with a registered supplier of positive, explained score in every meeting', async () => {
    const role = new Map(event.registrations.map((r) => [r.company.id, r.role]));
    const facts = await eventScoringFacts(executor, DEMO_EVENT_ID);
    const segments = new Map(event.registrations.map((r) => [r.company.id, r.segments.map((s) => s.id)]));
    const side = (id: string) => ({
      facts: facts?.facts.get(id) as EventFirmFacts,
      segmentIds: segments.get(id) ?? [],
    });
    for (const m of event.meetings) {
      expect(role.get(m.buyer.id)).toBe('BUYER');
      expect(role.get(m.supplier.id)).toBe('SUPPLIER');
      expect(m.score).toBeGreaterThan(0);
      expect(m.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(m.score, 12);
      // The stored score is the pair score of today's facts.
      expect(pairScore(side(m.buyer.id), side(m.supplier.id), facts?.parentOf ?? new Map())?.score).toBeCloseTo(
        m.score,
        12,
      );
    }
  });

  it('has the total score of an independent LP solution of the same b-matching (to 1e-6)', async () => {
    const facts = await eventScoringFacts(executor, DEMO_EVENT_ID);
    if (!facts) throw new Error('demo event facts missing');
    const segments = new Map(event.registrations.map((r) => [r.company.id, r.segments.map((s) => s.id)]));
    const side = (id: string) => ({ facts: facts.facts.get(id) as EventFirmFacts, segmentIds: segments.get(id) ?? [] });
    const buyers = event.registrations.filter((r) => r.role === 'BUYER');
    const suppliers = event.registrations.filter((r) => r.role === 'SUPPLIER');
    const constraints: Record<string, { max: number }> = {};
    const variables: Record<string, Record<string, number>> = {};
    for (const r of event.registrations)
      constraints[`cap:${r.company.id}`] = {
        max: meetingCap(r.maxMeetings, event.maxMeetingsPerFirm, event.slots.length),
      };
    for (const b of buyers)
      for (const s of suppliers) {
        const scored = pairScore(side(b.company.id), side(s.company.id), facts.parentOf);
        if (!scored || !(scored.score > 0)) continue;
        const x = `${b.company.id}|${s.company.id}`;
        constraints[`one:${x}`] = { max: 1 };
        variables[x] = { score: scored.score, [`cap:${b.company.id}`]: 1, [`cap:${s.company.id}`]: 1, [`one:${x}`]: 1 };
      }
    expect(Object.keys(variables).length).toBeGreaterThan(event.meetings.length); // a real choice was made
    const lp = solver.Solve({ optimize: 'score', opType: 'max', constraints, variables }) as {
      feasible: boolean;
      result: number;
    };
    expect(lp.feasible).toBe(true);
    expect(Math.abs(lp.result - event.totalScore)).toBeLessThan(1e-6);
    expect(event.totalScore).toBeCloseTo(
      event.meetings.reduce((s, m) => s + m.score, 0),
      9,
    );
  });
});
