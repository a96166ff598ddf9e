import type { ChainMap, ChainSegment } from '../api/types';

const TIERS = ['upstream', 'midstream', 'downstream'];
const STATUSES = ['MISSING', 'WEAK', 'STRONG'] as const;

/** Deterministic: groups of leaves, each group in a tier, flows from each leaf to two leaves a few groups on. */
export function syntheticChain(segments: number, perGroup = 9): ChainMap {
  const groups = Math.max(1, Math.round(segments / (perGroup + 1)));
  const list: ChainSegment[] = [];
  const leaves: string[] = [];
  for (let g = 0; g < groups && list.length < segments; g++) {
    const tier = TIERS[Math.floor((g / groups) * 3)] ?? 'downstream';
    const parentId = `b.g${g}`;
    list.push(segment(parentId, `环节组 ${g}`, tier, null, 2));
    for (let i = 0; i < perGroup && list.length < segments; i++) {
      const id = `b.g${g}.s${i}`;
      list.push(segment(id, `示例环节 ${g}-${i}`, tier, parentId, (g * 7 + i) % 3));
      leaves.push(id);
    }
  }
  const flows = leaves.flatMap((from, i) =>
    [i + perGroup + 1, i + 2 * perGroup + 3].flatMap((j) => (leaves[j] ? [{ from, to: leaves[j] as string }] : [])),
  );
  return { industry: { id: 'b', name: '基准', nameEn: 'Bench' }, segments: list, flows };
}

function segment(id: string, name: string, tier: string, parentId: string | null, s: number): ChainSegment {
  const status = STATUSES[s] ?? 'STRONG';
  return { id, name, nameEn: name, tier, status, localCount: s, parentId, keyLink: null };
}
