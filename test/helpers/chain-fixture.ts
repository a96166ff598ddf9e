import { randomUUID } from 'node:crypto';
import { type GraphExecutor, refreshOperationLocality } from '@atlas/graph';

/**
 * A small hand-made industry for the analytics tests (docs/design.md §4), written with plain CREATEs under a test scope.
 * Every number checked by hand in the tests refers to this picture:
 *
 *   segments   P (upstream parent) ⊃ a, b;  c, d (midstream);  e (downstream)
 *   FEEDS      a→c  b→c  b→d  c→e  d→e           key links: c (criticality 5), d (criticality 3)
 *   operate    a: J1 J2 J3 · b: J4 S1 · c: K1 G1 · d: J5 W1 · e: LJ J6 LS LN      (XL: a leader in no segment)
 *   where      J*, LJ, XL 金山区 · S1, LS 浦东新区 · K1 江苏省 · G1, LN 广东省 · W1 德国
 *   leaders    LJ, LS, LN (in e), XL (not in the industry)
 *   SUPPLIES   J1→LJ a 100 · S1→LJ b 50 · K1→LJ c 200 · G1→LJ c 100 · J5→LJ d 50 · W1→LS d 300 · J4→LS b 100
 *              K1→LS c 100 · J2→J4 a 40 · J3→XL a 60 · K1→LJ (outside segment) 999 · LS→G1 (outside) 70
 */
export interface FixtureCompany {
  key: string;
  province: string;
  district: string | null;
  country: string;
  chainLeader: boolean;
  segments: string[];
}

export interface FixtureSupply {
  from: string;
  to: string;
  segment: string;
  value: number;
}

export interface ChainFixture {
  industryId: string;
  id(key: string): string;
  /** `industry` (a suffix): the segment belongs to a second industry `<industryId>-<industry>` (crosswalk tests). */
  segments: Array<{ key: string; tier: string; parent: string | null; industry?: string }>;
  /** Crosswalk groups (docs/analytics.md, "the crosswalk"): segment keys that are the same product; none by default. */
  sameAs?: Array<{ id: string; segments: string[] }>;
  feeds: Array<[string, string]>;
  keyLinks: Array<{ key: string; segment: string; criticality: number }>;
  technologies: Array<{ key: string; horizon: number; trl: number; enables: string[]; precedes: string[] }>;
  companies: FixtureCompany[];
  supplies: FixtureSupply[];
}

const JINSHAN = { province: '上海市', district: '金山区', country: '中国' };
const PUDONG = { province: '上海市', district: '浦东新区', country: '中国' };

type Where = { province: string; district: string | null; country: string };

function company(key: string, where: Where, segments: string[], chainLeader = false): FixtureCompany {
  return { key, ...where, chainLeader, segments };
}

export function chainFixture(scope: { prefix: string; id(local: string): string }): ChainFixture {
  return {
    industryId: scope.prefix,
    id: (key) => scope.id(key),
    segments: [
      { key: 'P', tier: 'upstream', parent: null },
      { key: 'a', tier: 'upstream', parent: 'P' },
      { key: 'b', tier: 'upstream', parent: 'P' },
      { key: 'c', tier: 'midstream', parent: null },
      { key: 'd', tier: 'midstream', parent: null },
      { key: 'e', tier: 'downstream', parent: null },
    ],
    feeds: [
      ['a', 'c'],
      ['b', 'c'],
      ['b', 'd'],
      ['c', 'e'],
      ['d', 'e'],
    ],
    keyLinks: [
      { key: 'k-c', segment: 'c', criticality: 5 },
      { key: 'k-d', segment: 'd', criticality: 3 },
    ],
    technologies: [
      { key: 't1', horizon: 2027, trl: 5, enables: ['c'], precedes: ['t2'] },
      { key: 't2', horizon: 2030, trl: 3, enables: ['c', 'e'], precedes: [] },
    ],
    companies: [
      company('J1', JINSHAN, ['a']),
      company('J2', JINSHAN, ['a']),
      company('J3', JINSHAN, ['a']),
      company('J4', JINSHAN, ['b']),
      company('J5', JINSHAN, ['d']),
      company('J6', JINSHAN, ['e']),
      company('S1', PUDONG, ['b']),
      company('K1', { province: '江苏省', district: '昆山市', country: '中国' }, ['c']),
      company('G1', { province: '广东省', district: '南山区', country: '中国' }, ['c']),
      company('W1', { province: '巴伐利亚州', district: null, country: '德国' }, ['d']),
      company('LJ', JINSHAN, ['e'], true),
      company('LS', PUDONG, ['e'], true),
      company('LN', { province: '广东省', district: '南山区', country: '中国' }, ['e'], true),
      company('XL', JINSHAN, [], true),
    ],
    supplies: [
      { from: 'J1', to: 'LJ', segment: 'a', value: 100 },
      { from: 'S1', to: 'LJ', segment: 'b', value: 50 },
      { from: 'K1', to: 'LJ', segment: 'c', value: 200 },
      { from: 'G1', to: 'LJ', segment: 'c', value: 100 },
      { from: 'J5', to: 'LJ', segment: 'd', value: 50 },
      { from: 'W1', to: 'LS', segment: 'd', value: 300 },
      { from: 'J4', to: 'LS', segment: 'b', value: 100 },
      { from: 'K1', to: 'LS', segment: 'c', value: 100 },
      { from: 'J2', to: 'J4', segment: 'a', value: 40 },
      { from: 'J3', to: 'XL', segment: 'a', value: 60 },
      { from: 'K1', to: 'LJ', segment: 'outside', value: 999 },
      { from: 'LS', to: 'G1', segment: 'outside', value: 70 },
    ],
  };
}

/** Writes the fixture (ids scoped) in one transaction; `scope.cleanup` removes it. */
export async function writeChainFixture(executor: GraphExecutor, fx: ChainFixture): Promise<void> {
  const { id } = fx;
  const parents = new Set(fx.segments.flatMap((s) => (s.parent ? [s.parent] : [])));
  const industryOf = (s: { industry?: string }) => (s.industry ? `${fx.industryId}-${s.industry}` : fx.industryId);
  // What the industry loader writes from crosswalk.yaml (load/industries.ts).
  const groupOf = new Map((fx.sameAs ?? []).flatMap((g) => g.segments.map((k) => [k, g] as const)));
  await executor.writeTx('test-fixture', async (tx) => {
    await tx.run('UNWIND $ids AS id CREATE (:Industry {id: id, name: id, nameEn: id})', {
      ids: [...new Set(fx.segments.map(industryOf))],
    });
    await tx.run(
      `UNWIND $rows AS row MATCH (i:Industry {id: row.industryId})
       CREATE (s:Segment {id: row.id, name: row.name, nameEn: row.nameEn, tier: row.tier, leaf: row.leaf,
                          industryId: row.industryId, sameAs: row.sameAs, sameAsIds: row.sameAsIds})-[:PART_OF]->(i)`,
      {
        rows: fx.segments.map((s) => ({
          id: id(s.key),
          industryId: industryOf(s),
          name: `环节${s.key}`,
          nameEn: `Segment ${s.key}`,
          tier: s.tier,
          leaf: !parents.has(s.key),
          sameAs: groupOf.has(s.key) ? id(groupOf.get(s.key)?.id as string).replace('.', '-') : null,
          sameAsIds: groupOf.get(s.key)?.segments.map(id) ?? null,
        })),
      },
    );
    const pairs = (list: Array<[string, string]>) => list.map(([a, b]) => [id(a), id(b)]);
    const childOf = fx.segments.flatMap((s) => (s.parent ? [[s.key, s.parent] as [string, string]] : []));
    await tx.run(
      'UNWIND $pairs AS p MATCH (a:Segment {id: p[0]}), (b:Segment {id: p[1]}) CREATE (a)-[:CHILD_OF]->(b)',
      {
        pairs: pairs(childOf),
      },
    );
    await tx.run('UNWIND $pairs AS p MATCH (a:Segment {id: p[0]}), (b:Segment {id: p[1]}) CREATE (a)-[:FEEDS]->(b)', {
      pairs: pairs(fx.feeds),
    });
    await tx.run(
      `UNWIND $rows AS row MATCH (s:Segment {id: row.segment})
       CREATE (:KeyLink {id: row.id, criticality: row.criticality, bottleneck: 'capacity', targetYear: 2028,
                         note: '测试', noteEn: 'test', industryId: $industryId})-[:ON]->(s)`,
      {
        industryId: fx.industryId,
        rows: fx.keyLinks.map((k) => ({ id: id(k.key), segment: id(k.segment), criticality: k.criticality })),
      },
    );
    await tx.run(
      `UNWIND $rows AS row
       CREATE (t:Technology {id: row.id, name: row.id, nameEn: row.id, trl: row.trl, horizon: row.horizon,
                             stage: 'pilot', industryId: $industryId})
       WITH t, row UNWIND row.enables AS sid MATCH (s:Segment {id: sid}) CREATE (t)-[:ENABLES]->(s)`,
      {
        industryId: fx.industryId,
        rows: fx.technologies.map((t) => ({ ...t, id: id(t.key), enables: t.enables.map(id) })),
      },
    );
    const precedes = fx.technologies.flatMap((t) => t.precedes.map((p) => [t.key, p] as [string, string]));
    await tx.run(
      'UNWIND $pairs AS p MATCH (a:Technology {id: p[0]}), (b:Technology {id: p[1]}) CREATE (a)-[:PRECEDES]->(b)',
      { pairs: pairs(precedes) },
    );
    await tx.run(
      `UNWIND $rows AS row
       CREATE (c:Company {id: row.id, uscc: row.uscc, name: row.name, size: 'medium', chainLeader: row.chainLeader,
                          country: row.country, province: row.province, district: row.district, synthetic: true})
       WITH c, row UNWIND row.segments AS sid MATCH (s:Segment {id: sid})
       CREATE (c)-[:OPERATES_IN {source: 'synthetic', confidence: 1}]->(s)`,
      {
        rows: fx.companies.map((c) => ({
          ...c,
          id: id(c.key),
          uscc: randomUUID().replace(/-/g, '').slice(0, 18).toUpperCase(),
          name: `示例${c.key}`,
          segments: c.segments.map(id),
        })),
      },
    );
    await tx.run(
      `UNWIND $rows AS row MATCH (a:Company {id: row.from}), (b:Company {id: row.to})
       CREATE (a)-[:SUPPLIES {segmentId: row.segment, annualValue: row.value, source: 'synthetic', confidence: 1}]->(b)`,
      { rows: fx.supplies.map((s) => ({ from: id(s.from), to: id(s.to), segment: id(s.segment), value: s.value })) },
    );
    // What every product writer of OPERATES_IN also does (load/operation-locality.ts).
    await refreshOperationLocality(
      tx,
      fx.companies.map((c) => id(c.key)),
    );
  });
}
