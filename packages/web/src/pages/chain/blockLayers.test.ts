import { describe, expect, it } from 'vitest';
import { type BlockEdge, blockLayers } from './blockLayers';

const edge = (source: string, target: string, weight = 1): BlockEdge => ({ source, target, weight });

describe('blockLayers', () => {
  it('puts every flow from a layer to a later one', () => {
    const edges = [edge('a', 'b'), edge('b', 'c'), edge('a', 'c'), edge('c', 'd'), edge('x', 'd')];
    const places = blockLayers(['a', 'b', 'c', 'd', 'x'], edges);
    for (const e of edges)
      expect(places.get(e.target)?.layer, `${e.source}->${e.target}`).toBeGreaterThan(
        places.get(e.source)?.layer ?? Number.POSITIVE_INFINITY,
      );
  });

  it('pulls a supplier next to what it feeds instead of to the far left', () => {
    // x feeds only d, three layers downstream of a: x sits in the layer just before d.
    const places = blockLayers(
      ['a', 'b', 'c', 'd', 'x'],
      [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('x', 'd')],
    );
    expect(places.get('x')?.layer).toBe((places.get('d')?.layer ?? 0) - 1);
    expect(places.get('a')?.layer).toBe(0);
  });

  it('orders a layer by where its blocks are fed from, so flows do not cross', () => {
    // a above b; a feeds q, b feeds p: the sweeps put q above p although p came first.
    const places = blockLayers(['a', 'b', 'p', 'q'], [edge('a', 'q'), edge('b', 'p')]);
    expect(places.get('a')?.order).toBeLessThan(places.get('b')?.order ?? 0);
    expect(places.get('q')?.order).toBeLessThan(places.get('p')?.order ?? 0);
  });

  it('survives cycles, loops, unknown ends and isolated blocks, placing every block once', () => {
    const ids = ['a', 'b', 'c', 'lone'];
    const places = blockLayers(ids, [
      edge('a', 'b'),
      edge('b', 'c'),
      edge('c', 'a'),
      edge('b', 'b'),
      edge('a', 'nowhere'),
    ]);
    expect([...places.keys()].sort()).toEqual([...ids].sort());
    expect(places.get('b')?.layer).toBe((places.get('a')?.layer ?? 0) + 1);
    expect(places.get('c')?.layer).toBe((places.get('b')?.layer ?? 0) + 1);
    const slots = [...places.values()].map((p) => `${p.layer}:${p.order}`);
    expect(new Set(slots).size).toBe(ids.length);
  });
});
