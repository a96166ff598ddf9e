import {
  byScoreThenId,
  DEFAULT_TARGET_WEIGHTS,
  distanceToJinshanKm,
  explain,
  isLocalAt,
  type Radius,
  type TargetCandidate,
  type TargetFactor,
  targetMaxima,
  targetValues,
  type Weights,
} from '@atlas/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { handMadeChain } from '../../../../test/helpers/hand-made-chain';
import { type FixtureGraph, indexFixture, writeFixture } from '../../../../test/helpers/matching-graph';
import { investmentTargets } from './investment-targets';

/**
 * Independent in-memory computation of docs/design.md §4.5 over the fixture's plain data: the traversals are written
 * here in TypeScript; only the per-factor formulas (unit-tested by hand in domain) are shared.
 */
function expectedTargets(graph: FixtureGraph, segmentId: string, radius: Radius, weights: Weights<TargetFactor>) {
  const { depthUnder, location } = indexFixture(graph);
  const related = new Set(
    graph.segments
      .map((s) => s.id)
      .filter((s) => depthUnder(s, segmentId) !== null || depthUnder(segmentId, s) !== null),
  );
  const techs = new Set(graph.technologies.filter((t) => t.enables.some((e) => related.has(e))).map((t) => t.id));
  const localIn = (segment: string) =>
    graph.companies.filter((c) => isLocalAt(location(c), radius) && c.operates.some((o) => o.segmentId === segment))
      .length;
  const candidates = graph.companies
    .filter((c) => !isLocalAt(location(c), radius))
    .filter((c) => c.operates.some((o) => depthUnder(o.segmentId, segmentId) !== null))
    .map((c) => {
      const capacities = c.operates
        .filter((o) => depthUnder(o.segmentId, segmentId) !== null && o.capacity !== undefined)
        .map((o) => o.capacity ?? 0);
      const mine = new Set(c.operates.map((o) => o.segmentId));
      const downs = new Set(graph.feeds.filter(([from]) => mine.has(from)).map(([, to]) => to));
      const aligned = (c.holds ?? []).filter((h) => techs.has(h.technologyId));
      const candidate: TargetCandidate = {
        size: c.size,
        employees: c.employees ?? null,
        capacity: capacities.length ? capacities.reduce((a, b) => a + b, 0) : null,
        distanceKm: distanceToJinshanKm({ lat: c.lat ?? null, lon: c.lon ?? null }),
        localPull: [...downs].reduce((n, d) => n + localIn(d), 0),
        aligned: aligned.length > 0,
        patents: aligned.reduce((n, h) => n + h.patents, 0),
        creditScore: c.creditScore ?? null,
      };
      return { id: c.id, candidate };
    });
  const maxima = targetMaxima(candidates.map((c) => c.candidate));
  return candidates
    .map(({ id, candidate }) => ({ id, ...explain(targetValues(candidate, maxima), weights) }))
    .sort(byScoreThenId);
}

describe('investmentTargets against the real Neo4j', () => {
  const executor = testExecutor();
  const scope = testScope('targets');
  const graph = handMadeChain(scope.id);
  const id = scope.id;
  beforeAll(() => writeFixture(executor, graph));
  afterAll(() => scope.cleanup(executor));

  const targets = (segmentId: string, radius: Radius, weights = DEFAULT_TARGET_WEIGHTS, limit = 20) =>
    investmentTargets(executor, { segmentId, radius, limit, weights: { ...weights } });

  it('ranks the firms outside 金山区 under the battery segment like the in-memory computation', async () => {
    const found = await targets(id('battery'), 'JINSHAN');
    const expected = expectedTargets(graph, id('battery'), 'JINSHAN', DEFAULT_TARGET_WEIGHTS);
    // S1 and S8 are local to 金山区: never targets. S2 (浦东), S3, S4, S5, S11 operate under battery.
    expect(found?.map((m) => m.company.id)).toEqual(expected.map((m) => m.id));
    expect(new Set(expected.map((m) => m.id))).toEqual(new Set(['S2', 'S3', 'S4', 'S5', 'S11'].map(id)));
    found?.forEach((m, i) => {
      expect(m.score).toBeCloseTo(expected[i]?.score ?? Number.NaN, 9);
      m.factors.forEach((f, j) => {
        expect(f).toMatchObject({ factor: expected[i]?.factors[j]?.factor, weight: expected[i]?.factors[j]?.weight });
        expect(f.value).toBeCloseTo(expected[i]?.factors[j]?.value ?? Number.NaN, 9);
      });
      expect(m.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(m.score, 12);
    });
  });

  it('matches the hand-checked factor values', async () => {
    const found = await targets(id('battery'), 'JINSHAN');
    const byId = new Map(
      found?.map((m) => [m.company.id, Object.fromEntries(m.factors.map((f) => [f.factor, f.value]))]),
    );
    // S4: large (1), the most employees (1) and capacity 2000 + 3000 = the maximum (1): scale 1; holds tBattery
    // with 40 patents, the most: technology 1; credit 95 → 0.95.
    expect(byId.get(id('S4'))).toMatchObject({ scale: 1, technology: 1, credit: 0.95 });
    // S5 (Germany) feeds only vehicle, where L1 and S7 are local: pull 2 of a maximum 3 → log 3 / log 4.
    expect(byId.get(id('S5'))?.localPull).toBeCloseTo(Math.log(3) / Math.log(4), 9);
    // S3 holds tCell (ENABLES cell, a child of battery) with 12 patents: 0.5 + 0.5 × log 13 / log 41.
    expect(byId.get(id('S3'))?.technology).toBeCloseTo(0.5 + (0.5 * Math.log(13)) / Math.log(41), 9);
    // S11 has no coordinates (proximity 0) and no credit score (neutral 0.5).
    expect(byId.get(id('S11'))).toMatchObject({ proximity: 0, credit: 0.5 });
    // S2 sits 浦东 (31.22N 121.54E), ≈ 56.5 km from the 金山 centre: 1 / (1 + 56.5/200) ≈ 0.78.
    expect(byId.get(id('S2'))?.proximity).toBeCloseTo(0.78, 2);
  });

  it('honours the radius, weights and limit', async () => {
    const shanghai = await targets(id('battery'), 'SHANGHAI');
    // At SHANGHAI, S2 (浦东) becomes local: the targets are S3, S4, S5, S11.
    expect(shanghai?.map((m) => m.company.id).sort()).toEqual(['S11', 'S3', 'S4', 'S5'].map(id).sort());
    const nearFirst = { scale: 0, proximity: 1, localPull: 0, technology: 0, credit: 0 };
    const near = await targets(id('battery'), 'JINSHAN', nearFirst, 2);
    expect(near?.map((m) => m.company.id)).toEqual(
      expectedTargets(graph, id('battery'), 'JINSHAN', nearFirst)
        .slice(0, 2)
        .map((m) => m.id),
    );
    expect(near?.map((m) => m.company.id)).toEqual([id('S2'), id('S3')]); // 浦东 ≈ 56 km, 北仑 ≈ 105 km
    expect(await targets(id('motor'), 'JINSHAN')).toEqual(
      expect.arrayContaining([expect.objectContaining({ company: expect.objectContaining({ id: id('S12') }) })]),
    );
    expect(await targets(id('battery'), 'WORLD')).toEqual([]);
  });

  it('returns null for an unknown segment', async () => {
    expect(await targets(id('no-such-segment'), 'JINSHAN')).toBeNull();
  });
});

describe('investmentTargets leave out attachments below minConfidence', () => {
  const executor = testExecutor();
  const scope = testScope('targets-confidence');
  const id = scope.id;
  const plain = handMadeChain(id);
  // U: local in vehicle (the pull of every firm feeding vehicle), W: a firm abroad under battery (a candidate); both
  // attached at confidence 0.2, so they count only when minConfidence is lowered below that.
  const withLowConfidence: FixtureGraph = {
    ...plain,
    companies: [
      ...plain.companies,
      { id: id('U'), size: 'small', province: '上海市', district: '金山区', operates: [{ segmentId: id('vehicle') }] },
      {
        id: id('W'),
        size: 'medium',
        country: '德国',
        province: '巴伐利亚州',
        employees: 900,
        operates: [{ segmentId: id('cell') }],
      },
    ],
  };
  beforeAll(async () => {
    await writeFixture(executor, withLowConfidence);
    await executor.writeTx('test', (tx) =>
      tx.run('MATCH (c:Company)-[o:OPERATES_IN]->() WHERE c.id IN $ids SET o.confidence = 0.2', {
        ids: [id('U'), id('W')],
      }),
    );
  });
  afterAll(() => scope.cleanup(executor));

  const ranked = async (minConfidence?: number) =>
    (
      await investmentTargets(executor, {
        segmentId: id('battery'),
        radius: 'JINSHAN',
        limit: 20,
        weights: { ...DEFAULT_TARGET_WEIGHTS },
        ...(minConfidence === undefined ? {} : { minConfidence }),
      })
    )?.map((m) => [m.company.id, Number(m.score.toFixed(9))]);
  const expected = (graph: FixtureGraph) =>
    expectedTargets(graph, id('battery'), 'JINSHAN', DEFAULT_TARGET_WEIGHTS).map((m) => [
      m.id,
      Number(m.score.toFixed(9)),
    ]);

  it('rank as if U and W were absent at the default minConfidence', async () => {
    expect(await ranked()).toEqual(expected(plain));
  });

  it('count U in the local pull and W as a candidate at minConfidence 0', async () => {
    const found = await ranked(0);
    expect(found).toEqual(expected(withLowConfidence));
    expect(found).not.toEqual(expected(plain));
  });
});
