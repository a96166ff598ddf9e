import {
  type ChainSegmentView,
  DEFAULT_RADIUS,
  type IndustryKpis,
  type IndustryRecord,
  type Radius,
} from '@atlas/domain';
import { chainSegmentsByIds, type GraphExecutor, industriesByIds, industryKpisByIds } from '@atlas/graph';
import DataLoader from 'dataloader';
import type { RequestAnalytics } from './analytics-cache';
import type { IndustryCatalogue } from './industry-catalogue';

export interface SegmentKey {
  id: string;
  radius: Radius;
}

export interface KpiKey {
  industryId: string;
  radius: Radius;
  threshold: number;
  minConfidence: number;
}

/** Runs one batch per group (e.g. per radius), so a mixed batch still costs one query per group, not per key. */
async function byGroup<K, V>(keys: readonly K[], group: (key: K) => string, fetch: (keys: K[]) => Promise<V[]>) {
  const groups = new Map<string, number[]>();
  for (const [i, key] of keys.entries()) groups.set(group(key), [...(groups.get(group(key)) ?? []), i]);
  const out: V[] = new Array(keys.length);
  for (const indexes of groups.values()) {
    const values = await fetch(indexes.map((i) => keys[i] as K));
    indexes.forEach((i, j) => {
      out[i] = values[j] as V;
    });
  }
  return out;
}

/** The analytics' per-request loaders: industries (from the process's catalogue), chain segments at a radius, and industry KPIs. */
export function createAnalyticsLoaders(
  executor: GraphExecutor,
  analytics: RequestAnalytics,
  industries: IndustryCatalogue,
) {
  return {
    industry: new DataLoader<string, IndustryRecord | null>((ids) =>
      industries.load(ids, (stale) => industriesByIds(executor, stale)),
    ),
    chainSegment: new DataLoader<SegmentKey, ChainSegmentView | null, string>(
      (keys) =>
        byGroup(
          keys,
          (k) => k.radius,
          async (group) => {
            const found = new Map(
              (
                await chainSegmentsByIds(
                  executor,
                  [...new Set(group.map((k) => k.id))],
                  group[0]?.radius ?? DEFAULT_RADIUS,
                )
              ).map((s) => [s.id, s]),
            );
            return group.map((k) => found.get(k.id) ?? null);
          },
        ),
      { cacheKeyFn: (k) => `${k.radius}|${k.id}` },
    ),
    industryKpis: new DataLoader<KpiKey, IndustryKpis, string>(
      (keys) =>
        byGroup(
          keys,
          (k) => `${k.radius}|${k.threshold}|${k.minConfidence}`,
          async (group) => {
            const first = group[0] as KpiKey;
            const ids = [...new Set(group.map((k) => k.industryId))].sort();
            const found = await analytics.cached(
              'industryKpis',
              { ids, radius: first.radius, t: first.threshold, c: first.minConfidence },
              () => industryKpisByIds(executor, ids, first.radius, first.threshold, first.minConfidence),
            );
            return group.map((k) => found.get(k.industryId) as IndustryKpis);
          },
        ),
      { cacheKeyFn: (k) => `${k.radius}|${k.threshold}|${k.minConfidence}|${k.industryId}` },
    ),
  };
}
