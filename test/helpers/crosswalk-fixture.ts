import { type ChainFixture, chainFixture } from './chain-fixture';

const JINSHAN = { province: '上海市', district: '金山区', country: '中国' };

/**
 * The chain fixture (chain-fixture.ts) plus a second industry `<industryId>-b` with leaves x, y, z, and — when
 * `crosswalk` — two crosswalk groups joining them to the first industry (docs/analytics.md, "the crosswalk"):
 *
 *   groups     {c, x} "cx" · {b, y} "by" (z shares nothing)
 *   operate    x: JX (金山区) K1 (also in c) · y: JY1 JY2 (金山区) J4 (also in b) · z: JZ (金山区)
 *   SUPPLIES   JX→LJ x 100 · K1→LJ x 200 (the purchase K1→LJ c 200, filed under the equivalent id) · JZ→LJ z 500
 *              J4→LS y 80 (J4→LS b 100 under the other id) · JY1→LS y 50
 *
 * With the crosswalk at JINSHAN, c turns MISSING → WEAK (JX), b WEAK → STRONG (J4, JY1, JY2: J4 once), and the
 * supporting rate 250/1000 → 400/1150; without it (the same graph, no groups) every number is the chain fixture's.
 */
export function crosswalkFixture(
  scope: { prefix: string; id(local: string): string },
  crosswalk: boolean,
): ChainFixture {
  const fx = chainFixture(scope);
  const k1 = fx.companies.find((c) => c.key === 'K1');
  const j4 = fx.companies.find((c) => c.key === 'J4');
  if (!k1 || !j4) throw new Error('chain fixture changed: K1 and J4 expected');
  k1.segments.push('x');
  j4.segments.push('y');
  return {
    ...fx,
    segments: [
      ...fx.segments,
      { key: 'x', tier: 'midstream', parent: null, industry: 'b' },
      { key: 'y', tier: 'upstream', parent: null, industry: 'b' },
      { key: 'z', tier: 'upstream', parent: null, industry: 'b' },
    ],
    sameAs: crosswalk
      ? [
          { id: 'cx', segments: ['c', 'x'] },
          { id: 'by', segments: ['b', 'y'] },
        ]
      : [],
    companies: [
      ...fx.companies,
      { key: 'JX', ...JINSHAN, chainLeader: false, segments: ['x'] },
      { key: 'JY1', ...JINSHAN, chainLeader: false, segments: ['y'] },
      { key: 'JY2', ...JINSHAN, chainLeader: false, segments: ['y'] },
      { key: 'JZ', ...JINSHAN, chainLeader: false, segments: ['z'] },
    ],
    supplies: [
      ...fx.supplies,
      { from: 'JX', to: 'LJ', segment: 'x', value: 100 },
      { from: 'K1', to: 'LJ', segment: 'x', value: 200 },
      { from: 'JZ', to: 'LJ', segment: 'z', value: 500 },
      { from: 'J4', to: 'LS', segment: 'y', value: 80 },
      { from: 'JY1', to: 'LS', segment: 'y', value: 50 },
    ],
  };
}
