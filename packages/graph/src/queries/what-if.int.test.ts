import { createHash } from 'node:crypto';
import type { GraphExecutor } from '@atlas/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainFixture, writeChainFixture } from '../../../../test/helpers/chain-fixture';
import { ChainReference, type RefScenario } from '../../../../test/helpers/chain-reference';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { whatIf } from './what-if';

/** Node and relationship counts of a scope's data, and a checksum of every property on them. */
async function fingerprint(executor: GraphExecutor, prefix: string) {
  const rows = await executor.read<{ n: Record<string, unknown>; labels: string[]; rels: unknown[] }>(
    'test-fingerprint',
    `MATCH (n) WHERE n.id STARTS WITH $prefix
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, r, m ORDER BY type(r), m.id, r.segmentId
     RETURN properties(n) AS n, labels(n) AS labels,
            collect(CASE WHEN r IS NULL THEN null ELSE [type(r), m.id, properties(r)] END) AS rels
     ORDER BY n.id`,
    { prefix },
  );
  const canonical = JSON.stringify(rows, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
  );
  return {
    nodes: rows.length,
    relationships: rows.reduce((sum, r) => sum + r.rels.length, 0),
    checksum: createHash('sha256').update(canonical).digest('hex'),
  };
}

describe('what-if (docs/design.md §4.9) in read-only Cypher', () => {
  const executor = testExecutor();
  const scope = testScope('what-if');
  const fx = chainFixture(scope);
  const ref = new ChainReference(fx);
  const key = (id: string) => id.slice(scope.prefix.length + 1);
  const ids = (keys: string[]) => keys.map(fx.id);
  beforeAll(() => writeChainFixture(executor, fx));
  afterAll(() => scope.cleanup(executor));

  const scenarios: Array<[string, RefScenario]> = [
    ['attract K1', { attract: ['K1'] }],
    ['remove G1', { remove: ['G1'] }],
    ['attract K1, remove G1', { attract: ['K1'], remove: ['G1'] }],
    ['remove J5', { remove: ['J5'] }],
    ['remove the leader LJ', { remove: ['LJ'] }],
    ['attract W1 and LN', { attract: ['W1', 'LN'] }],
  ];

  it.each(scenarios)('%s: after equals the in-memory reading of the changed world', async (_name, s) => {
    const result = await whatIf(executor, fx.industryId, 'JINSHAN', {
      attract: ids(s.attract ?? []),
      remove: ids(s.remove ?? []),
    });
    const rate = ref.supportRate('JINSHAN', s);
    expect(result.after.byValue).toBeCloseTo(rate.byValue ?? Number.NaN, 12);
    expect(result.after.perLeader.map((l) => key(l.company.id))).toEqual([...rate.perLeader.keys()]);
    expect(result.after.coverage).toBeCloseTo(ref.coverage('JINSHAN', s), 12);
    expect(result.after.keyLinkCoverage).toBeCloseTo(ref.keyLinkCoverage('JINSHAN', s), 12);
    expect(result.before.byValue).toBe(0.25);
    const closed = ref
      .leaves()
      .filter((l) => ref.status(l, 'JINSHAN') === 'MISSING' && ref.status(l, 'JINSHAN', s) !== 'MISSING');
    expect(result.closedGaps.map(key)).toEqual(closed);
    expect(result.singleSourceDelta).toBe(ref.singleSourceCount(s.remove) - ref.singleSourceCount());
  });

  it('checks by hand: attracting K1 and removing G1 closes c and adds one single source', async () => {
    const result = await whatIf(executor, fx.industryId, 'JINSHAN', { attract: ids(['K1']), remove: ids(['G1']) });
    // c gains K1 (MISSING → WEAK). LJ: J1 100 + K1 200 + J5 50 local of 400 (G1's 100 gone) = 0.875;
    // LS: J4 100 + K1 100 of 500 = 0.4; industry 550 / 900. LJ now buys c from K1 alone: 6 → 7 single sources.
    expect(result.closedGaps).toEqual([fx.id('c')]);
    expect(result.changes.map((c) => [key(c.id), c.before, c.after])).toEqual([['c', 'MISSING', 'WEAK']]);
    expect(result.after.byValue).toBeCloseTo(550 / 900, 12);
    expect(result.after.perLeader.map((l) => [key(l.company.id), l.rate])).toEqual([
      ['LJ', 0.875],
      ['LN', null],
      ['LS', 0.4],
    ]);
    expect([result.after.coverage, result.after.keyLinkCoverage]).toEqual([1, 1]);
    expect([result.singleSourceBefore, result.singleSourceAfter, result.singleSourceDelta]).toEqual([6, 7, 1]);
  });

  it('checks by hand: removing J5 opens d and keeps LJ’s now unsupplied d input counted', async () => {
    const result = await whatIf(executor, fx.industryId, 'JINSHAN', { remove: ids(['J5']) });
    expect(result.openedGaps).toEqual([fx.id('d')]);
    expect(result.closedGaps).toEqual([]);
    expect(result.singleSourceDelta).toBe(0);
    // LJ loses J5's local 50: 100 / 450; industry (100 + 100) / 950.
    expect(result.after.byValue).toBeCloseTo(200 / 950, 12);
  });

  it('writes nothing: counts and checksum of the scoped data are the same before and after', async () => {
    const before = await fingerprint(executor, scope.prefix);
    // 1 industry, 6 segments, 2 key links, 2 technologies, 14 firms; PART_OF 6, CHILD_OF 2, FEEDS 5, ON 2,
    // ENABLES 3, PRECEDES 1, OPERATES_IN 13, SUPPLIES 12.
    expect([before.nodes, before.relationships]).toEqual([25, 44]);
    for (const [, s] of scenarios)
      await whatIf(executor, fx.industryId, 'JINSHAN', { attract: ids(s.attract ?? []), remove: ids(s.remove ?? []) });
    expect(await fingerprint(executor, scope.prefix)).toEqual(before);
  });
});
