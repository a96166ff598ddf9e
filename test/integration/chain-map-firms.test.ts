import { createAtlasYoga } from '@atlas/api';
import { refreshOperationLocality } from '@atlas/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLEXITY_LIMIT, queryCost } from '../../packages/api/src/cost/prices';
import { schema } from '../../packages/api/src/schema/index';
import { testExecutor, testScope } from '../helpers/graph';

const executor = testExecutor();
const scope = testScope('segfirms');
const yoga = createAtlasYoga({ executor });
const industry = scope.id('ind');
// Leaf `many` has 30 Jinshan firms (one chain leader among the small ones) and one in Suzhou; `few` has 3; `none` 0.
const MANY = 30;
const jinshan = { province: '上海市', district: '金山区' };
const SIZES = ['small', 'medium', 'large'];

beforeAll(async () => {
  const firms = [
    ...Array.from({ length: MANY }, (_, i) => ({
      id: scope.id(`m${String(i).padStart(2, '0')}`),
      segment: 'many',
      size: SIZES[i % 3],
      chainLeader: i === 3,
      ...jinshan,
    })),
    {
      id: scope.id('m-suzhou'),
      segment: 'many',
      size: 'large',
      chainLeader: true,
      province: '江苏省',
      district: '昆山市',
    },
    ...['f1', 'f2', 'f3'].map((k) => ({
      id: scope.id(k),
      segment: 'few',
      size: 'medium',
      chainLeader: false,
      ...jinshan,
    })),
  ];
  await executor.write(
    'test',
    `CREATE (i:Industry {id: $industry, name: '测试', nameEn: 'Test'})
     CREATE (g:Segment {id: $g, industryId: $industry, leaf: false, name: '组', nameEn: 'G', tier: 'upstream'})-[:PART_OF]->(i)
     WITH i, g UNWIND ['many', 'few', 'none'] AS key
     CREATE (l:Segment {id: $prefix + '.' + key, industryId: $industry, leaf: true, name: key, nameEn: key,
                        tier: 'upstream'})-[:CHILD_OF]->(g)
     CREATE (l)-[:PART_OF]->(i)
     WITH count(*) AS made UNWIND $firms AS f
     MATCH (l:Segment {id: $prefix + '.' + f.segment})
     CREATE (c:Company {id: f.id, name: f.id, size: f.size, chainLeader: f.chainLeader, province: f.province,
                        district: f.district})-[:OPERATES_IN]->(l)`,
    { industry, g: scope.id('g'), prefix: scope.prefix, firms },
  );
  await executor.writeTx('test', (tx) =>
    refreshOperationLocality(
      tx,
      firms.map((f) => f.id),
    ),
  );
});
afterAll(() => scope.cleanup(executor));

async function gql(query: string, variables: Record<string, unknown>) {
  const res = await yoga.fetch('http://x/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { body: await res.text(), json: async () => JSON.parse(await res.clone().text()) };
}

const MAP = `query($i: ID!, $r: Radius, $top: Int) { chainMap(industryId: $i, radius: $r) {
  segments { id localCount } segmentFirms(top: $top) { segmentId firmCount firms { id size chainLeader } } } }`;
const COUNT = `query($s: ID!, $r: Radius) { segmentCompanies(segmentId: $s, radius: $r, first: 1) { totalCount } }`;

interface Row {
  segmentId: string;
  firmCount: number;
  firms: Array<{ id: string; size: string; chainLeader: boolean }>;
}

async function segmentFirmsOf(radius: string, top?: number): Promise<Row[]> {
  const { body } = await gql(MAP, { i: industry, r: radius, top });
  const parsed = JSON.parse(body);
  expect(parsed.errors).toBeUndefined();
  return parsed.data.chainMap.segmentFirms;
}

describe('chainMap.segmentFirms (the firm overlay)', () => {
  it('sends at most `top` firms per segment, leaders and larger firms first, and counts that equal segmentCompanies', async () => {
    const rows = await segmentFirmsOf('JINSHAN', 12);
    expect(rows.map((r) => r.segmentId)).toEqual([scope.id('few'), scope.id('many')]);
    const many = rows.find((r) => r.segmentId === scope.id('many')) as Row;
    expect(many.firmCount).toBe(MANY);
    expect(many.firms).toHaveLength(12);
    expect(many.firms[0]).toMatchObject({ id: scope.id('m03'), chainLeader: true });
    // After the leader, the ten large firms in id order (m02, m05, … m29: every third), then the medium ones.
    expect(many.firms.slice(1, 11).map((f) => f.size)).toEqual(Array(10).fill('large'));
    expect(many.firms[1]?.id).toBe(scope.id('m02'));
    expect(many.firms[11]?.size).toBe('medium');
    for (const row of rows) {
      const count = JSON.parse((await gql(COUNT, { s: row.segmentId, r: 'JINSHAN' })).body);
      expect(row.firmCount).toBe(count.data.segmentCompanies.totalCount);
      expect(row.firms.length).toBe(Math.min(12, row.firmCount));
    }
  });

  it('widens with the radius, and refuses a top beyond the cap', async () => {
    const rows = await segmentFirmsOf('YRD', 5);
    const many = rows.find((r) => r.segmentId === scope.id('many')) as Row;
    expect(many.firmCount).toBe(MANY + 1);
    expect(many.firms[0]?.id).toBe(scope.id('m-suzhou'));
    expect(many.firms).toHaveLength(5);
    const refused = JSON.parse((await gql(MAP, { i: industry, r: 'JINSHAN', top: 51 })).body);
    expect(refused.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('segmentFirms price', () => {
  it('grows with top (segments × top firms priced for a large industry) and stays under the limit at the cap', () => {
    const cost = (top: number) => queryCost(schema, MAP, { i: industry, top });
    expect(cost(24)).toBeGreaterThan(cost(12));
    expect(cost(24) - cost(12)).toBe(cost(36) - cost(24));
    expect(cost(50)).toBeLessThan(COMPLEXITY_LIMIT);
  });
});

describe('segmentFirms on a larger store', () => {
  const big = testScope('segfirms-big');
  const bigIndustry = big.id('ind');
  const LEAVES = 8;
  const FIRMS = 20_000;
  const TOP = 12;

  beforeAll(async () => {
    await executor.write(
      'test',
      `CREATE (i:Industry {id: $industry, name: '大', nameEn: 'Big'})
       WITH i UNWIND range(0, $leaves - 1) AS n
       CREATE (:Segment {id: $prefix + '.s' + n, industryId: $industry, leaf: true, name: 's' + n, nameEn: 's' + n,
                         tier: 'upstream'})-[:PART_OF]->(i)`,
      { industry: bigIndustry, prefix: big.prefix, leaves: LEAVES },
    );
    await executor.write(
      'test',
      `UNWIND range(0, $firms - 1) AS n
       MATCH (s:Segment {id: $prefix + '.s' + (n % toInteger($leaves))})
       CREATE (c:Company {id: $prefix + '.c' + n, name: 'c' + n, size: ['small', 'medium', 'large'][n % 3],
                          chainLeader: n % 97 = 0, province: '上海市', district: '金山区'})
       CREATE (c)-[:OPERATES_IN {industryId: $industry, ring: 0}]->(s)`,
      { industry: bigIndustry, prefix: big.prefix, leaves: LEAVES, firms: FIRMS },
    );
  }, 120_000);
  afterAll(() => big.cleanup(executor), 120_000);

  it('answers with segments × top firms and their counts, never every firm', async () => {
    const { body } = await gql(MAP, { i: bigIndustry, r: 'JINSHAN', top: TOP });
    const rows = JSON.parse(body).data.chainMap.segmentFirms as Row[];
    expect(rows).toHaveLength(LEAVES);
    expect(rows.reduce((n, r) => n + r.firmCount, 0)).toBe(FIRMS);
    expect(rows.reduce((n, r) => n + r.firms.length, 0)).toBe(LEAVES * TOP);
    // Each firm is about 100 bytes of JSON here; every firm would be ~2 MB, the overlay stays a few kB.
    expect(body.length).toBeLessThan(LEAVES * TOP * 200 + 2_000);
  });
});
