import { z } from 'zod';
import { findCycle, leafIds } from './check';
import type { IndustryDefinition } from './schema';

/**
 * `data/industries/crosswalk.yaml` (FORMAT.md): leaf segments that are the same thing in several industries, so a
 * firm in any of them is counted once where industries are added up (carbon fibre is one product whether the chem,
 * energy or lowalt chain lists it), and the flows that run between industries (by-product hydrogen from the chemical
 * park to fuel-cell vehicles' hydrogen supply).
 */
const segmentId = z.string().regex(/^[a-z]+\.[a-z0-9.-]+$/, 'a segment id like "icv.bms"');

export const crosswalkGroupSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'a kebab-case id like "carbon-fibre"'),
  segments: z.array(segmentId).min(2, 'a group names at least 2 segments'),
  note: z.string().trim().min(1).max(200),
});

export const crosswalkFileSchema = z.strictObject({
  sameAs: z.array(crosswalkGroupSchema).min(1),
  feeds: z.array(z.tuple([segmentId, segmentId])).default([]),
});

export type CrosswalkGroup = z.infer<typeof crosswalkGroupSchema>;
export type Crosswalk = z.infer<typeof crosswalkFileSchema>;

export const industryOf = (segmentId: string): string => segmentId.split('.')[0] as string;

/**
 * What the schema cannot check: every id is a leaf of its industry, a group spans ≥ 2 industries, a segment is in at
 * most one group, a feed joins two industries, and all FEEDS (each industry's plus these) still form a DAG.
 */
export function checkCrosswalk(crosswalk: Crosswalk, definitions: IndustryDefinition[]): string[] {
  const problems: string[] = [];
  const leaves = new Set(definitions.flatMap((d) => [...leafIds(d)]));
  const known = (id: string, where: string) => {
    if (!leaves.has(id)) problems.push(`${where}: ${id} is not a leaf segment of any industry`);
  };
  const groupOf = new Map<string, string>();
  const groupIds = new Set<string>();
  for (const group of crosswalk.sameAs) {
    const where = `sameAs ${group.id}`;
    if (groupIds.has(group.id)) problems.push(`${where}: duplicate group id`);
    groupIds.add(group.id);
    for (const id of group.segments) {
      known(id, where);
      const other = groupOf.get(id);
      if (other) problems.push(`${where}: ${id} is already in group ${other}`);
      groupOf.set(id, group.id);
    }
    const industries = new Set(group.segments.map(industryOf));
    if (industries.size < 2) problems.push(`${where}: names segments of one industry only; a group spans ≥ 2`);
  }
  for (const [from, to] of crosswalk.feeds) {
    const where = `feeds ${from} -> ${to}`;
    known(from, where);
    known(to, where);
    if (industryOf(from) === industryOf(to)) problems.push(`${where}: same industry; write it in its chain.yaml`);
  }
  const edges = [...definitions.flatMap((d) => d.feeds), ...crosswalk.feeds];
  const cycle = findCycle([...leaves], edges);
  if (cycle) problems.push(`feeds across industries form a cycle: ${cycle.join(' -> ')}`);
  return problems;
}

/** segment id → the ids of the segments that are the same thing (itself included); absent when not shared. */
export function sameAsIndex(crosswalk: Crosswalk): Map<string, readonly string[]> {
  const index = new Map<string, readonly string[]>();
  for (const group of crosswalk.sameAs) for (const id of group.segments) index.set(id, group.segments);
  return index;
}
