import { line, scaleLinear, scaleTime } from 'd3';
import type { SnapshotSummary } from '../../api/types';

export const TIMELINE_METRICS = [
  { key: 'coverage', color: '#0b6e99' },
  { key: 'keyLinkCoverage', color: '#4fa3c7' },
  { key: 'localSupportRate', color: '#f08c3a' },
] as const;

export type TimelineMetric = (typeof TIMELINE_METRICS)[number]['key'];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Where the timeline draws each snapshot: x by time (one snapshot alone, or several at one moment, gets a day
 * either side so it sits in the middle), y 0–100 % for the rate KPIs; a line per KPI skipping missing values.
 */
export function timelineLayout(
  snapshots: readonly SnapshotSummary[],
  size: { width: number; height: number; left: number; right: number; top: number; bottom: number },
) {
  const times = snapshots.map((s) => new Date(s.createdAt).getTime());
  const min = Math.min(...times);
  const max = Math.max(...times);
  const [start, end] = min === max ? [min - DAY_MS, max + DAY_MS] : [min, max];
  const x = scaleTime()
    .domain([new Date(start), new Date(end)])
    .range([size.left, size.width - size.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([size.height - size.bottom, size.top]);
  const points = snapshots.map((s, i) => ({ snapshot: s, x: x(new Date(times[i] as number)) }));
  const paths = TIMELINE_METRICS.map((metric) => {
    const path = line<SnapshotSummary>()
      .defined((s) => s.kpis[metric.key] !== null)
      .x((s) => x(new Date(s.createdAt)))
      .y((s) => y(s.kpis[metric.key] ?? 0));
    return { ...metric, d: path([...snapshots]) ?? '' };
  });
  return { x, y, points, paths, ticks: x.ticks(Math.min(6, Math.max(2, snapshots.length))) };
}
