import type { ReportSegment } from './report-data';

/**
 * Leaf segments in layers by FEEDS depth: a leaf no leaf feeds is layer 0; otherwise one past the deepest leaf that
 * feeds it (longest path), so every flow points right. FEEDS is a DAG (the data tests check it); a cycle would only
 * stop deepening after as many rounds as there are leaves, never loop forever. Within a layer: by tier, then id.
 */
export function chainLayers(segments: readonly ReportSegment[], flows: readonly { from: string; to: string }[]) {
  const leaves = segments.filter((s) => s.leaf);
  const ids = new Set(leaves.map((s) => s.id));
  const edges = flows.filter((f) => ids.has(f.from) && ids.has(f.to) && f.from !== f.to);
  const depth = new Map(leaves.map((s) => [s.id, 0]));
  for (let round = 0; round < leaves.length; round++) {
    let changed = false;
    for (const { from, to } of edges) {
      const next = (depth.get(from) ?? 0) + 1;
      if (next > (depth.get(to) ?? 0)) {
        depth.set(to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const layers: ReportSegment[][] = [];
  for (const leaf of leaves) {
    const d = depth.get(leaf.id) ?? 0;
    const layer = layers[d] ?? [];
    layer.push(leaf);
    layers[d] = layer;
  }
  const tierOrder = (tier: string) => ['upstream', 'midstream', 'downstream'].indexOf(tier);
  return {
    layers: layers
      .filter((layer) => layer !== undefined)
      .map((layer) => layer.sort((a, b) => tierOrder(a.tier) - tierOrder(b.tier) || a.id.localeCompare(b.id))),
    edges,
  };
}
