import { YRD_PROVINCES } from '@atlas/domain';

/**
 * "Local at R" (DESIGN §4) as a Cypher boolean over a company variable, mirroring `isLocalAt` in domain.
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

export function localityParams(radius: string): { radius: string; yrdProvinces: readonly string[] } {
  return { radius, yrdProvinces: YRD_PROVINCES };
}
