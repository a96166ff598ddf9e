/** How far "local" reaches (docs/design.md §4, contract enum `Radius`). */
export const RADII = ['JINSHAN', 'SHANGHAI', 'YRD', 'CHINA', 'WORLD'] as const;
export type Radius = (typeof RADII)[number];

export interface Location {
  province: string;
  district?: string | null;
  country?: string | null;
}

/** The Yangtze River Delta in official province names. */
export const YRD_PROVINCES: readonly string[] = ['上海市', '江苏省', '浙江省', '安徽省'];

/** A company is local at R when its location lies inside R. */
export function isLocalAt(location: Location, radius: Radius): boolean {
  const inChina = (location.country ?? '中国') === '中国';
  switch (radius) {
    case 'JINSHAN':
      return location.province === '上海市' && location.district === '金山区';
    case 'SHANGHAI':
      return location.province === '上海市';
    case 'YRD':
      return YRD_PROVINCES.includes(location.province);
    case 'CHINA':
      return inChina;
    case 'WORLD':
      return true;
    default:
      return exhaustive(radius);
  }
}

export function exhaustive(value: never): never {
  throw new Error(`unexpected value: ${String(value)}`);
}
