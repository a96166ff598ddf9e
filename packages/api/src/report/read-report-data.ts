import {
  DEFAULT_MIN_CONFIDENCE,
  DEFAULT_TARGET_WEIGHTS,
  type Principal,
  type Radius,
  readsEveryFigure,
} from '@atlas/domain';
import {
  chainMap,
  type GraphExecutor,
  gaps,
  industriesByIds,
  industryKpisByIds,
  investmentTargets,
  keyLinksOfIndustry,
  roadmapOfIndustry,
} from '@atlas/graph';
import type { ReportChanges, ReportData, ReportMatchmaking } from '@atlas/report';

/** Gaps whose investment targets the report lists, and how many targets each (a query per gap). */
export const GAPS_WITH_TARGETS = 10;
export const TARGETS_PER_GAP = 3;

export interface ReportRequest {
  industryId: string;
  radius: Radius;
  /** A snapshot id: the "changes since" section compares with it. */
  since?: string | null;
  /** Who reads it: sums over other firms' contracts only for the district-wide roles. */
  viewer: Principal | null;
  /** The report's day (YYYY-MM-DD); today in Shanghai when absent. */
  date?: string;
}

/**
 * The optional sections come from other features (snapshots, matchmaking outcomes); each is a function the caller
 * may supply, so this file does not depend on them being built. Undefined: the section says it is not available.
 */
export interface OptionalSections {
  changes?: (executor: GraphExecutor, request: ReportRequest) => Promise<ReportChanges | undefined>;
  matchmaking?: (executor: GraphExecutor, request: ReportRequest) => Promise<ReportMatchmaking | undefined>;
}

/**
 * Everything the report shows, read through the same graph functions (and defaults: minConfidence 0.5, threshold
 * 3, default weights) the GraphQL fields use, so the numbers match what the pages show. Null for an unknown
 * industry. Investment targets carry a score only (their factors stay on the page, where each is explained).
 */
export async function readReportData(
  executor: GraphExecutor,
  request: ReportRequest,
  optional: OptionalSections = {},
): Promise<ReportData | null> {
  const { industryId, radius } = request;
  const [industry] = await industriesByIds(executor, [industryId]);
  if (!industry) return null;
  const minConfidence = DEFAULT_MIN_CONFIDENCE;
  const [map, kpisById, gapList, keyLinks, roadmap] = await Promise.all([
    chainMap(executor, industry.id, radius, { scenario: { minConfidence } }),
    industryKpisByIds(executor, [industry.id], radius, undefined, minConfidence),
    gaps(executor, industry.id, radius, { minConfidence }),
    keyLinksOfIndustry(executor, industry.id),
    roadmapOfIndustry(executor, industry.id),
  ]);
  const targets = await Promise.all(
    gapList.slice(0, GAPS_WITH_TARGETS).map((gap) =>
      investmentTargets(executor, {
        segmentId: gap.segment.id,
        radius,
        limit: TARGETS_PER_GAP,
        weights: DEFAULT_TARGET_WEIGHTS,
        minConfidence,
      }),
    ),
  );
  const segmentById = new Map(map.segments.map((s) => [s.id, s]));
  const kpis = kpisById.get(industry.id);
  if (!kpis) return null;
  const [changes, matchmaking] = await Promise.all([
    request.since && optional.changes ? optional.changes(executor, request) : undefined,
    // Matchmaking counts need sign-in (SECURITY.md read matrix), their values a district-wide role.
    optional.matchmaking && request.viewer ? optional.matchmaking(executor, request) : undefined,
  ]);
  return {
    industry,
    radius,
    date: request.date ?? shanghaiToday(),
    // The firms the report names are the targets: demo ones are synthetic, and the cover says so.
    synthetic: targets.some((list) => (list ?? []).some((t) => t.company.synthetic)),
    kpis,
    segments: map.segments.map((s) => ({
      id: s.id,
      name: s.name,
      nameEn: s.nameEn,
      tier: s.tier,
      leaf: s.leaf,
      status: s.status,
      localCount: s.localCount,
    })),
    flows: map.flows,
    gaps: gapList.map((gap, i) => ({
      segmentId: gap.segment.id,
      name: gap.segment.name,
      nameEn: gap.segment.nameEn,
      status: gap.status,
      priority: gap.priority,
      factors: gap.factors.map((f) => ({ factor: f.factor, contribution: f.contribution })),
      targets: (targets[i] ?? []).map((t) => ({
        name: t.company.name,
        nameEn: t.company.nameEn ?? '',
        score: t.score,
      })),
    })),
    keyLinks: keyLinks.map((k) => {
      const segment = segmentById.get(k.segmentId);
      return {
        segmentId: k.segmentId,
        name: segment?.name ?? k.segmentId,
        nameEn: segment?.nameEn ?? k.segmentId,
        status: segment?.status ?? 'MISSING',
        criticality: k.criticality,
        bottleneck: k.bottleneck,
        targetYear: k.targetYear,
        note: k.note,
        noteEn: k.noteEn,
      };
    }),
    roadmap: roadmap.map((t) => ({
      name: t.name,
      nameEn: t.nameEn,
      trl: t.trl,
      horizon: t.horizon,
      stage: t.stage,
      segments: t.segmentIds.flatMap((id) => {
        const s = segmentById.get(id);
        return s ? [{ name: s.name, nameEn: s.nameEn }] : [];
      }),
    })),
    ...(changes ? { changes } : {}),
    ...(matchmaking ? { matchmaking: hideValues(matchmaking, request.viewer) } : {}),
  };
}

/** Contracted value sums over other firms' contracts: district-wide roles only (SECURITY.md read matrix). */
function hideValues(matchmaking: ReportMatchmaking, viewer: Principal | null): ReportMatchmaking {
  return readsEveryFigure(viewer) ? matchmaking : { ...matchmaking, contractedValue: null };
}

/** The report's date in the district's time zone. */
export function shanghaiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(now);
}
