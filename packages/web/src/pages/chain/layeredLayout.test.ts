import { describe, expect, it } from 'vitest';
import { syntheticChain } from '../../bench/syntheticChain';
import { chainElements, type EdgeData, type NodeData } from './chainElements';
import { flowOrder, layeredPositions } from './layeredLayout';

function layout(segments: number, firms = 0) {
  const elements = chainElements(syntheticChain(segments), {
    collapsed: new Set(),
    label: (s) => s.name,
    measure: (text) => text.length * 12,
  });
  const nodes = elements.filter((e) => !('source' in e.data)).map((e) => e.data as NodeData);
  const edges = elements.filter((e) => 'source' in e.data).map((e) => e.data as EdgeData);
  const leaves = nodes.filter((n) => n.kind === 'leaf');
  for (let i = 0; i < firms; i++) {
    const anchor = leaves[i % leaves.length]?.id as string;
    nodes.push({
      ...(leaves[0] as NodeData),
      id: `f${i}`,
      kind: 'firm',
      anchor,
      parent: undefined,
      width: 40,
      height: 16,
    });
  }
  return { nodes, edges, positions: layeredPositions(nodes, edges) };
}

const box = (n: NodeData, p: { x: number; y: number }) => ({
  x1: p.x - n.width / 2,
  x2: p.x + n.width / 2,
  y1: p.y - n.height / 2,
  y2: p.y + n.height / 2,
});
const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('layeredPositions', () => {
  it('places every drawn node, and no two segment or firm boxes overlap', () => {
    const { nodes, positions } = layout(120, 200);
    const drawn = nodes.filter((n) => n.kind !== 'group');
    expect(drawn.every((n) => positions.has(n.id))).toBe(true);
    const boxes = drawn.map((n) => box(n, positions.get(n.id) as { x: number; y: number }));
    const clashes = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlaps(a, b)));
    expect(clashes).toEqual([]);
  });

  it('puts firms under their own segment, and gives each group a box around its children and their firms', () => {
    const { nodes, positions } = layout(60, 150);
    const at = (id: string) => positions.get(id) as { x: number; y: number; width?: number; height?: number };
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const firm of nodes.filter((n) => n.kind === 'firm')) {
      const segment = byId.get(firm.anchor as string) as NodeData;
      expect(at(firm.id).y).toBeGreaterThan(at(segment.id).y + segment.height / 2);
      expect(Math.abs(at(firm.id).x - at(segment.id).x)).toBeLessThan(4 * 44);
    }
    for (const group of nodes.filter((n) => n.kind === 'group')) {
      const box = at(group.id);
      const inside = nodes.filter((n) => n.parent === group.id || byId.get(n.anchor ?? '')?.parent === group.id);
      expect(inside.length).toBeGreaterThan(0);
      for (const n of inside) {
        const p = at(n.id);
        expect(p.x - n.width / 2).toBeGreaterThanOrEqual(box.x - (box.width ?? 0) / 2);
        expect(p.x + n.width / 2).toBeLessThanOrEqual(box.x + (box.width ?? 0) / 2);
        expect(p.y - n.height / 2).toBeGreaterThanOrEqual(box.y - (box.height ?? 0) / 2);
        expect(p.y + n.height / 2).toBeLessThanOrEqual(box.y + (box.height ?? 0) / 2);
      }
    }
  });

  it('lays flows out from left to right', () => {
    const { edges, positions, nodes } = layout(60);
    const parentOf = new Map(nodes.map((n) => [n.id, n.parent]));
    const across = edges.filter((e) => parentOf.get(e.source) !== parentOf.get(e.target));
    const rightward = across.filter((e) => (positions.get(e.target)?.x ?? 0) > (positions.get(e.source)?.x ?? 0));
    expect(rightward.length / across.length).toBeGreaterThan(0.9);
  });

  it('orders a group’s children by their flows', () => {
    const node = (id: string) => ({ id }) as NodeData;
    const order = flowOrder(
      [node('c'), node('a'), node('b')],
      [
        { id: '1', source: 'a', target: 'c', weight: 1 },
        { id: '2', source: 'b', target: 'a', weight: 1 },
      ],
    );
    expect(order.map((n) => n.id)).toEqual(['b', 'a', 'c']);
  });
});
