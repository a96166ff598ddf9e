/**
 * Maximum-weight b-matching on a bipartite graph (buyers × suppliers), as min-cost flow by successive shortest
 * paths: source → buyer (capacity = its meeting cap, cost 0), buyer → supplier (capacity 1, cost −weight),
 * supplier → sink (capacity = its cap, cost 0). Each round sends one unit along the cheapest source–sink path of
 * the residual graph (SPFA: Bellman–Ford with a queue, since costs are negative); it stops when that path costs
 * ≥ 0, i.e. no augmentation raises the total weight any more. Successive shortest paths keep the residual graph
 * free of negative cycles, so the flow of value k after k rounds is a min-cost flow of value k, and the min over k
 * — where the next path stops being negative, the cost being convex in k — is the maximum-weight b-matching.
 *
 * Weights become integers (nanounits) so the path search compares exactly and never loops on rounding; with
 * edges in a fixed order (ids sorted) and strict improvements only, the result is deterministic.
 */
export interface BSide {
  id: string;
  capacity: number;
}

export interface WeightedPair {
  buyerId: string;
  supplierId: string;
  weight: number;
}

const SCALE = 1e9;

export function maxWeightBMatching(
  buyers: readonly BSide[],
  suppliers: readonly BSide[],
  pairs: readonly WeightedPair[],
): WeightedPair[] {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const left = [...buyers].filter((b) => b.capacity > 0).sort(byId);
  const right = [...suppliers].filter((s) => s.capacity > 0).sort(byId);
  const leftIndex = new Map(left.map((b, i) => [b.id, 1 + i]));
  const rightIndex = new Map(right.map((s, i) => [s.id, 1 + left.length + i]));
  const sink = 1 + left.length + right.length;
  const graph = new FlowGraph(sink + 1);
  for (const b of left) graph.add(0, leftIndex.get(b.id) as number, b.capacity, 0);
  const middle: Array<{ edge: number; pair: WeightedPair }> = [];
  const ordered = [...pairs].sort(
    (a, b) => compare(a.buyerId, b.buyerId) || compare(a.supplierId, b.supplierId) || b.weight - a.weight,
  );
  const seen = new Set<string>();
  for (const pair of ordered) {
    const u = leftIndex.get(pair.buyerId);
    const v = rightIndex.get(pair.supplierId);
    const key = `${pair.buyerId}\u0000${pair.supplierId}`;
    // A pair meets at most once; only profitable pairs are edges at all.
    if (u === undefined || v === undefined || seen.has(key) || !(pair.weight > 0)) continue;
    seen.add(key);
    middle.push({ edge: graph.add(u, v, 1, -Math.round(pair.weight * SCALE)), pair });
  }
  for (const s of right) graph.add(rightIndex.get(s.id) as number, sink, s.capacity, 0);
  while (graph.augmentCheapest(0, sink)) {}
  return middle.filter((m) => graph.flowOn(m.edge) > 0).map((m) => m.pair);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A residual graph in arrays: edge e and its reverse e ^ 1. */
class FlowGraph {
  private readonly head: number[];
  private readonly to: number[] = [];
  private readonly next: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];

  constructor(private readonly nodes: number) {
    this.head = new Array(nodes).fill(-1);
  }

  add(from: number, to: number, capacity: number, cost: number): number {
    const e = this.to.length;
    this.link(from, to, capacity, cost);
    this.link(to, from, 0, -cost);
    return e;
  }

  flowOn(edge: number): number {
    return this.cap[edge ^ 1] as number;
  }

  /** Sends flow along the cheapest source → sink path when it has negative cost; false when none does. */
  augmentCheapest(source: number, sink: number): boolean {
    const dist = new Array<number>(this.nodes).fill(Number.POSITIVE_INFINITY);
    const via = new Array<number>(this.nodes).fill(-1);
    const queued = new Array<boolean>(this.nodes).fill(false);
    dist[source] = 0;
    const queue = [source];
    queued[source] = true;
    for (let at = 0; at < queue.length; at++) {
      const u = queue[at] as number;
      queued[u] = false;
      for (let e = this.head[u] as number; e !== -1; e = this.next[e] as number) {
        if ((this.cap[e] as number) <= 0) continue;
        const v = this.to[e] as number;
        const through = (dist[u] as number) + (this.cost[e] as number);
        if (through < (dist[v] as number)) {
          dist[v] = through;
          via[v] = e;
          if (!queued[v]) {
            queued[v] = true;
            queue.push(v);
          }
        }
      }
    }
    if (!((dist[sink] as number) < 0)) return false;
    let amount = Number.POSITIVE_INFINITY;
    for (let v = sink; v !== source; v = this.to[(via[v] as number) ^ 1] as number)
      amount = Math.min(amount, this.cap[via[v] as number] as number);
    for (let v = sink; v !== source; v = this.to[(via[v] as number) ^ 1] as number) {
      const e = via[v] as number;
      this.cap[e] = (this.cap[e] as number) - amount;
      this.cap[e ^ 1] = (this.cap[e ^ 1] as number) + amount;
    }
    return true;
  }

  private link(from: number, to: number, capacity: number, cost: number): void {
    this.to.push(to);
    this.cap.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from] as number);
    this.head[from] = this.to.length - 1;
  }
}
