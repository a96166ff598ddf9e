import { createAtlasYoga } from '@atlas/api';
import type { Role } from '@atlas/domain';
import { ensureUsers, refreshOperationLocality } from '@atlas/graph';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';

/**
 * The review queue, its three mutations, who may use them, `minConfidence` on the analytics and `dataQuality`,
 * through GraphQL against the real Neo4j. Its own industry (the scope prefix) with three leaves; every firm is in
 * 金山区. Expected values are written out by hand from the fixture below.
 */
const executor = testExecutor();
const scope = testScope('review');
const id = scope.id;
const industry = scope.prefix;
const [A, B, C] = [id('seg-a'), id('seg-b'), id('seg-c')];
const PASSWORD = 'review-test-pw';
const yoga = createAtlasYoga({ executor });

const evidence = (terms: string[]) =>
  JSON.stringify([
    { field: 'businessScope', terms },
    { field: 'industry', terms: [], code: '3670' },
  ]);
// f-low 0.2 → A (A has no other firm: MISSING unless it counts); f-mid 0.45 → B; f-high 0.62 → C; f-move 0.3 → B;
// f-survey → B from a survey (not reviewable, confidence absent: counts as 1).
const inferred = [
  { firm: 'f-low', segment: A, confidence: 0.2, terms: ['电池'] },
  { firm: 'f-mid', segment: B, confidence: 0.45, terms: ['电机'] },
  { firm: 'f-high', segment: C, confidence: 0.62, terms: ['电控', '逆变器'] },
  { firm: 'f-move', segment: B, confidence: 0.3, terms: ['线束'] },
];

let tokens: Map<Role, string>;

beforeAll(async () => {
  await executor.write(
    'test',
    `CREATE (:Industry {id: $industry, name: '测试产业', nameEn: 'Test industry'})
     WITH 1 AS one UNWIND $segments AS sid
     CREATE (:Segment {id: sid, industryId: $industry, leaf: true, name: '环节' + right(sid, 1), nameEn: sid, tier: 'midstream'})`,
    { industry, segments: [A, B, C] },
  );
  await executor.write(
    'test',
    `UNWIND $rows AS row
     CREATE (c:Company {id: row.id, uscc: row.id, name: row.name, size: 'small', chainLeader: false, country: '中国',
                        province: '上海市', district: '金山区', synthetic: false, source: 'registry',
                        businessScope: row.scope, updatedAt: row.updatedAt, address: row.address,
                        addressResolved: row.resolved})
     WITH c, row MATCH (s:Segment {id: row.segment})
     CREATE (c)-[:OPERATES_IN {source: row.source, confidence: row.confidence, evidence: row.evidence,
                              classifiedAt: '2026-01-05T00:00:00.000Z', vocabularyVersion: 'v-test', rank: 1}]->(s)`,
    {
      rows: [
        ...inferred.map((a, i) => ({
          id: id(a.firm),
          name: `测试${a.firm}`,
          segment: a.segment,
          source: 'inferred',
          confidence: a.confidence,
          evidence: evidence(a.terms),
          scope: `${a.terms.join('、')}的研发、制造`,
          updatedAt: `2026-01-0${i + 1}T00:00:00.000Z`,
          address: i === 0 ? '火星市某区' : '上海市金山区亭林镇',
          resolved: i !== 0,
        })),
        {
          id: id('f-survey'),
          name: '测试调查',
          segment: B,
          source: 'survey',
          confidence: null,
          evidence: null,
          scope: null,
          updatedAt: null,
          address: null,
          resolved: null,
        },
      ],
    },
  );
  const firms = [...inferred.map((a) => id(a.firm)), id('f-survey')];
  await executor.writeTx('test', (tx) => refreshOperationLocality(tx, firms));
  const passwordHash = await bcrypt.hash(PASSWORD, 4);
  const roles: Role[] = ['ADMIN', 'PROMOTION_OFFICER', 'ANALYST', 'SME'];
  await ensureUsers(
    executor,
    roles.map((role) => ({ id: id(`user-${role}`), username: id(role), role, companyId: null, passwordHash })),
  );
  tokens = new Map();
  for (const role of roles) {
    const { data, errors } = await gql(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      {
        u: id(role),
        p: PASSWORD,
      },
    );
    expect(errors).toBeUndefined();
    tokens.set(role, data.login.token);
  }
});

afterAll(async () => {
  await executor.write('test', 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: scope.prefix });
  await scope.cleanup(executor);
});

async function gql(query: string, variables: Record<string, unknown> = {}, role?: Role) {
  const token = role ? tokens.get(role) : undefined;
  const res = await yoga.fetch('http://x/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the answers' shapes are what the assertions check
  return (await res.json()) as { data: any; errors?: Array<{ message: string; extensions: { code: string } }> };
}

const QUEUE = `query($i: ID, $first: Int, $after: String) { reviewQueue(industryId: $i, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { companyId companyName segmentId confidence businessScope evidence { field terms code } } } }`;
const ACCEPT = 'mutation($p: [AttachmentPairInput!]!) { acceptAttachments(pairs: $p) { changed reviewedBy } }';
const REJECT = 'mutation($p: [AttachmentPairInput!]!) { rejectAttachments(pairs: $p) { changed reviewedBy } }';
const MOVE = `mutation($c: ID!, $f: ID!, $t: ID!) { moveAttachment(companyId: $c, fromSegmentId: $f, toSegmentId: $t) {
  changed reviewedBy } }`;
const MAP = `query($i: ID!, $m: Float) { chainMap(industryId: $i, minConfidence: $m) { segments { id status localCount } } }`;
const statusOf = async (segment: string, minConfidence?: number) => {
  const { data, errors } = await gql(MAP, {
    i: industry,
    ...(minConfidence === undefined ? {} : { m: minConfidence }),
  });
  expect(errors).toBeUndefined();
  return data.chainMap.segments.find((s: { id: string }) => s.id === segment);
};
const operationsOf = async (firm: string) => {
  const { data } = await gql(
    'query($c: ID!) { company(id: $c) { source operations { segmentId source confidence reviewedBy } } }',
    {
      c: id(firm),
    },
  );
  return data.company;
};

describe('minConfidence', () => {
  it('leaves a low-confidence inferred firm out at the default and counts it at 0', async () => {
    expect(await statusOf(A)).toMatchObject({ status: 'MISSING', localCount: 0 });
    expect(await statusOf(A, 0)).toMatchObject({ status: 'WEAK', localCount: 1 });
    // B: the survey firm counts (no confidence = 1); f-mid (0.45) and f-move (0.3) only at 0.
    expect(await statusOf(B)).toMatchObject({ localCount: 1 });
    expect(await statusOf(B, 0.3)).toMatchObject({ status: 'STRONG', localCount: 3 });
    expect(await statusOf(C)).toMatchObject({ status: 'WEAK', localCount: 1 });
  });

  it('refuses a minConfidence outside 0..1', async () => {
    const { errors } = await gql(MAP, { i: industry, m: 1.5 });
    expect(errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toBe('minConfidence must be a number in 0..1');
  });
});

describe('reviewQueue', () => {
  it('lists inferred attachments least confident first, with structured evidence, in pages', async () => {
    const first = await gql(QUEUE, { i: industry, first: 3 }, 'PROMOTION_OFFICER');
    expect(first.errors).toBeUndefined();
    const page = first.data.reviewQueue;
    expect(page.totalCount).toBe(4);
    expect(page.nodes.map((n: { companyId: string }) => n.companyId)).toEqual([id('f-low'), id('f-move'), id('f-mid')]);
    expect(page.nodes[0]).toMatchObject({
      segmentId: A,
      confidence: 0.2,
      businessScope: '电池的研发、制造',
      evidence: [
        { field: 'businessScope', terms: ['电池'], code: null },
        { field: 'industry', terms: [], code: '3670' },
      ],
    });
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await gql(QUEUE, { i: industry, first: 3, after: page.pageInfo.endCursor }, 'ADMIN');
    expect(second.data.reviewQueue.nodes.map((n: { companyId: string }) => n.companyId)).toEqual([id('f-high')]);
    expect(second.data.reviewQueue.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a cursor it did not make', async () => {
    const { errors } = await gql(QUEUE, { i: industry, after: 'garbage' }, 'ADMIN');
    expect(errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('authorization', () => {
  it.each([
    ['anonymous', undefined, 'UNAUTHENTICATED'],
    ['an analyst', 'ANALYST', 'FORBIDDEN'],
    ['a firm', 'SME', 'FORBIDDEN'],
  ] as const)('refuses %s the queue and every mutation, and changes nothing', async (_who, role, code) => {
    const pair = [{ companyId: id('f-low'), segmentId: A }];
    for (const [query, variables] of [
      [QUEUE, { i: industry }],
      [ACCEPT, { p: pair }],
      [REJECT, { p: pair }],
      [MOVE, { c: id('f-low'), f: A, t: B }],
    ] as const) {
      const { errors } = await gql(query, variables, role);
      expect(errors?.[0]?.extensions.code, query).toBe(code);
    }
    expect((await operationsOf('f-low')).operations).toEqual([
      { segmentId: A, source: 'inferred', confidence: 0.2, reviewedBy: null },
    ]);
  });
});

describe('review mutations', () => {
  it('accept confirms (confidence 1, reviewer recorded), drops it from the queue, and it counts at the default', async () => {
    const { data, errors } = await gql(ACCEPT, { p: [{ companyId: id('f-low'), segmentId: A }] }, 'PROMOTION_OFFICER');
    expect(errors).toBeUndefined();
    expect(data.acceptAttachments).toEqual({ changed: 1, reviewedBy: id('PROMOTION_OFFICER') });
    expect((await operationsOf('f-low')).operations).toEqual([
      { segmentId: A, source: 'confirmed', confidence: 1, reviewedBy: id('PROMOTION_OFFICER') },
    ]);
    const queue = await gql(QUEUE, { i: industry }, 'PROMOTION_OFFICER');
    expect(queue.data.reviewQueue.nodes.map((n: { companyId: string }) => n.companyId)).not.toContain(id('f-low'));
    expect(await statusOf(A)).toMatchObject({ status: 'WEAK', localCount: 1 });
    // Accepting it again changes nothing: only inferred attachments are reviewed.
    expect(
      (await gql(ACCEPT, { p: [{ companyId: id('f-low'), segmentId: A }] }, 'ADMIN')).data.acceptAttachments.changed,
    ).toBe(0);
  });

  it('reject removes the attachment and the queue entry', async () => {
    const { data } = await gql(REJECT, { p: [{ companyId: id('f-mid'), segmentId: B }] }, 'ADMIN');
    expect(data.rejectAttachments).toEqual({ changed: 1, reviewedBy: id('ADMIN') });
    expect((await operationsOf('f-mid')).operations).toEqual([]);
    const queue = await gql(QUEUE, { i: industry }, 'ADMIN');
    expect(queue.data.reviewQueue.totalCount).toBe(2);
  });

  it('move confirms the firm on another leaf; a non-reviewable or unknown target is refused', async () => {
    const notInferred = await gql(MOVE, { c: id('f-survey'), f: B, t: C }, 'PROMOTION_OFFICER');
    expect(notInferred.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const unknown = await gql(MOVE, { c: id('f-move'), f: B, t: id('nowhere') }, 'PROMOTION_OFFICER');
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const same = await gql(MOVE, { c: id('f-move'), f: B, t: B }, 'PROMOTION_OFFICER');
    expect(same.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

    const { data, errors } = await gql(MOVE, { c: id('f-move'), f: B, t: C }, 'PROMOTION_OFFICER');
    expect(errors).toBeUndefined();
    expect(data.moveAttachment).toEqual({ changed: 1, reviewedBy: id('PROMOTION_OFFICER') });
    expect((await operationsOf('f-move')).operations).toEqual([
      { segmentId: C, source: 'confirmed', confidence: 1, reviewedBy: id('PROMOTION_OFFICER') },
    ]);
    expect(await statusOf(C)).toMatchObject({ localCount: 2 });
  });

  it('refuses an empty bulk review', async () => {
    const { errors } = await gql(ACCEPT, { p: [] }, 'ADMIN');
    expect(errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('dataQuality', () => {
  it('counts firms and attachments by source, the unreviewed share, the oldest and the unresolved', async () => {
    const { data, errors } = await gql(
      `query($i: ID!) { dataQuality(industryId: $i) { firms firmsBySource { source count } attachments
        attachmentsBySource { source count } unreviewedShare oldest { id updatedAt } undated unresolvedAddresses
        unresolvedExamples { id address } } }`,
      { i: industry },
    );
    expect(errors).toBeUndefined();
    // After the reviews above: f-low confirmed (A), f-mid rejected, f-move moved to C (confirmed, B rejected),
    // f-high still inferred (C), f-survey (B).
    expect(data.dataQuality).toEqual({
      firms: 4,
      firmsBySource: [{ source: 'registry', count: 4 }],
      attachments: 4,
      attachmentsBySource: [
        { source: 'confirmed', count: 2 },
        { source: 'rejected', count: 2 },
        { source: 'inferred', count: 1 },
        { source: 'survey', count: 1 },
      ],
      unreviewedShare: 0.25,
      oldest: [
        { id: id('f-low'), updatedAt: '2026-01-01T00:00:00.000Z' },
        { id: id('f-high'), updatedAt: '2026-01-03T00:00:00.000Z' },
        { id: id('f-move'), updatedAt: '2026-01-04T00:00:00.000Z' },
      ],
      undated: 1,
      unresolvedAddresses: 1,
      unresolvedExamples: [{ id: id('f-low'), address: '火星市某区' }],
    });
  });
});
