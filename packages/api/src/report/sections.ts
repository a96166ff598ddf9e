import type { MatchmakingKpis } from '@atlas/domain';
import { chainDiffFor, matchmakingKpis, snapshotById } from '@atlas/graph';
import type { ReportChanges, ReportMatchmaking } from '@atlas/report';
import { type OptionalSections, shanghaiToday } from './read-report-data';

/**
 * The optional sections wired to their features: "changes since the snapshot" (snapshots: `chainDiffFor` from the
 * chosen snapshot to the live graph, at the report's radius) and "matchmaking outcomes" (outcomes:
 * `matchmakingKpis`, counted from the snapshot's day when one was chosen, else all time). An unknown snapshot
 * throws `SnapshotNotFoundError` (the route answers 404).
 */
export const reportSections: OptionalSections = {
  async changes(executor, { industryId, since, radius }) {
    if (!since) return undefined;
    return toChanges(await chainDiffFor(executor, industryId, since, null, radius));
  },
  async matchmaking(executor, { industryId, since, radius }) {
    const from = since ? (await snapshotById(executor, industryId, since, radius)).createdAt : null;
    const kpis = await matchmakingKpis(executor, industryId, from);
    return kpis ? toMatchmaking(kpis) : undefined;
  },
};

export function toChanges(diff: Awaited<ReturnType<typeof chainDiffFor>>): ReportChanges {
  const named = (g: { name: string; nameEn: string }) => ({ name: g.name, nameEn: g.nameEn });
  return {
    since: { id: diff.from.id, label: diff.from.label, date: shanghaiToday(new Date(diff.from.createdAt)) },
    statusChanges: diff.segments.map((s) => ({ ...named(s), from: s.from, to: s.to })),
    gapsClosed: diff.gapsClosed.map(named),
    gapsOpened: diff.gapsOpened.map(named),
    kpiDeltas: diff.kpis.map((k) => ({ kpi: k.kpi, before: k.from, after: k.to })),
    firmsArrived: diff.firmsArrived.count,
    firmsLeft: diff.firmsLeft.count,
  };
}

export function toMatchmaking(kpis: MatchmakingKpis): ReportMatchmaking {
  return {
    since: kpis.since ? shanghaiToday(new Date(kpis.since)) : null,
    matches: kpis.matches,
    steps: kpis.funnel.map((f) => ({ step: f.step, count: f.reached, conversion: f.conversion })),
    lost: kpis.lost,
    contractedValue: {
      total: kpis.contractedValue,
      jinshan: kpis.contractedValueJinshan,
      shanghai: kpis.contractedValueShanghai,
      nonLocal: kpis.contractedValueNonLocal,
      delivered: kpis.deliveredValue,
    },
  };
}
