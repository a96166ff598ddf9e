import type { IndustryKpis } from '../analytics/coverage';
import type { SegmentStatus } from '../analytics/status';
import type { Radius } from '../radius';
import type { SnapshotContent, SnapshotFirm, SnapshotSegment } from './snapshot-content';

/** A leaf whose status changed; `null` on one side when the industry definition added or dropped the segment. */
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

/** A gap that closed (priority as it was) or opened (priority as it is). */
export interface GapChange {
  segmentId: string;
  name: string;
  nameEn: string;
  status: SegmentStatus;
  priority: number;
}

/** One KPI then and now; `delta` is null when either side is (no leader bought anything: no supporting rate). */
export interface KpiDelta {
  kpi: keyof IndustryKpis;
  from: number | null;
  to: number | null;
  delta: number | null;
}

/** Firms that arrived or left, the first `limit` by name; `count` is all of them, `known` false if either side was capped. */
export interface FirmChanges {
  count: number;
  firms: SnapshotFirm[];
  known: boolean;
}

export interface ChainDiff {
  industryId: string;
  radius: Radius;
  segments: SegmentStatusChange[];
  gapsClosed: GapChange[];
  gapsOpened: GapChange[];
  kpis: KpiDelta[];
  firmCounts: { from: { local: number; all: number }; to: { local: number; all: number } };
  firmsArrived: FirmChanges;
  firmsLeft: FirmChanges;
}

/** Firms named per direction in a diff; the count covers the rest. */
export const DEFAULT_FIRM_CHANGE_LIMIT = 50;

const KPI_ORDER: ReadonlyArray<keyof IndustryKpis> = [
  'coverage',
  'keyLinkCoverage',
  'localSupportRate',
  'segments',
  'missing',
  'weak',
  'strong',
];

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What changed between two readings of one industry at one radius (docs/snapshots.md): leaves whose status
 * changed (with local counts), gaps closed and opened (with priorities), every KPI's delta, and the local firms
 * that arrived or left. Pure; both sides must be the same industry and radius.
 */
export function diffSnapshots(
  from: SnapshotContent,
  to: SnapshotContent,
  firmLimit = DEFAULT_FIRM_CHANGE_LIMIT,
): ChainDiff {
  if (from.industryId !== to.industryId)
    throw new Error(`cannot diff industry ${from.industryId} with industry ${to.industryId}`);
  if (from.radius !== to.radius) throw new Error(`cannot diff radius ${from.radius} with radius ${to.radius}`);
  return {
    industryId: to.industryId,
    radius: to.radius,
    segments: statusChanges(from.segments, to.segments),
    ...gapChanges(from, to),
    kpis: KPI_ORDER.map((kpi) => {
      const a = from.kpis[kpi];
      const b = to.kpis[kpi];
      return { kpi, from: a, to: b, delta: a === null || b === null ? null : b - a };
    }),
    firmCounts: { from: from.firmCounts, to: to.firmCounts },
    ...firmChanges(from, to, firmLimit),
  };
}

function statusChanges(before: SnapshotSegment[], after: SnapshotSegment[]): SegmentStatusChange[] {
  const then = new Map(before.map((s) => [s.id, s]));
  const now = new Map(after.map((s) => [s.id, s]));
  const ids = [...new Set([...then.keys(), ...now.keys()])].sort(byText);
  return ids.flatMap((id) => {
    const a = then.get(id);
    const b = now.get(id);
    if (a && b && a.status === b.status) return [];
    const named = (b ?? a) as SnapshotSegment;
    return [
      {
        segmentId: id,
        name: named.name,
        nameEn: named.nameEn,
        tier: named.tier,
        from: a?.status ?? null,
        to: b?.status ?? null,
        fromCount: a?.localCount ?? 0,
        toCount: b?.localCount ?? 0,
      },
    ];
  });
}

function gapChanges(from: SnapshotContent, to: SnapshotContent): { gapsClosed: GapChange[]; gapsOpened: GapChange[] } {
  const names = new Map([...from.segments, ...to.segments].map((s) => [s.id, s]));
  const open = (side: SnapshotContent) => new Set(side.gaps.map((g) => g.segmentId));
  const change = (side: SnapshotContent, other: Set<string>): GapChange[] =>
    side.gaps
      .filter((g) => !other.has(g.segmentId))
      .map((g) => ({
        segmentId: g.segmentId,
        name: names.get(g.segmentId)?.name ?? g.segmentId,
        nameEn: names.get(g.segmentId)?.nameEn ?? g.segmentId,
        status: g.status,
        priority: g.priority,
      }))
      .sort((a, b) => b.priority - a.priority || byText(a.segmentId, b.segmentId));
  return { gapsClosed: change(from, open(to)), gapsOpened: change(to, open(from)) };
}

function firmChanges(
  from: SnapshotContent,
  to: SnapshotContent,
  limit: number,
): { firmsArrived: FirmChanges; firmsLeft: FirmChanges } {
  const known = !from.firmsTruncated && !to.firmsTruncated;
  if (!known) {
    const none = { count: 0, firms: [], known };
    return { firmsArrived: none, firmsLeft: none };
  }
  const ids = (side: SnapshotContent) => new Set(side.localFirms.map((f) => f.id));
  const only = (side: SnapshotContent, other: Set<string>): FirmChanges => {
    const firms = side.localFirms
      .filter((f) => !other.has(f.id))
      .sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));
    return { count: firms.length, firms: firms.slice(0, limit), known };
  };
  return { firmsArrived: only(to, ids(from)), firmsLeft: only(from, ids(to)) };
}
