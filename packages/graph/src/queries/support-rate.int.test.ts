import { RADII, YRD_PROVINCES } from '@atlas/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture, writeChainFixture } from '../../../../test/helpers/chain-fixture';
import { ChainReference } from '../../../../test/helpers/chain-reference';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { setSupplierRing } from '../load/supplier-locality';
import { partsOf, WHOLE } from '../parallel-reads';
import { inLeaderOrder, leaderRecordsTx, supportRate } from './support-rate';

describe('local supporting rate by value (docs/design.md §4.3) in Cypher', () => {
  const executor = testExecutor();
  const scope = testScope('support-rate');
  const fx = chainFixture(scope);
  const ref = new ChainReference(fx);
  const key = (id: string) => id.slice(scope.prefix.length + 1);
  beforeAll(() => writeChainFixture(executor, fx));
  afterAll(() => scope.cleanup(executor));

  it.each(RADII)('industry and per-leader rates at %s equal the in-memory reading', async (radius) => {
    const report = await supportRate(executor, fx.industryId, radius);
    const expected = ref.supportRate(radius);
    expect(report.byValue).toBeCloseTo(expected.byValue ?? Number.NaN, 12);
    expect(report.perLeader.map((l) => key(l.company.id))).toEqual([...expected.perLeader.keys()]);
    for (const leader of report.perLeader) {
      const rate = expected.perLeader.get(key(leader.company.id));
      if (rate === null) expect(leader.rate).toBeNull();
      else expect(leader.rate).toBeCloseTo(rate ?? Number.NaN, 12);
    }
  });

  it('matches the hand computation at JINSHAN: 250 / 1000, LJ 150 / 500, LS 100 / 500, LN null', async () => {
    const report = await supportRate(executor, fx.industryId, 'JINSHAN');
    // LJ buys a 100 (J1, local), b 50 (S1), c 200 + 100 (K1, G1), d 50 (J5, local); K1's 999 is for a segment
    // outside the industry. LS buys d 300 (W1), b 100 (J4, local), c 100 (K1). LN has no edges. XL is a chain
    // leader but operates in none of the industry's segments, so J3's 60 to it does not count; nor does J2→J4.
    expect(report.byValue).toBe(0.25);
    expect(report.perLeader.map((l) => [key(l.company.id), l.rate, l.localValue, l.totalValue])).toEqual([
      ['LJ', 0.3, 150, 500],
      ['LN', null, 0, 0],
      ['LS', 0.2, 100, 500],
    ]);
  });

  it('widens with the radius: SHANGHAI 0.3, YRD 0.6, CHINA 0.7, WORLD 1', async () => {
    // SHANGHAI adds S1 (50); YRD adds K1 (300); CHINA adds G1 (100); WORLD adds W1 (300).
    const rates = await Promise.all(
      (['SHANGHAI', 'YRD', 'CHINA', 'WORLD'] as const).map((r) => supportRate(executor, fx.industryId, r)),
    );
    expect(rates.map((r) => r.byValue)).toEqual([0.3, 0.6, 0.7, 1]);
  });

  it('reads the supplier ring copied on the edge, and the location where an edge has none', async () => {
    // The fixture CREATEs its edges by hand, without the copy; the rates so far came from the suppliers' location.
    const rates = () => Promise.all(RADII.map((r) => supportRate(executor, fx.industryId, r).then((x) => x.byValue)));
    const fromLocation = await rates();
    const edges = `MATCH (s:Company)-[e:SUPPLIES]->(b:Company) WHERE b.id STARTS WITH $prefix`;
    await executor.write('test', `${edges} ${setSupplierRing('s', 'e')}`, {
      prefix: scope.prefix,
      yrdProvinces: YRD_PROVINCES,
    });
    expect(await rates()).toEqual(fromLocation);
    // The copy wins: J1 (Jinshan, 100 to LJ) copied as WORLD leaves JINSHAN with 150 / 1000.
    await executor.write('test', `${edges} AND s.id = $j1 SET e.supplierRing = 4`, {
      prefix: scope.prefix,
      j1: fx.id('J1'),
    });
    expect((await supportRate(executor, fx.industryId, 'JINSHAN')).byValue).toBe(0.15);
    await executor.write('test', `${edges} REMOVE e.supplierRing`, { prefix: scope.prefix });
  });

  it.each([2, 3, 4])('split %i ways, the leaders statement reads each leader in exactly one part', async (k) => {
    const scenario = { attract: [fx.id('K1')], remove: [fx.id('G1')] };
    const read = (part = WHOLE) =>
      executor.readTx('test', (tx) =>
        leaderRecordsTx(tx, [fx.industryId], 'JINSHAN', { scenario, sources: true, part }),
      );
    const whole = await read();
    const parts = await Promise.all(partsOf(k).map((part) => read(part)));
    expect(whole.map((r) => key(r.company.id))).toEqual(['LJ', 'LN', 'LS']);
    // Largest SUPPLIES degree first, dealt out in turn: LJ (6 edges in), LS (3), LN (none).
    expect(parts.map((rows) => rows.map((r) => key(r.company.id)))).toEqual(
      [
        [['LJ', 'LN'], ['LS']],
        [['LJ'], ['LS'], ['LN']],
        [['LJ'], ['LS'], ['LN'], []],
      ][k - 2],
    );
    expect(inLeaderOrder(parts)).toEqual(whole);
  });

  it('is null for an industry without chain-leader edges', async () => {
    const report = await supportRate(executor, `${scope.prefix}-empty`, 'JINSHAN');
    expect(report).toEqual({ coverage: 0, keyLinkCoverage: 0, byValue: null, perLeader: [] });
  });
});
