import { readDataVersion, refreshOperationLocality } from '@atlas/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture, writeChainFixture } from '../../../test/helpers/chain-fixture';
import { testExecutor, testScope } from '../../../test/helpers/graph';
import { createAtlasYoga } from './yoga';

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value against hand-computed numbers
type Json = any;

describe('analytics through GraphQL (docs/design.md §5)', () => {
  const executor = testExecutor();
  const scope = testScope('api-analytics');
  const fx = chainFixture(scope);
  const key = (id: string) => id.slice(scope.prefix.length + 1);
  const yoga = createAtlasYoga({ executor });
  const ANALYST = { id: 'analyst', username: 'analyst', role: 'ANALYST' as const, companyId: null };
  const callers: string[] = [];
  const readTx = executor.readTx.bind(executor);
  executor.readTx = ((caller, work) => {
    callers.push(caller);
    return readTx(caller, work);
  }) as typeof executor.readTx;

  async function gql(query: string, variables: Record<string, unknown> = {}) {
    callers.length = 0;
    const res = await yoga.fetch(
      'http://atlas.test/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables: { industryId: fx.industryId, ...variables } }),
      },
      // Per-firm figures are for the district-wide roles (SECURITY.md "Read matrix"): the numbers are read as an analyst.
      { atlas: { auth: { user: ANALYST, rejected: false }, clientAddress: 'test' } },
    );
    return (await res.json()) as { data?: Record<string, Json>; errors?: Array<{ extensions?: { code?: string } }> };
  }

  beforeAll(() => writeChainFixture(executor, fx));
  afterAll(() => scope.cleanup(executor));

  it('chainMap: segments with status, local count, parent and key link, and the flows', async () => {
    const { data, errors } = await gql(`query($industryId: ID!) { chainMap(industryId: $industryId) {
      industry { id kpis { coverage keyLinkCoverage localSupportRate missing weak } }
      segments { id name nameEn tier status localCount parentId keyLink { criticality segment { id } } }
      flows { from to } } }`);
    expect(errors).toBeUndefined();
    const map = data?.chainMap;
    expect(map.industry).toEqual({
      id: fx.industryId,
      kpis: { coverage: 0.8, keyLinkCoverage: 0.375, localSupportRate: 0.25, missing: 1, weak: 3 },
    });
    const byKey = Object.fromEntries(map.segments.map((s: Json) => [key(s.id), s]));
    expect(Object.keys(byKey).sort()).toEqual(['P', 'a', 'b', 'c', 'd', 'e']);
    expect(byKey.P).toMatchObject({ status: 'WEAK', localCount: 4, parentId: null, tier: 'upstream' });
    expect(byKey.a).toMatchObject({ status: 'STRONG', localCount: 3, parentId: fx.id('P'), keyLink: null });
    expect(byKey.c).toMatchObject({ status: 'MISSING', localCount: 0, keyLink: { criticality: 5 } });
    expect(byKey.c.keyLink.segment.id).toBe(fx.id('c'));
    expect(map.flows).toHaveLength(5);
    expect(map.flows[0]).toEqual({ from: fx.id('a'), to: fx.id('c') });
  });

  it('gaps: ranked, explained (contributions sum to the priority), weights per call', async () => {
    const query = `query($industryId: ID!, $weights: GapWeightsInput) { gaps(industryId: $industryId, weights: $weights) {
      segment { id status } status priority factors { factor value weight contribution } } }`;
    const { data } = await gql(query);
    expect(data?.gaps.map((g: Json) => key(g.segment.id))).toEqual(['c', 'd', 'b', 'e']);
    for (const gap of data?.gaps ?? []) {
      const sum = gap.factors.reduce((s: number, f: Json) => s + f.contribution, 0);
      expect(sum).toBeCloseTo(gap.priority, 12);
      for (const f of gap.factors) expect(f.contribution).toBeCloseTo(f.value * f.weight, 12);
    }
    expect(data?.gaps[0].priority).toBeCloseTo(0.74875, 5);
    const reweighted = await gql(query, { weights: { criticality: 0, relatedness: 0, localPull: 0 } });
    expect(reweighted.data?.gaps.map((g: Json) => key(g.segment.id))).toEqual(['c', 'b', 'd', 'e']);
    expect(reweighted.data?.gaps[0].factors.find((f: Json) => f.factor === 'specialisation').weight).toBe(0.15);
  });

  it('refuses bad input with typed errors: weights out of range, unknown ids, hops', async () => {
    const bad = await gql(
      'query($industryId: ID!) { gaps(industryId: $industryId, weights: { localPull: 2 }) { priority } }',
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const zero = await gql(`query($industryId: ID!) { gaps(industryId: $industryId,
      weights: { criticality: 0, localPull: 0, relatedness: 0, specialisation: 0 }) { priority } }`);
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const field of ['chainMap', 'gaps', 'localSupportRate', 'resilience', 'keyLinks', 'roadmap']) {
      const missing = await gql(`query { ${field}(industryId: "${scope.prefix}-nope") { __typename } }`);
      expect([field, missing.errors?.[0]?.extensions?.code]).toEqual([field, 'NOT_FOUND']);
    }
    const ghost = await gql(
      'query($industryId: ID!, $a: [ID!]) { whatIf(industryId: $industryId, attract: $a) { closedGaps } }',
      {
        a: [fx.id('ghost')],
      },
    );
    expect(ghost.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const hops = await gql('query($id: ID!) { blastRadius(companyId: $id, hops: 9) { companyCount } }', {
      id: fx.id('J2'),
    });
    expect(hops.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const nobody = await gql('query($id: ID!) { blastRadius(companyId: $id) { companyCount } }', {
      id: fx.id('nobody'),
    });
    expect(nobody.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const both = await gql(
      'query($industryId: ID!, $a: [ID!]) { whatIf(industryId: $industryId, attract: $a, remove: $a) { closedGaps } }',
      {
        a: [fx.id('K1')],
      },
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('localSupportRate, resilience, whatIf and blastRadius answer the hand-checked numbers', async () => {
    const { data, errors } = await gql(
      `query($industryId: ID!, $k1: [ID!], $g1: [ID!]) {
        localSupportRate(industryId: $industryId) { coverage keyLinkCoverage byValue perLeader { company { id } rate } }
        resilience(industryId: $industryId) { singleSourceCount externalDependence
          singleSources { leader { id } segment { id status } supplier { id segments { id status } } }
          hhiBySegment { segment { id } hhi } }
        whatIf(industryId: $industryId, attract: $k1, remove: $g1) {
          before { byValue } after { byValue coverage } closedGaps singleSourceDelta } }`,
      { k1: [fx.id('K1')], g1: [fx.id('G1')] },
    );
    expect(errors).toBeUndefined();
    // At most three analytics fields per operation (SECURITY.md "Limits"): blastRadius asks on its own.
    const blast = await gql(
      `query($j2: ID!) { blastRadius(companyId: $j2) { companyCount valueAtStake reached { company { id } hops } } }`,
      { j2: fx.id('J2') },
    );
    expect(blast.errors).toBeUndefined();
    expect(data?.localSupportRate).toMatchObject({ coverage: 0.8, keyLinkCoverage: 0.375, byValue: 0.25 });
    expect(data?.localSupportRate.perLeader.map((l: Json) => [key(l.company.id), l.rate])).toEqual([
      ['LJ', 0.3],
      ['LN', null],
      ['LS', 0.2],
    ]);
    expect(data?.resilience).toMatchObject({ singleSourceCount: 6, externalDependence: 0.75 });
    expect(data?.resilience.hhiBySegment.map((h: Json) => key(h.segment.id))).toEqual(['a', 'b', 'c', 'd']);
    expect(data?.whatIf).toMatchObject({ closedGaps: [fx.id('c')], singleSourceDelta: 1, before: { byValue: 0.25 } });
    expect(data?.whatIf.after.byValue).toBeCloseTo(550 / 900, 12);
    expect(blast.data?.blastRadius).toMatchObject({ companyCount: 2, valueAtStake: 140 });
  });

  it('resolves nested segments with one query per loader, not one per item', async () => {
    const { data } = await gql(`query($industryId: ID!) { resilience(industryId: $industryId) {
      singleSources { segment { status } supplier { segments { id status } } } } }`);
    expect(data?.resilience.singleSources).toHaveLength(6);
    const supplier = data?.resilience.singleSources.find((s: Json) => s.supplier.segments[0]?.id === fx.id('a'));
    expect(supplier.supplier.segments).toEqual([{ id: fx.id('a'), status: 'STRONG' }]);
    // Six single sources and their suppliers' segments: one batch per resolver level (segment, then
    // supplier.segments), whatever the number of items.
    expect(callers.filter((c) => c === 'chainSegmentsByIds').length).toBeLessThanOrEqual(2);
    expect(callers.filter((c) => c === 'segmentIdsByCompanyIds')).toHaveLength(1);
  });

  it('keyLinks and roadmap list the industry’s 两图一清单 entries', async () => {
    const { data } = await gql(`query($industryId: ID!) {
      keyLinks(industryId: $industryId) { id criticality segment { id status } }
      roadmap(industryId: $industryId) { id horizon segments { id } precedes } }`);
    expect(data?.keyLinks.map((k: Json) => [key(k.id), k.criticality, k.segment.status])).toEqual([
      ['k-c', 5, 'MISSING'],
      ['k-d', 3, 'WEAK'],
    ]);
    expect(data?.roadmap.map((t: Json) => [key(t.id), t.horizon, t.segments.length])).toEqual([
      ['t1', 2027, 1],
      ['t2', 2030, 2],
    ]);
  });

  it('shares results between requests until something writes to the graph', async () => {
    const query = `query($industryId: ID!) { gaps(industryId: $industryId) { segment { id } status } }`;
    const statusOfC = (data: Record<string, Json> | undefined) =>
      data?.gaps.find((g: Json) => g.segment.id === fx.id('c'))?.status;
    const version = await readDataVersion(executor);
    expect(statusOfC((await gql(query)).data)).toBe('MISSING');
    expect(statusOfC((await gql(query)).data)).toBe('MISSING');
    // Other test files write to the same Neo4j meanwhile; only when none did is the second answer the shared one.
    if ((await readDataVersion(executor)) === version) expect(callers).not.toContain('gaps');

    // A Jinshan firm starts operating in c, written the way an import writes (a GraphExecutor write transaction).
    const firm = fx.id('new-local');
    await executor.write(
      'test-new-local',
      `MATCH (s:Segment {id: $segment})
       CREATE (c:Company {id: $firm, name: $firm, province: '上海市', district: '金山区', country: '中国'})
       CREATE (c)-[:OPERATES_IN]->(s)`,
      { firm, segment: fx.id('c') },
    );
    await executor.writeTx('test-new-local', (tx) => refreshOperationLocality(tx, [firm]));
    try {
      expect(await readDataVersion(executor)).not.toBe(version);
      expect(statusOfC((await gql(query)).data)).toBe('WEAK');
      expect(callers).toContain('gaps');
    } finally {
      await executor.write('test-new-local', 'MATCH (c:Company {id: $firm}) DETACH DELETE c', { firm });
    }
    expect(statusOfC((await gql(query)).data)).toBe('MISSING');
  });
});
