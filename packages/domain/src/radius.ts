/** How far "local" reaches (docs/design.md §4, contract enum `Radius`). */
export const RADII = ['JINSHAN', 'SHANGHAI', 'YRD', 'CHINA', 'WORLD'] as const;
export type Radius = (typeof RADII)[number];

/** The radius every analytics argument defaults to: the district itself (金山区), the platform's home. */
export const DEFAULT_RADIUS: Radius = 'JINSHAN';

export interface Location {
  province: string;
  district?: string | null;
  country?: string | null;
}

/** The Yangtze River Delta in official province names. */
export const YRD_PROVINCES: readonly string[] = ['上海市', '江苏省', '浙江省', '安徽省'];

/**
 * The one rule of "local" (docs/analytics.md, "Locality"): the innermost radius a location lies in. The radii nest
 * (金山区 ⊂ 上海市 ⊂ YRD ⊂ China ⊂ world), so a firm is local at R exactly when its ring is R or inside it. The graph
 * stores this ring as `OPERATES_IN.ring` (graph load/operation-locality.ts) and reads the stored copy; its one
 * Cypher twin, for firms reached without such an edge, is `ringCypher` (graph queries/locality.ts).
 */
export function localityRing(location: Location): Radius {
  if (location.province === '上海市') return location.district === '金山区' ? 'JINSHAN' : 'SHANGHAI';
  if (YRD_PROVINCES.includes(location.province)) return 'YRD';
  return (location.country ?? '中国') === '中国' ? 'CHINA' : 'WORLD';
}

/** A company is local at R when its ring is R or one inside it. */
export function isLocalAt(location: Location, radius: Radius): boolean {
  return RADII.indexOf(localityRing(location)) <= RADII.indexOf(radius);
}

export function exhaustive(value: never): never {
  throw new Error(`unexpected value: ${String(value)}`);
}
