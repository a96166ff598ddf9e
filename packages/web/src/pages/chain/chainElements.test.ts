import { describe, expect, it } from 'vitest';
import type { ChainMap, ChainSegment } from '../../api/types';
import { aggregateStatus, chainElements, type EdgeData, type NodeData } from './chainElements';

const segment = (id: string, status: ChainSegment['status'], parentId: string | null = null): ChainSegment => ({
  id,
  name: id,
  nameEn: id.toUpperCase(),
  tier: 'upstream',
  status,
  localCount: status === 'MISSING' ? 0 : status === 'WEAK' ? 1 : 4,
  parentId,
  keyLink:
    id === 'b1'
      ? { id: 'k', criticality: 5, bottleneck: 'capacity', targetYear: 2027, note: null, noteEn: null }
      : null,
});

const map: ChainMap = {
  industry: { id: 'x', name: 'x', nameEn: 'x' },
  segments: [
    segment('a', 'STRONG'),
    segment('a1', 'STRONG', 'a'),
    segment('a2', 'MISSING', 'a'),
    segment('b', 'STRONG'),
    segment('b1', 'WEAK', 'b'),
    segment('c', 'STRONG'),
  ],
  flows: [
    { from: 'a1', to: 'b1' },
    { from: 'a2', to: 'b1' },
    { from: 'b1', to: 'c' },
    { from: 'a1', to: 'a2' },
  ],
};
const options = {
  collapsed: new Set<string>(),
  label: (s: ChainSegment) => s.name,
  measure: (t: string) => t.length * 10,
};
const nodes = (els: ReturnType<typeof chainElements>) =>
  els.filter((e) => !('source' in e.data)).map((e) => e.data as NodeData);
const edges = (els: ReturnType<typeof chainElements>) =>
  els.filter((e) => 'source' in e.data).map((e) => e.data as EdgeData);

describe('chainElements', () => {
  it('draws every segment when nothing is collapsed, parents as compound groups', () => {
    const els = chainElements(map, options);
    expect(nodes(els).map((n) => n.id)).toEqual(['a', 'a1', 'a2', 'b', 'b1', 'c']);
    expect(nodes(els).find((n) => n.id === 'a')).toMatchObject({ kind: 'group', status: 'MISSING', localCount: 4 });
    expect(nodes(els).find((n) => n.id === 'a1')).toMatchObject({ kind: 'leaf', parent: 'a' });
    expect(nodes(els).find((n) => n.id === 'b1')).toMatchObject({ key: 5 });
    expect(edges(els)).toHaveLength(4);
  });

  it('folds a collapsed group into one node and merges its flows', () => {
    const els = chainElements(map, { ...options, collapsed: new Set(['a']) });
    expect(nodes(els).map((n) => n.id)).toEqual(['a', 'b', 'b1', 'c']);
    expect(nodes(els)[0]).toMatchObject({ kind: 'collapsed', label: 'a (2)' });
    // a1→b1 and a2→b1 become one edge of weight 2; a1→a2 disappears inside the group.
    expect(edges(els)).toEqual([
      { id: 'a->b1', source: 'a', target: 'b1', weight: 2 },
      { id: 'b1->c', source: 'b1', target: 'c', weight: 1 },
    ]);
  });

  it('sizes nodes to their wrapped label', () => {
    const all = nodes(chainElements(map, { ...options, measure: () => 300 }));
    const leaf = all.find((n) => n.id === 'a1');
    expect(leaf?.width).toBeLessThanOrEqual(160);
    expect(leaf?.height).toBeGreaterThan(40);
    // Group labels, above their box, get more room before they wrap.
    expect(all.find((n) => n.id === 'a')?.height ?? 0).toBeLessThan(leaf?.height ?? 0);
  });

  it('aggregates to the weakest status', () => {
    expect(aggregateStatus(['STRONG', 'WEAK'])).toBe('WEAK');
    expect(aggregateStatus(['STRONG', 'MISSING', 'WEAK'])).toBe('MISSING');
    expect(aggregateStatus([])).toBe('STRONG');
  });
});
