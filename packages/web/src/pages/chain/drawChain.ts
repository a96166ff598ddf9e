import type { Core, CytoscapeOptions } from 'cytoscape';
import type { ChainElement, EdgeData, NodeData } from './chainElements';
import { chainStyle } from './chainStyle';
import { atlasCytoscape } from './cytoscapeSetup';
import { type Box, fitViewport } from './fitViewport';
import { labelShownAt, markLabels, NAMED, syncLabels } from './labelLevels';
import { LAYOUT_DEFAULTS, layeredPositions } from './layeredLayout';

/**
 * The chain map's Cytoscape instance and how elements are drawn into it, shared by the page (ChainGraph.tsx) and the
 * benchmark (bench/layoutHarness.ts), so the harness times the code path users get.
 */
export const CHAIN_CORE_OPTIONS: CytoscapeOptions = {
  style: chainStyle,
  minZoom: 0.15,
  maxZoom: 3,
  boxSelectionEnabled: false,
  autoungrabify: true,
  // While panning or zooming, draw edges only when the gesture ends and reuse a bitmap of the nodes: a map of a few
  // thousand elements stays fluid, and a still map is drawn exactly as before.
  hideEdgesOnViewport: true,
  textureOnViewport: true,
};

export const FIT_PADDING = 24;
/** Small chains are not blown up past a comfortable reading size. */
const MAX_FIT_ZOOM = 1.3;

export function createChainCore(container: HTMLElement): Core {
  const cy = atlasCytoscape()({ ...CHAIN_CORE_OPTIONS, container });
  cy.on('zoom', () => syncLabels(cy));
  return cy;
}

/** Phase timestamps (performance.now()) of one draw, for the benchmark. */
export interface DrawPhases {
  positions: number;
  added: number;
  fitted: number;
}

/**
 * Replaces the drawing: the layered positions are computed first, the view is fitted to them, then every element is
 * added in one batch with its position (no layout run, no intermediate frame) and, where the zoom shows it, its label
 * (labelLevels.ts). Groups are drawn as plain boxes behind
 * their children at the size the layout gave them, not as Cytoscape compound nodes: with compound nodes every style
 * property applied to any element re-walks its group's descendants, which made setting up 2,500 nodes take seconds.
 * `depth` (0 for a top-level group) orders nested groups' boxes (chainStyle.ts).
 */
export function drawChain(cy: Core, elements: readonly ChainElement[]): DrawPhases {
  const nodes: NodeData[] = [];
  const edges: EdgeData[] = [];
  for (const e of elements) {
    if ('source' in e.data) edges.push(e.data);
    else nodes.push(e.data);
  }
  const positions = layeredPositions(nodes, edges);
  const afterPositions = performance.now();
  const parentOf = new Map(nodes.map((n) => [n.id, n.parent]));
  const depthOf = (id: string) => {
    let depth = 0;
    for (let p = parentOf.get(id); p && depth < 16; p = parentOf.get(p)) depth++;
    return depth;
  };
  // The view is fitted from the boxes the layout gave (cy.fit() would first style every element and measure every
  // label to learn the same), so the zoom is known before the nodes are added: with or without their labels.
  const boxes: Box[] = [];
  for (const node of nodes) {
    const at = positions.get(node.id);
    if (!at) continue;
    const group = node.kind === 'group';
    boxes.push({
      x: at.x,
      y: at.y,
      width: (group ? at.width : undefined) ?? node.width,
      height: (group ? at.height : undefined) ?? node.height,
      labelAbove: group ? LAYOUT_DEFAULTS.label : 0,
    });
  }
  const viewport = fitViewport(
    boxes,
    { width: cy.width(), height: cy.height() },
    { padding: FIT_PADDING, minZoom: cy.minZoom(), maxZoom: MAX_FIT_ZOOM },
  );
  const zoom = viewport?.zoom ?? cy.zoom();
  const added = elements.map((e) => {
    if ('source' in e.data) return { group: 'edges' as const, data: e.data };
    const { parent: _drawnFlat, ...data } = e.data;
    const at = positions.get(data.id);
    const classes = labelShownAt(data.kind, zoom) ? NAMED : '';
    if (!at) return { group: 'nodes' as const, data, classes };
    const { x, y, width, height } = at;
    const box = data.kind === 'group' && width !== undefined && height !== undefined ? { width, height } : {};
    return {
      group: 'nodes' as const,
      data: { ...data, ...box, depth: depthOf(data.id) },
      position: { x, y },
      classes,
    };
  });
  cy.batch(() => {
    cy.elements().remove();
    cy.add(added as never);
  });
  markLabels(cy, zoom);
  const addedAt = performance.now();
  if (viewport) cy.viewport(viewport);
  return { positions: afterPositions, added: addedAt, fitted: performance.now() };
}
