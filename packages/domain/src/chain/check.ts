import { checkPlausibility } from './plausibility';
import type { IndustryDefinition } from './schema';

/** Minimums of docs/design.md §3.3. */
export const MINIMUMS = { leafSegments: 30, technologies: 10, keyLinks: 8 } as const;

/** Leaf segments: those no other segment names as parent. Facts attach to leaves only. */
export function leafIds(definition: Pick<IndustryDefinition, 'segments'>): Set<string> {
  const parents = new Set(definition.segments.flatMap((s) => (s.parent ? [s.parent] : [])));
  return new Set(definition.segments.filter((s) => !parents.has(s.id)).map((s) => s.id));
}

/**
 * Checks what a schema cannot: references, the FEEDS DAG and its connectedness, and the minimums.
 * Returns readable problems (empty when the industry is sound).
 */
export function checkIndustry(definition: IndustryDefinition): string[] {
  const problems: string[] = [];
  const { industry, segments, feeds, technologies, keyLinks } = definition;
  const prefix = `${industry.id}.`;
  const byId = new Map(segments.map((s) => [s.id, s]));
  const leaves = leafIds(definition);
  const techIds = new Set(technologies.map((t) => t.id));

  const allIds = [...segments.map((s) => s.id), ...technologies.map((t) => t.id), ...keyLinks.map((k) => k.id)];
  for (const id of allIds) if (!id.startsWith(prefix)) problems.push(`${id}: id must start with "${prefix}"`);
  for (const id of duplicates(allIds)) problems.push(`${id}: duplicate id`);

  for (const s of segments) {
    if (!s.parent) continue;
    const parent = byId.get(s.parent);
    if (!parent) problems.push(`${s.id}: parent ${s.parent} is not a segment of ${industry.id}`);
    else if (parent.tier !== s.tier) problems.push(`${s.id}: tier ${s.tier} differs from its parent's ${parent.tier}`);
  }
  for (const [from, to] of feeds) {
    for (const end of [from, to])
      if (!leaves.has(end)) problems.push(`feeds ${from} -> ${to}: ${end} is not a leaf segment`);
  }
  for (const t of technologies) {
    for (const s of t.enables) if (!leaves.has(s)) problems.push(`${t.id}: enables ${s}, not a leaf segment`);
    for (const p of t.precedes) if (!techIds.has(p)) problems.push(`${t.id}: precedes ${p}, not a technology`);
  }
  for (const k of keyLinks) if (!leaves.has(k.segment)) problems.push(`${k.id}: segment ${k.segment} is not a leaf`);
  for (const s of duplicates(keyLinks.map((k) => k.segment))) problems.push(`${s}: more than one key link`);

  problems.push(...checkPlausibility(definition, leaves));

  const cycle = findCycle([...leaves], feeds);
  if (cycle) problems.push(`feeds form a cycle: ${cycle.join(' -> ')}`);
  const islands = components([...leaves], feeds);
  if (islands.length > 1)
    problems.push(`feeds are not connected: ${islands.length} parts, e.g. ${islands[1]?.join(', ')}`);
  if (cycle === undefined) {
    const precedes = technologies.flatMap((t) => t.precedes.map((p) => [t.id, p] as [string, string]));
    const techCycle = findCycle([...techIds], precedes);
    if (techCycle) problems.push(`technologies' precedes form a cycle: ${techCycle.join(' -> ')}`);
  }

  const tiers = new Set(segments.filter((s) => leaves.has(s.id)).map((s) => s.tier));
  if (tiers.size < 3) problems.push(`leaf segments cover only ${[...tiers].join(', ')}: all three tiers are needed`);
  if (leaves.size < MINIMUMS.leafSegments)
    problems.push(`${leaves.size} leaf segments, at least ${MINIMUMS.leafSegments} needed`);
  if (technologies.length < MINIMUMS.technologies)
    problems.push(`${technologies.length} technologies, at least ${MINIMUMS.technologies}`);
  if (keyLinks.length < MINIMUMS.keyLinks) problems.push(`${keyLinks.length} key links, at least ${MINIMUMS.keyLinks}`);
  return problems;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => seen.size === seen.add(v).size))];
}

/** Depth-first search with colours; returns one cycle's path, or undefined for a DAG. */
export function findCycle(nodes: string[], edges: Array<[string, string]>): string[] | undefined {
  const out = adjacency(nodes, edges, false);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of out.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of nodes) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return undefined;
}

/** Weakly connected components (direction ignored). */
export function components(nodes: string[], edges: Array<[string, string]>): string[][] {
  const both = adjacency(nodes, edges, true);
  const seen = new Set<string>();
  const parts: string[][] = [];
  for (const start of nodes) {
    if (seen.has(start)) continue;
    const part: string[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length) {
      const node = queue.pop() as string;
      part.push(node);
      for (const next of both.get(node) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    parts.push(part);
  }
  return parts.sort((a, b) => b.length - a.length);
}

function adjacency(nodes: string[], edges: Array<[string, string]>, undirected: boolean): Map<string, string[]> {
  const map = new Map(nodes.map((n) => [n, [] as string[]]));
  for (const [from, to] of edges) {
    map.get(from)?.push(to);
    if (undirected) map.get(to)?.push(from);
  }
  return map;
}
