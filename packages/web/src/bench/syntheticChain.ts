import type { ChainMap, ChainSegment } from '../api/types';
import type { SegmentFirms } from '../pages/chain/firmOverlayDocument';

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

/**
 * The firm overlay's data for a synthetic chain: `firms` firms dealt round the leaves (one in seven a chain leader,
 * sizes in turn), and every fifth leaf counting 20 more than it sends, so "+N" count nodes are drawn too.
 */
export function syntheticSegmentFirms(map: ChainMap, firms: number): SegmentFirms[] {
  const parents = new Set(map.segments.flatMap((s) => (s.parentId ? [s.parentId] : [])));
  const leaves = map.segments.filter((s) => !parents.has(s.id));
  const rows = leaves.map((s) => ({ segmentId: s.id, firmCount: 0, firms: [] as SegmentFirms['firms'] }));
  for (let i = 0; i < firms && rows.length; i++) {
    const row = rows[i % rows.length] as (typeof rows)[number];
    row.firms.push({
      id: `firm${i}`,
      name: `示例企业${i}号有限公司`,
      nameEn: null,
      size: SIZES[i % SIZES.length] ?? 'small',
      chainLeader: i % 7 === 0,
    });
  }
  return rows.map((row, i) => ({ ...row, firmCount: row.firms.length + (i % 5 === 0 ? 20 : 0) }));
}

const SIZES = ['large', 'medium', 'small', 'micro'];
