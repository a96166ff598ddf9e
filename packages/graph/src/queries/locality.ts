import { RADII, type Radius, YRD_PROVINCES } from '@atlas/domain';

/**
 * Locality in Cypher (docs/analytics.md, "Locality"). The rule is domain `localityRing`; the graph stores its result
 * as `OPERATES_IN.ring` (load/operation-locality.ts) and a query that has such an edge in hand reads the stored copy
 * (`o.ring <= $ring`). `ringCypher` is the rule's one Cypher twin, for a firm reached without such an edge (a
 * supplier through SUPPLIES, a firm listed by search) and for the writers that store the ring.
 */

/** Rank of each radius as a ring index (0 = JINSHAN … 4 = WORLD), the values `OPERATES_IN.ring` stores. */
export const RADIUS_RANK: Readonly<Record<Radius, number>> = Object.fromEntries(
  RADII.map((radius, rank) => [radius, rank]),
) as Record<Radius, number>;

/**
 * Domain `localityRing` as Cypher tests over a company variable, one per radius index but WORLD: test i holds when
 * the firm lies inside radius i (ring ≤ i). Both fragments below are built from this one list.
 */
const insideRadius = (c: string): readonly string[] => [
  `${c}.province = '上海市' AND ${c}.district = '金山区'`,
  `${c}.province = '上海市'`,
  `${c}.province IN $yrdProvinces`,
  `coalesce(${c}.country, '中国') = '中国'`,
];

/** The innermost radius index a company is local at, from its location: domain `localityRing` as a ring index. */
export function ringCypher(c: string): string {
  const cases = insideRadius(c).map((test, ring) => `WHEN ${test} THEN ${ring}`);
  return `(CASE ${cases.join(' ')} ELSE ${RADII.length - 1} END)`;
}

/** Parameters of `ringCypher`. */
export const ringParams = () => ({ yrdProvinces: YRD_PROVINCES });

/**
 * "Local at R" over a company variable: its ring is R or inside it, i.e. the test of radius R alone (one or two
 * property reads, as cheap as a hand-written filter). Needs `localityParams(radius)`: `$ring`, the radius as a ring
 * index, and `$radius` (kept for statements that test it for null).
 */
export function isLocalCypher(company: string): string {
  const cases = insideRadius(company).map((test, ring) => `WHEN ${ring} THEN ${test}`);
  return `(CASE $ring ${cases.join(' ')} ELSE true END)`;
}

export function localityParams(radius: string): { radius: string; ring: number; yrdProvinces: readonly string[] } {
  return { radius, ring: RADII.indexOf(radius as Radius), ...ringParams() };
}

/**
 * "Local at R" for the supplier of a SUPPLIES edge, read from the edge's copy `supplierRing`
 * (load/supplier-locality.ts) and from the supplier's location only for an edge without one: a relationship
 * property per edge instead of the supplier node's. Needs `localityParams(radius)`.
 */
export function isLocalSupplierCypher(supplies: string, supplier: string): string {
  return `(coalesce(${supplies}.supplierRing, ${ringCypher(supplier)}) <= $ring)`;
}
