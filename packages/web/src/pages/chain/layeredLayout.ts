import { balanceColumns } from './balanceColumns';
import { blockLayers } from './blockLayers';
import type { EdgeData, NodeData } from './chainElements';
import { isFirmNode } from './firmElements';

export interface Position {
  x: number;
  y: number;
  /** A group's box (it is drawn as a plain node behind its children, not as a Cytoscape compound node). */
  width?: number;
  height?: number;
}

export const LAYOUT_DEFAULTS = {
  /** Space between blocks in one layer, and between layers. */
  nodeSep: 28,
  rankSep: 90,
  /** Space between stacked children inside a group, and the group's inner padding. */
  childGap: 8,
  padding: 10,
  /** Room above a group's box for its label. */
  label: 22,
  /** Groups with this many children or more stack them in two columns, and three from `threeColumnsFrom` (the canvas is wider than tall). */
  twoColumnsFrom: 4,
  threeColumnsFrom: 9,
  /** Firm nodes sit in a grid under their segment, this many to a row at most, this far apart. */
  firmsPerRow: 4,
  firmGap: 4,
  /** Height ÷ width the drawing is balanced towards (the canvas is about twice as wide as tall). */
  ratio: 0.5,
};

type Options = typeof LAYOUT_DEFAULTS;
interface Size {
  width: number;
  height: number;
}

/**
 * Layered layout that keeps groups compact: each top-level block (a group with its children stacked, or a lone
 * segment) is placed in a layer, left (upstream) to right (downstream), by blockLayers.ts, and the layers are
 * stacked into columns by balanceColumns.ts; children are then stacked inside their block in flow order. Blocks
 * never overlap, so neither do labels.
 */
export function layeredPositions(
  nodes: NodeData[],
  edges: EdgeData[],
  overrides: Partial<Options> = {},
): Map<string, Position> {
  const options = { ...LAYOUT_DEFAULTS, ...overrides };
  const firms = nodes.filter(isFirmNode);
  nodes = nodes.filter((n) => !isFirmNode(n));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, NodeData[]>();
  for (const node of nodes)
    if (node.parent && byId.has(node.parent)) children.set(node.parent, [...(children.get(node.parent) ?? []), node]);
  const top = (id: string): string => {
    let current = byId.get(id);
    for (let depth = 0; current?.parent && byId.has(current.parent) && depth < 16; depth++)
      current = byId.get(current.parent);
    return current?.id ?? id;
  };
  for (const [parent, list] of children) children.set(parent, flowOrder(list, edges));

  // Firms (the firm overlay) do not take part in the layered layout: each segment grows a grid under its own box
  // for the firms anchored in it (the top few and a "+N" count node), inside its group.
  const firmsOf = new Map<string, NodeData[]>();
  for (const firm of firms)
    if (firm.anchor && byId.has(firm.anchor)) firmsOf.set(firm.anchor, [...(firmsOf.get(firm.anchor) ?? []), firm]);
  const firmGridOf = (node: NodeData) => {
    const list = firmsOf.get(node.id) ?? [];
    let cellWidth = 0;
    let cellHeight = 0;
    for (const f of list) {
      cellWidth = Math.max(cellWidth, f.width + options.firmGap);
      cellHeight = Math.max(cellHeight, f.height + options.firmGap);
    }
    const perRow = Math.max(1, Math.min(options.firmsPerRow, list.length));
    const rows = Math.ceil(list.length / perRow);
    return { list, cellWidth, cellHeight, perRow, width: perRow * cellWidth, height: rows * cellHeight };
  };

  const sizes = new Map<string, Size>();
  const size = (node: NodeData): Size => {
    const cached = sizes.get(node.id);
    if (cached) return cached;
    const kids = children.get(node.id);
    let result: Size = { width: node.width, height: node.height };
    if (kids) {
      const grid = columns(kids, options).map((column) => ({
        width: Math.max(...column.map((k) => size(k).width)),
        height: column.reduce((sum, k) => sum + size(k).height, 0) + (column.length - 1) * options.childGap,
      }));
      const inner = grid.reduce((sum, c) => sum + c.width, 0) + (grid.length - 1) * options.childGap;
      result = {
        // A group is at least as wide as its label, which sits above the box.
        width: Math.max(inner + 2 * options.padding, node.width),
        height: Math.max(...grid.map((c) => c.height)) + 2 * options.padding + options.label,
      };
    } else {
      const firmGrid = firmGridOf(node);
      if (firmGrid.list.length)
        result = {
          width: Math.max(node.width, firmGrid.width),
          height: node.height + options.firmGap + firmGrid.height,
        };
    }
    sizes.set(node.id, result);
    return result;
  };

  const blocks = nodes.filter((n) => !n.parent || !byId.has(n.parent));
  const blockEdges = new Map<string, { source: string; target: string; weight: number }>();
  for (const edge of edges) {
    if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
    const source = top(edge.source);
    const target = top(edge.target);
    if (source === target) continue;
    const key = `${source}->${target}`;
    const existing = blockEdges.get(key);
    if (existing) existing.weight += edge.weight;
    else blockEdges.set(key, { source, target, weight: edge.weight });
  }

  const places = blockLayers(
    blocks.map((b) => b.id),
    [...blockEdges.values()],
  );
  const centres = balanceColumns(
    blocks.map((b) => {
      const place = places.get(b.id) ?? { layer: 0, order: 0 };
      return { id: b.id, ...size(b), x: place.layer, y: place.order };
    }),
    options,
  );
  const positions = new Map<string, Position>();
  const place = (node: NodeData, center: Position) => {
    const kids = children.get(node.id);
    if (!kids) {
      const firmGrid = firmGridOf(node);
      if (!firmGrid.list.length) {
        positions.set(node.id, center);
        return;
      }
      const top = center.y - size(node).height / 2;
      positions.set(node.id, { x: center.x, y: top + node.height / 2 });
      firmGrid.list.forEach((firm, i) => {
        const column = i % firmGrid.perRow;
        const row = Math.floor(i / firmGrid.perRow);
        positions.set(firm.id, {
          x: center.x - firmGrid.width / 2 + (column + 0.5) * firmGrid.cellWidth,
          y: top + node.height + options.firmGap + (row + 0.5) * firmGrid.cellHeight,
        });
      });
      return;
    }
    const box = size(node);
    // The box under the label room: what Cytoscape would have drawn around the children (padding included).
    positions.set(node.id, {
      x: center.x,
      y: center.y + options.label / 2,
      width: box.width,
      height: box.height - options.label,
    });
    const grid = columns(kids, options).map((column) => ({
      column,
      width: Math.max(...column.map((k) => size(k).width)),
    }));
    let left = center.x - (grid.reduce((sum, c) => sum + c.width, 0) + (grid.length - 1) * options.childGap) / 2;
    for (const { column, width } of grid) {
      let y = center.y - box.height / 2 + options.label + options.padding;
      for (const kid of column) {
        const kidSize = size(kid);
        place(kid, { x: left + width / 2, y: y + kidSize.height / 2 });
        y += kidSize.height + options.childGap;
      }
      left += width + options.childGap;
    }
  };
  for (const block of blocks) place(block, centres.get(block.id) ?? { x: 0, y: 0 });
  return positions;
}

/** Children split into columns, filled top to bottom so the flow order reads down each column. */
function columns(kids: NodeData[], options: Options): NodeData[][] {
  const count = kids.length >= options.threeColumnsFrom ? 3 : kids.length >= options.twoColumnsFrom ? 2 : 1;
  const rows = Math.ceil(kids.length / count);
  return Array.from({ length: count }, (_, i) => kids.slice(i * rows, (i + 1) * rows)).filter((c) => c.length);
}

/** Children in flow order: a topological order of the FEEDS edges among them, ties kept in data order. */
export function flowOrder(nodes: NodeData[], edges: EdgeData[]): NodeData[] {
  const ids = new Set(nodes.map((n) => n.id));
  const inside = edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const indegree = new Map(nodes.map((n) => [n.id, 0]));
  for (const e of inside) indegree.set(e.target, (indegree.get(e.target) ?? 0) + 1);
  const order: NodeData[] = [];
  const remaining = [...nodes];
  while (remaining.length) {
    // Take the first node without pending inputs; on a cycle, the first remaining one.
    const index = Math.max(
      0,
      remaining.findIndex((n) => indegree.get(n.id) === 0),
    );
    const [next] = remaining.splice(index, 1);
    if (!next) break;
    order.push(next);
    for (const e of inside) if (e.source === next.id) indegree.set(e.target, (indegree.get(e.target) ?? 1) - 1);
  }
  return order;
}
