import { describe, expect, it } from 'vitest';
import { syntheticChain } from '../../bench/syntheticChain';
import { chainElements, type NodeData } from './chainElements';
import { FIRMS_SHOWN, firmElements, firmsDrawn } from './firmElements';
import type { SegmentFirms } from './firmOverlayDocument';

const map = syntheticChain(20);
const drawnOf = (collapsed: string[] = []) =>
  chainElements(map, { collapsed: new Set(collapsed), label: (s) => s.name, measure: (t) => t.length * 12 }).flatMap(
    (e) => ('source' in e.data ? [] : [e.data as NodeData]),
  );
const firm = (i: number, extra: Partial<SegmentFirms['firms'][number]> = {}) => ({
  id: `c${i}`,
  name: `企业名称很长的第${i}号公司`,
  nameEn: null,
  size: 'small',
  chainLeader: false,
  ...extra,
});

describe('firmElements', () => {
  const leaf = 'b.g0.s0';
  const rows: SegmentFirms[] = [
    { segmentId: leaf, firmCount: 30, firms: Array.from({ length: FIRMS_SHOWN }, (_, i) => firm(i)) },
    { segmentId: 'b.g1.s0', firmCount: 2, firms: [firm(90, { chainLeader: true, size: 'large' }), firm(91)] },
    { segmentId: 'nowhere', firmCount: 1, firms: [firm(99)] },
  ];

  it('draws the sent firms under their segment, in its group, with a "+N" node for the rest', () => {
    const nodes = firmElements(rows, drawnOf(), (f) => f.name).map((e) => e.data);
    expect(nodes.filter((n) => n.anchor === leaf && n.kind === 'firm')).toHaveLength(FIRMS_SHOWN);
    expect(nodes.find((n) => n.id === `more:${leaf}`)).toMatchObject({ kind: 'more', more: 18, label: '+18' });
    expect(nodes.every((n) => n.parent === n.anchor?.split('.').slice(0, 2).join('.'))).toBe(true);
    // A segment the map does not draw gets no firms.
    expect(nodes.some((n) => n.anchor === 'nowhere')).toBe(false);
    expect(firmsDrawn(nodes.map((data) => ({ data })))).toBe(FIRMS_SHOWN + 2);
  });

  it('marks chain leaders, sizes chips by firm size and shortens names to a fixed width', () => {
    const nodes = firmElements(rows, drawnOf(), (f) => f.name).map((e) => e.data);
    const leader = nodes.find((n) => n.firmId === 'c90') as NodeData;
    const small = nodes.find((n) => n.firmId === 'c91') as NodeData;
    expect(leader).toMatchObject({ leader: 1, size: 'large', label: '★企业名称很长…' });
    expect(small).toMatchObject({ leader: 0, label: '企业名称很长…' });
    expect(leader.height).toBeGreaterThan(small.height);
    expect(leader.width).toBe(small.width);
  });

  it('draws no firms for segments folded away', () => {
    const nodes = firmElements(rows, drawnOf(['b.g0']), (f) => f.name);
    expect(nodes.some((n) => n.data.anchor === leaf)).toBe(false);
  });
});
