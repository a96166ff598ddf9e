import type { SegmentStatus } from '../analytics/status';

/** A weak or missing segment and the platforms that serve it (none: a gap no platform helps close). */
export interface SegmentSupport {
  segmentId: string;
  status: SegmentStatus;
  platformIds: string[];
}

export interface PlatformCoverage {
  supported: SegmentSupport[];
  unsupported: SegmentSupport[];
  /** supported / (supported + unsupported); 1 when the industry has no weak or missing segment. */
  share: number;
}

/**
 * Which WEAK/MISSING segments have a supporting platform (plan 三(六): a gap should meet a service, not only a
 * target list). `gaps` keep their order (priority); STRONG ones are ignored.
 */
export function platformCoverage(
  gaps: ReadonlyArray<{ segmentId: string; status: SegmentStatus }>,
  platformsBySegment: ReadonlyMap<string, readonly string[]>,
): PlatformCoverage {
  const rows = gaps
    .filter((g) => g.status !== 'STRONG')
    .map((g) => ({
      segmentId: g.segmentId,
      status: g.status,
      platformIds: [...(platformsBySegment.get(g.segmentId) ?? [])],
    }));
  const supported = rows.filter((r) => r.platformIds.length > 0);
  const unsupported = rows.filter((r) => r.platformIds.length === 0);
  return { supported, unsupported, share: rows.length === 0 ? 1 : supported.length / rows.length };
}
