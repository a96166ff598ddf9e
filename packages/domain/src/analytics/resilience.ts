/**
 * Resilience (docs/design.md §4.8) over the chain leaders' inputs: the SUPPLIES edges into the industry's chain leaders
 * whose segmentId is one of its leaves (the edge set of the local supporting rate, §4.3).
 */
export interface PurchasePair {
  leaderId: string;
  segmentId: string;
  suppliers: ReadonlyArray<{ id: string; value: number }>;
}

/**
 * Herfindahl–Hirschman index of supply value: Σ (vᵢ ÷ V)² over suppliers i (their values summed first), on the
 * 0..1 scale (1 = one supplier; ≥ 0.25 is highly concentrated). Null when V = 0.
 */
export function hhi(values: readonly number[]): number | null {
  const total = values.reduce((sum, v) => sum + v, 0);
  if (!(total > 0)) return null;
  return values.reduce((sum, v) => sum + (v / total) ** 2, 0);
}

export interface SegmentConcentration {
  segmentId: string;
  hhi: number | null;
  suppliers: number;
  totalValue: number;
}

/** One leader's only supplier of a segment. */
export interface SingleSource {
  leaderId: string;
  segmentId: string;
  supplierId: string;
  value: number;
  supplierLocal: boolean;
}

/** An industry's resilience at R (the backing model of GraphQL `ResilienceReport`). */
export interface ResilienceReport {
  singleSourceCount: number;
  singleSources: SingleSource[];
  hhiBySegment: SegmentConcentration[];
  localSupportRate: number | null;
  externalDependence: number | null;
}

/** HHI per segment over all leaders' purchases of it, suppliers' values summed across leaders; by segment id. */
export function hhiBySegment(pairs: readonly PurchasePair[]): SegmentConcentration[] {
  const bySegment = new Map<string, Map<string, number>>();
  for (const pair of pairs) {
    const suppliers = bySegment.get(pair.segmentId) ?? new Map<string, number>();
    for (const s of pair.suppliers) suppliers.set(s.id, (suppliers.get(s.id) ?? 0) + s.value);
    bySegment.set(pair.segmentId, suppliers);
  }
  return [...bySegment.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([segmentId, suppliers]) => {
      const values = [...suppliers.values()];
      return { segmentId, hhi: hhi(values), suppliers: values.length, totalValue: values.reduce((s, v) => s + v, 0) };
    });
}

/**
 * Single-source inputs: (leader, segment) pairs bought from exactly one distinct supplier. Under a what-if that
 * removes firms, a pair of a remaining leader counts when at most one of its suppliers remains: an input that
 * lost all its suppliers is no better off than a single-sourced one, so removals never lower the count.
 */
export function singleSourcePairs<P extends PurchasePair>(
  pairs: readonly P[],
  removed: ReadonlySet<string> = new Set(),
) {
  return pairs.filter((pair) => {
    if (removed.has(pair.leaderId)) return false;
    const remaining = new Set(pair.suppliers.map((s) => s.id).filter((id) => !removed.has(id)));
    // Without removals every pair has at least one supplier, so "at most one" is "exactly one".
    return pair.suppliers.length > 0 && remaining.size <= 1;
  });
}

/** External dependence at R: 1 − local supporting rate (null when the rate is). */
export function externalDependence(localSupportRate: number | null): number | null {
  return localSupportRate === null ? null : 1 - localSupportRate;
}
