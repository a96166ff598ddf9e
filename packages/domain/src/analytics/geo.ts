/** Great-circle distance and the proximity factor used to rank investment targets (docs/design.md §4.5). */

export interface LatLon {
  lat: number;
  lon: number;
}

/** Centre of 金山区 (Jinshan District, Shanghai), the point every proximity is measured from. */
export const JINSHAN_CENTRE: LatLon = { lat: 30.74, lon: 121.34 };

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Distance at which proximity has fallen to one half: about the Shanghai–Hangzhou–Suzhou ring. */
export const PROXIMITY_HALF_KM = 200;

/** Haversine distance in km between two WGS-84 points. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Proximity in [0,1]: 1 / (1 + d / 200 km), so 1 at the centre, 0.5 at 200 km, 0.2 at 800 km. A firm without
 * coordinates earns 0: the score rewards what we know, not what we guess.
 */
export function proximity(distanceKm: number | null | undefined, halfKm = PROXIMITY_HALF_KM): number {
  if (distanceKm === null || distanceKm === undefined || !Number.isFinite(distanceKm)) return 0;
  return 1 / (1 + Math.max(0, distanceKm) / halfKm);
}

/** Distance from a company's coordinates to the Jinshan centre, or null when it has none. */
export function distanceToJinshanKm(point: { lat: number | null; lon: number | null }): number | null {
  if (point.lat === null || point.lon === null) return null;
  return haversineKm({ lat: point.lat, lon: point.lon }, JINSHAN_CENTRE);
}
