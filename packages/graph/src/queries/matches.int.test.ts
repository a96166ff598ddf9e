import { DEFAULT_BUYER_WEIGHTS, DEFAULT_MATCH_WEIGHTS, type ScoreFactor } from '@atlas/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { handMadeChain } from '../../../../test/helpers/hand-made-chain';
import { writeFixture } from '../../../../test/helpers/matching-graph';
import { type ExpectedMatch, matchingReference } from '../../../../test/helpers/matching-reference';
import { buyerMatches } from './buyer-matches';
import { supplierMatches } from './supplier-matches';

interface Found {
  company: { id: string };
  score: number;
  factors: ScoreFactor[];
  demandId?: string | null;
}

/** Same order, same scores, same factor values as the in-memory computation; contributions sum to the score. */
function expectSame(found: Found[] | null, expected: ExpectedMatch[]) {
  expect(found?.map((m) => [m.company.id, m.demandId ?? null])).toEqual(expected.map((m) => [m.companyId, m.demandId]));
  found?.forEach((m, i) => {
    const want = expected[i];
    expect(m.score).toBeCloseTo(want?.score ?? Number.NaN, 9);
    expect(m.factors.map((f) => f.factor)).toEqual(want?.factors.map((f) => f.factor));
    m.factors.forEach((f, j) => {
      expect(f.value).toBeCloseTo(want?.factors[j]?.value ?? Number.NaN, 9);
      expect(f.contribution).toBeCloseTo(f.value * f.weight, 12);
    });
    expect(m.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(m.score, 12);
  });
}

const scores = (found: Found[] | null) => found?.map((m) => Number(m.score.toFixed(4)));

describe('supplier and buyer matches against the real Neo4j', () => {
  const executor = testExecutor();
  const scope = testScope('matches');
  const { id } = scope;
  // S3 delivered a contract on D2 (L2's cells): its trackRecord is 1 − 1/(1 + 1 + 1) in every demand.
  const graph = {
    ...handMadeChain(id),
    outcomes: [{ companyId: id('S3'), demandId: id('D2'), step: 'DELIVERED' as const }],
  };
  const reference = matchingReference(graph);
  const demand = (local: string) => {
    const found = graph.demands.find((d) => d.id === id(local));
    if (!found) throw new Error(local);
    return found;
  };
  const suppliers = (demandId: string, weights = DEFAULT_MATCH_WEIGHTS, limit = 20) =>
    supplierMatches(executor, { demandId, limit, weights: { ...weights } });
  const buyers = (companyId: string, limit = 20) =>
    buyerMatches(executor, { companyId, limit, weights: { ...DEFAULT_BUYER_WEIGHTS } });
  beforeAll(() => writeFixture(executor, graph));
  afterAll(() => scope.cleanup(executor));

  it('filters then ranks suppliers for D1 (battery, IATF 16949, within the YRD, 600 units)', async () => {
    const found = await suppliers(id('D1'));
    expectSame(found, reference.supplierMatches(demand('D1'), DEFAULT_MATCH_WEIGHTS));
    // S4 (广东) is outside the YRD, S5 and S8 lack IATF 16949; all four survivors sit in a child of battery (0.8).
    // Weights .15 .25 .1 .1 .2 .1 .1 (segmentFit, locality, capacityFit, credit, sme, relationship, trackRecord):
    // S1 (金山, small, 100/600, credit 70, supplies L1 cells):   .12 + .25  + .01667 + .07 + .2 + .1  + 0     = .75667
    // S3 (浙江, medium, 1000 ≥ 600, credit 85, supplies L1 packs, delivered D2): .12 + .125 + .1 + .085 + .12 + .1
    //                                                              + .1 × ⅔ = .71667 — its track record lifts it past S2
    // S2 (浦东, micro, 500/600, no credit, supplies L1 recycling): .12 + .1875 + .08333 + .05 + .2 + .05 + 0 = .69083
    // S11 (安徽, small, no capacity stated, no credit):            .12 + .125 + .05 + .05 + .2 + 0 + 0       = .545
    expect(found?.map((m) => m.company.id)).toEqual(['S1', 'S3', 'S2', 'S11'].map(id));
    expect(scores(found)).toEqual([0.7567, 0.7167, 0.6908, 0.545]);
    const trackRecord = found?.[1]?.factors.find((f) => f.factor === 'trackRecord');
    expect(trackRecord?.value).toBeCloseTo(2 / 3, 12);
    expect(trackRecord?.weight).toBe(0.1);
  });

  it('never matches the poster, and returns an empty list when nobody passes', async () => {
    const d3 = await suppliers(id('D3')); // S4 posted D3 for packs, and S4 makes packs itself
    expectSame(d3, reference.supplierMatches(demand('D3'), DEFAULT_MATCH_WEIGHTS));
    // S8 (金山, 80/100, credit 65): .15 + .25 + .08 + .065 + .2 = .745; S2 .6875; S5 (Germany) .46
    expect(d3?.map((m) => m.company.id)).toEqual(['S8', 'S2', 'S5'].map(id));
    expect(scores(d3)).toEqual([0.745, 0.6875, 0.46]);
    expect(await suppliers(id('D5'))).toEqual([]); // cells with ISO 9001 within 上海: nobody
  });

  it('applies overridden weights and the limit', async () => {
    const creditOnly = {
      segmentFit: 0,
      locality: 0,
      capacityFit: 0,
      credit: 1,
      sme: 0,
      relationship: 0,
      trackRecord: 0,
    };
    const found = await suppliers(id('D2'), creditOnly, 2);
    // D2 wants cells anywhere: S1 (70), S3 (85), S4 (95), S11 (none → 0.5); by credit alone: S4, S3.
    expectSame(found, reference.supplierMatches(demand('D2'), creditOnly).slice(0, 2));
    expect(found?.map((m) => m.company.id)).toEqual(['S4', 'S3'].map(id));
  });

  it('finds buyers for S1: its open demands and chain leaders short of local cell suppliers', async () => {
    const found = await buyers(id('S1'));
    expectSame(found, reference.buyerMatches(id('S1'), DEFAULT_BUYER_WEIGHTS));
    // L1 opening (cells, S1 already supplies it):   .15 + .25 + .15 + .09 + .2 + .15 = .99
    // L1 via D1 (battery: child .8, 100/600):       .12 + .25 + .025 + .09 + .2 + .15 = .835
    // L2 via D2 and L2 opening (苏州, credit 80):    .15 + .125 + .15 + .08 + .2 + 0 = .705, the demand first
    // D5 needs ISO 9001 (S1 has none), D3 is for packs, D4 is closed.
    expect(found?.map((m) => [m.company.id, m.demandId, m.segmentId])).toEqual([
      [id('L1'), null, id('cell')],
      [id('L1'), id('D1'), id('battery')],
      [id('L2'), id('D2'), id('cell')],
      [id('L2'), null, id('cell')],
    ]);
    expect(scores(found)).toEqual([0.99, 0.835, 0.705, 0.705]);
  });

  it('skips a chain leader that already has 3 local suppliers for the segment', async () => {
    // S6 makes motors: L1 buys motors from S6, S9 and S10 (all 金山): no opening; L2's motor supplier is in 嘉定.
    const found = await buyers(id('S6'));
    expectSame(found, reference.buyerMatches(id('S6'), DEFAULT_BUYER_WEIGHTS));
    expect(found?.map((m) => m.company.id)).toEqual([id('L2')]);
  });

  it('agrees with the reference for every firm and every demand of the fixture', async () => {
    for (const company of graph.companies) {
      expectSame(await buyers(company.id), reference.buyerMatches(company.id, DEFAULT_BUYER_WEIGHTS));
    }
    for (const d of graph.demands) {
      expectSame(await suppliers(d.id), reference.supplierMatches(d, DEFAULT_MATCH_WEIGHTS));
    }
  });

  it('returns null for unknown ids', async () => {
    expect(await suppliers(id('no-such-demand'))).toBeNull();
    expect(await buyers(id('no-such-company'))).toBeNull();
  });
});
