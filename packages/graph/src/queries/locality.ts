import { RADII, type Radius, YRD_PROVINCES } from '@atlas/domain';

/**
 * "Local at R" (docs/design.md §4) as a Cypher boolean over a company variable, mirroring `isLocalAt` in domain.
 * Needs the parameters `$radius` and `$yrdProvinces` (spread `localityParams(radius)` into the query's params).
 */
export function isLocalCypher(company: string): string {
  return `(CASE $radius
    WHEN 'JINSHAN' THEN ${company}.province = '上海市' AND ${company}.district = '金山区'
    WHEN 'SHANGHAI' THEN ${company}.province = '上海市'
    WHEN 'YRD' THEN ${company}.province IN $yrdProvinces
    WHEN 'CHINA' THEN coalesce(${company}.country, '中国') = '中国'
    ELSE true END)`;
}

/**
 * Parameters of the locality Cypher: `$radius`, `$yrdProvinces`, and `$ring`, the radius as a ring index, for
 * statements that read `OPERATES_IN.ring` (load/operation-locality.ts): local at R ⇔ ring ≤ $ring.
 */
export function localityParams(radius: string): { radius: string; ring: number; yrdProvinces: readonly string[] } {
  return { radius, ring: RADII.indexOf(radius as Radius), yrdProvinces: YRD_PROVINCES };
}

/** The innermost radius index (0 = JINSHAN … 4 = WORLD) a company is local at; mirrors `localityRing`. */
export function ringCypher(c: string): string {
  return `(CASE WHEN ${c}.province = '上海市' AND ${c}.district = '金山区' THEN 0
    WHEN ${c}.province = '上海市' THEN 1
    WHEN ${c}.province IN $yrdProvinces THEN 2
    WHEN coalesce(${c}.country, '中国') = '中国' THEN 3
    ELSE 4 END)`;
}
