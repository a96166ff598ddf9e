import type { IndustryKpis, Radius, SegmentStatus } from '@atlas/domain';

/**
 * Everything the report shows, filled by the caller (packages/api/src/report/ reads it from the graph). Plain data:
 * the renderers do no I/O beyond the font files, so the same data always gives the same document.
 */
export interface ReportData {
  industry: { id: string; name: string; nameEn: string };
  radius: Radius;
  /** The day the report speaks for, YYYY-MM-DD. */
  date: string;
  /** True when the firms named are synthetic demo firms: the report says "示例数据 / synthetic demo data". */
  synthetic: boolean;
  kpis: IndustryKpis;
  /** Every segment of the map; the picture draws the leaves. */
  segments: ReportSegment[];
  /** FEEDS edges between segments, upstream → downstream. */
  flows: { from: string; to: string }[];
  /** MISSING and WEAK leaves, highest priority first, each with its best investment targets. */
  gaps: ReportGap[];
  keyLinks: ReportKeyLink[];
  roadmap: ReportTechnology[];
  /** Changes since a snapshot (`?since=`); absent when none was chosen or snapshots are not available. */
  changes?: ReportChanges;
  /** Matchmaking outcomes of the industry; absent when not available. */
  matchmaking?: ReportMatchmaking;
}

export interface Named {
  name: string;
  nameEn: string;
}

export interface ReportSegment extends Named {
  id: string;
  tier: string;
  leaf: boolean;
  status: SegmentStatus;
  localCount: number;
}

export interface ReportTarget extends Named {
  score: number;
}

export interface ReportGap extends Named {
  segmentId: string;
  status: SegmentStatus;
  priority: number;
  /** The factors behind the priority (every score carries its factors). */
  factors: { factor: string; contribution: number }[];
  targets: ReportTarget[];
}

export interface ReportKeyLink extends Named {
  segmentId: string;
  status: SegmentStatus;
  criticality: number;
  bottleneck: string;
  targetYear: number | null;
  note: string | null;
  noteEn: string | null;
}

export interface ReportTechnology extends Named {
  trl: number;
  horizon: number;
  stage: string;
  /** Names of the segments it enables. */
  segments: Named[];
}

export interface ReportChanges {
  since: { id: string; label: string | null; date: string };
  statusChanges: (Named & { from: SegmentStatus | null; to: SegmentStatus | null })[];
  gapsClosed: Named[];
  gapsOpened: Named[];
  /** KPI name (a key of IndustryKpis) with its value then and now. */
  kpiDeltas: { kpi: keyof IndustryKpis; before: number | null; after: number | null }[];
  firmsArrived: number;
  firmsLeft: number;
}

export interface ReportMatchmaking {
  /** Counted from this day (YYYY-MM-DD: the snapshot's, when one was chosen), or all time when null. */
  since: string | null;
  /** Interests recorded on the industry's demands. */
  matches: number;
  /** The funnel: how many reached each step, and the share of them that reached the next (null for the last). */
  steps: {
    step: 'INTERESTED' | 'CONTACTED' | 'QUOTED' | 'CONTRACTED' | 'DELIVERED';
    count: number;
    conversion: number | null;
  }[];
  lost: number;
  /**
   * Contracted value (yuan) by where the supplier is; null when the reader may not see sums over other firms'
   * contracts (SECURITY.md read matrix: district-wide roles only).
   */
  contractedValue: { total: number; jinshan: number; shanghai: number; nonLocal: number; delivered: number } | null;
}
