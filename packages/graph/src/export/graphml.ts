import type Graph from 'graphology';
import { create } from 'xmlbuilder2';

type AttrType = 'string' | 'int' | 'double' | 'boolean';

/** GraphML (http://graphml.graphdrawing.org) written with an XML builder, so escaping is the library's job. */
export function writeGraphml(graph: Graph): string {
  const nodeKeys = keysOf(graph.mapNodes((_n, attrs) => attrs));
  const edgeKeys = keysOf(graph.mapEdges((_e, attrs) => attrs));
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
  });
  for (const [name, type] of nodeKeys)
    root.ele('key', { id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': type });
  for (const [name, type] of edgeKeys)
    root.ele('key', { id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': type });
  const g = root.ele('graph', { id: String(graph.getAttribute('industry') ?? 'chain'), edgedefault: 'directed' });
  graph.forEachNode((id, attrs) => {
    const node = g.ele('node', { id });
    for (const [name, value] of Object.entries(attrs)) node.ele('data', { key: `n_${name}` }).txt(String(value));
  });
  graph.forEachEdge((id, attrs, source, target) => {
    const edge = g.ele('edge', { id, source, target });
    for (const [name, value] of Object.entries(attrs)) edge.ele('data', { key: `e_${name}` }).txt(String(value));
  });
  return root.end({ prettyPrint: true });
}

function keysOf(rows: Array<Record<string, unknown>>): Map<string, AttrType> {
  const keys = new Map<string, AttrType>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const type: AttrType =
        typeof value === 'boolean'
          ? 'boolean'
          : typeof value === 'number'
            ? Number.isInteger(value)
              ? 'int'
              : 'double'
            : 'string';
      const seen = keys.get(name);
      keys.set(name, seen && seen !== type ? 'string' : type);
    }
  }
  return keys;
}
