import type { IndustryKpis, Radius, SegmentStatus } from './types';

/** Shapes of snapshotDocuments.ts answers (packages/api/schema.graphql: Snapshot, ChainDiff). */
export interface SnapshotSummary {
  id: string;
  setId: string;
  radius: Radius;
  label: string | null;
  createdAt: string;
  kpis: IndustryKpis & { strong: number };
}

export interface SnapshotRef {
  id: string;
  label: string | null;
  createdAt: string;
}

export interface SegmentStatusChange {
  segmentId: string;
  name: string;
  nameEn: string;
  tier: string;
  from: SegmentStatus | null;
  to: SegmentStatus | null;
  fromCount: number;
  toCount: number;
}

export interface GapChange {
  segmentId: string;
  name: string;
  nameEn: string;
  status: SegmentStatus;
  priority: number;
}

export interface KpiDelta {
  kpi: string;
  from: number | null;
  to: number | null;
  delta: number | null;
}

export interface FirmChanges {
  count: number;
  known: boolean;
  firms: Array<{ id: string; name: string }>;
}

export interface ChainDiff {
  radius: Radius;
  from: SnapshotRef;
  to: SnapshotRef | null;
  segments: SegmentStatusChange[];
  gapsClosed: GapChange[];
  gapsOpened: GapChange[];
  kpis: KpiDelta[];
  firmCountsFrom: { local: number; all: number };
  firmCountsTo: { local: number; all: number };
  firmsArrived: FirmChanges;
  firmsLeft: FirmChanges;
}
