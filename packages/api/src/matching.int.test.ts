import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../../../test/helpers/graph';
import { handMadeChain } from '../../../test/helpers/hand-made-chain';
import { writeFixture } from '../../../test/helpers/matching-graph';
import { createAtlasYoga } from './yoga';

interface Factor {
  factor: string;
  value: number;
  weight: number;
  contribution: number;
}
interface MatchJson {
  company: { id: string };
  score: number;
  factors: Factor[];
  demandId: string | null;
  segmentId: string | null;
}
interface Reply {
  data?: Record<string, MatchJson[] | null> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const MATCH_FIELDS = 'company { id } score factors { factor value weight contribution } demandId segmentId';

describe('investmentTargets, supplierMatches and buyerMatches through GraphQL (docs/design.md §5)', () => {
  const executor = testExecutor();
  const scope = testScope('api-matching');
  const { id } = scope;
  const yoga = createAtlasYoga({ executor });
  beforeAll(() => writeFixture(executor, handMadeChain(id)));
  afterAll(() => scope.cleanup(executor));

  async function gql(query: string, variables: Record<string, unknown>): Promise<Reply> {
    const res = await yoga.fetch('http://atlas.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as Reply;
  }

  const expectExplained = (matches: MatchJson[]) => {
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) {
      for (const f of m.factors) expect(f.contribution).toBeCloseTo(f.value * f.weight, 12);
      expect(m.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(m.score, 12);
    }
  };

  it('supplierMatches: explained, ranked suppliers for a demand', async () => {
    const { data, errors } = await gql(
      `query($demandId: ID!) { supplierMatches(demandId: $demandId) { ${MATCH_FIELDS} } }`,
      { demandId: id('D1') },
    );
    expect(errors).toBeUndefined();
    const matches = data?.supplierMatches ?? [];
    expectExplained(matches);
    expect(matches.map((m) => m.company.id)).toEqual(['S1', 'S2', 'S3', 'S11'].map(id));
    expect(matches[0]?.score).toBeCloseTo(0.74 + 0.1 / 6, 9); // worked out in graph/src/queries/matches.int.test.ts
    expect(matches[0]?.factors.map((f) => f.factor)).toEqual([
      'segmentFit',
      'locality',
      'capacityFit',
      'credit',
      'sme',
      'relationship',
      'trackRecord',
    ]);
  });

  it('supplierMatches: per-call weights and limit', async () => {
    const { data, errors } = await gql(
      `query($demandId: ID!) { supplierMatches(demandId: $demandId, limit: 1, weights: { locality: 0, sme: 0 }) {
        ${MATCH_FIELDS} } }`,
      { demandId: id('D1') },
    );
    expect(errors).toBeUndefined();
    const [top] = data?.supplierMatches ?? [];
    expect(data?.supplierMatches).toHaveLength(1);
    expect(top?.factors.find((f) => f.factor === 'locality')).toMatchObject({ weight: 0, contribution: 0 });
    expect(top?.factors.find((f) => f.factor === 'credit')?.weight).toBe(0.1); // untouched default
  });

  it('investmentTargets: targets outside the radius, explained', async () => {
    const { data, errors } = await gql(
      `query($segmentId: ID!) { investmentTargets(segmentId: $segmentId, radius: SHANGHAI, limit: 3) { ${MATCH_FIELDS} } }`,
      { segmentId: id('battery') },
    );
    expect(errors).toBeUndefined();
    const targets = data?.investmentTargets ?? [];
    expectExplained(targets);
    expect(targets).toHaveLength(3);
    for (const t of targets) expect(['S3', 'S4', 'S5', 'S11'].map(id)).toContain(t.company.id);
    expect(targets[0]?.factors.map((f) => f.factor)).toEqual([
      'scale',
      'proximity',
      'localPull',
      'technology',
      'credit',
    ]);
  });

  it('buyerMatches: open demands carry their demand id, chain-leader openings none', async () => {
    const { data, errors } = await gql(
      `query($companyId: ID!) { buyerMatches(companyId: $companyId) { ${MATCH_FIELDS} } }`,
      {
        companyId: id('S1'),
      },
    );
    expect(errors).toBeUndefined();
    const buyers = data?.buyerMatches ?? [];
    expectExplained(buyers);
    expect(buyers.map((m) => [m.company.id, m.demandId])).toEqual([
      [id('L1'), null],
      [id('L1'), id('D1')],
      [id('L2'), id('D2')],
      [id('L2'), null],
    ]);
  });

  it('NOT_FOUND for unknown ids', async () => {
    for (const [query, variables] of [
      [`query($id: ID!) { supplierMatches(demandId: $id) { score } }`, { id: id('nope') }],
      [`query($id: ID!) { investmentTargets(segmentId: $id) { score } }`, { id: id('nope') }],
      [`query($id: ID!) { buyerMatches(companyId: $id) { score } }`, { id: id('nope') }],
    ] as const) {
      const { errors } = await gql(query, variables);
      expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('BAD_USER_INPUT for a weight of 5, an unknown factor or a limit out of range', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      [`query($id: ID!) { supplierMatches(demandId: $id, weights: { credit: 5 }) { score } }`, { id: id('D1') }],
      [`query($id: ID!) { investmentTargets(segmentId: $id, weights: { scale: 5 }) { score } }`, { id: id('battery') }],
      [
        `query($id: ID!) { investmentTargets(segmentId: $id, weights: { credit: -0.1 }) { score } }`,
        { id: id('battery') },
      ],
      [`query($id: ID!) { supplierMatches(demandId: $id, limit: 0) { score } }`, { id: id('D1') }],
      [`query($id: ID!) { investmentTargets(segmentId: $id, limit: 101) { score } }`, { id: id('battery') }],
      [`query($id: ID!) { buyerMatches(companyId: $id, limit: 500) { score } }`, { id: id('S1') }],
    ];
    for (const [query, variables] of cases) {
      const { errors } = await gql(query, variables);
      expect(errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
    const { errors } = await gql(
      `query($id: ID!) { supplierMatches(demandId: $id, weights: { credit: 5 }) { score } }`,
      {
        id: id('D1'),
      },
    );
    expect(errors?.[0]?.message).toMatch(/credit.*\[0, 1\]/);
  });
});
