import type { ChainMap, ChainSegment, SegmentStatus } from '../../api/types';

/** Cytoscape element data built from a chain map; pure, so expand/collapse and aggregation are unit-tested. */
export interface NodeData {
  id: string;
  label: string;
  /** `firm`: a company drawn under the segment it operates in (`anchor`); `more`: that segment's "+N" others. */
  kind: 'leaf' | 'group' | 'collapsed' | 'firm' | 'more';
  status: SegmentStatus;
  tier: string;
  /** Key-link criticality 1..5, or 0. */
  key: number;
  localCount: number;
  width: number;
  height: number;
  parent?: string;
  anchor?: string;
  /** Firm nodes (firmElements.ts): the company's id, full name, size class and chain-leader mark (1 or 0). */
  firmId?: string;
  fullName?: string;
  size?: string;
  leader?: number;
  /** A `more` node: how many firms of the segment are not drawn. */
  more?: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  /** How many segment flows this edge stands for (more than one when a group is collapsed). */
  weight: number;
}

export interface ChainElementOptions {
  collapsed: ReadonlySet<string>;
  label(segment: ChainSegment): string;
  /** Width in px of a label's text, one line. */
  measure(text: string): number;
}

const MAX_TEXT = 128;
const MAX_GROUP_TEXT = 260;
const LINE = 16;
const PAD_X = 20;
const PAD_Y = 14;
const RANK: Record<SegmentStatus, number> = { MISSING: 0, WEAK: 1, STRONG: 2 };

export const parentIdsOf = (map: ChainMap): Set<string> =>
  new Set(map.segments.flatMap((s) => (s.parentId ? [s.parentId] : [])));

/** The node a segment is drawn as: itself, or its outermost collapsed ancestor. */
export function representative(id: string, byId: Map<string, ChainSegment>, collapsed: ReadonlySet<string>): string {
  let shown = id;
  let current = byId.get(id);
  const seen = new Set<string>();
  while (current?.parentId && !seen.has(current.parentId)) {
    seen.add(current.parentId);
    if (collapsed.has(current.parentId)) shown = current.parentId;
    current = byId.get(current.parentId);
  }
  return shown;
}

/** A group's status is its weakest leaf's: a group with any gap shows the gap. */
export function aggregateStatus(statuses: SegmentStatus[]): SegmentStatus {
  return statuses.reduce<SegmentStatus>((worst, s) => (RANK[s] < RANK[worst] ? s : worst), 'STRONG');
}

export type ChainElement = { data: NodeData } | { data: EdgeData };

export function chainElements(map: ChainMap, options: ChainElementOptions): ChainElement[] {
  const byId = new Map(map.segments.map((s) => [s.id, s]));
  const parents = parentIdsOf(map);
  const leavesUnder = new Map<string, ChainSegment[]>();
  for (const segment of map.segments) {
    if (parents.has(segment.id)) continue;
    // Depth-capped, so a malformed hierarchy cannot loop.
    for (let p = segment.parentId, depth = 0; p && depth < 16; p = byId.get(p)?.parentId ?? null, depth++)
      leavesUnder.set(p, [...(leavesUnder.get(p) ?? []), segment]);
  }
  const nodes: Array<{ data: NodeData }> = [];
  for (const segment of map.segments) {
    const shown = representative(segment.id, byId, options.collapsed);
    if (shown !== segment.id) continue;
    const isParent = parents.has(segment.id);
    const kind = !isParent ? 'leaf' : options.collapsed.has(segment.id) ? 'collapsed' : 'group';
    const leaves = leavesUnder.get(segment.id) ?? [];
    const status = isParent ? aggregateStatus(leaves.map((l) => l.status)) : segment.status;
    const text = kind === 'collapsed' ? `${options.label(segment)} (${leaves.length})` : options.label(segment);
    // Group labels sit on one line above their box; segment labels wrap inside theirs.
    const maxText = kind === 'group' ? MAX_GROUP_TEXT : MAX_TEXT;
    const width = Math.min(maxText, Math.ceil(options.measure(text)));
    const lines = Math.max(1, Math.ceil(options.measure(text) / maxText));
    const data: NodeData = {
      id: segment.id,
      label: text,
      kind,
      status,
      tier: segment.tier,
      key: segment.keyLink?.criticality ?? 0,
      localCount: isParent ? leaves.reduce((n, l) => n + l.localCount, 0) : segment.localCount,
      width: width + PAD_X,
      height: lines * LINE + PAD_Y,
    };
    const parent = segment.parentId && byId.has(segment.parentId) ? segment.parentId : null;
    if (parent) data.parent = parent;
    nodes.push({ data });
  }
  const edges = new Map<string, EdgeData>();
  for (const flow of map.flows) {
    if (!byId.has(flow.from) || !byId.has(flow.to)) continue;
    const source = representative(flow.from, byId, options.collapsed);
    const target = representative(flow.to, byId, options.collapsed);
    if (source === target) continue;
    const id = `${source}->${target}`;
    const edge = edges.get(id);
    if (edge) edge.weight += 1;
    else edges.set(id, { id, source, target, weight: 1 });
  }
  return [...nodes, ...[...edges.values()].map((data) => ({ data }))];
}
