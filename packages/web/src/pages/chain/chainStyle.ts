import type { StylesheetJson } from 'cytoscape';
import { STATUS_COLORS } from '../../components/StatusBadge';
import { FIRM_FONT_SIZE, MIN_ZOOMED_FONT_SIZE, NAMED, SEGMENT_FONT_SIZE } from './labelLevels';

const TINT = { MISSING: '#fdecec', WEAK: '#fdf3dc', STRONG: '#e3f4ec' };
export const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif';
export const KEY_LINK_COLOR = '#16324f';
export const CHANGED_COLOR = '#7b2cbf';
export const LEADER_COLOR = '#c8a200';

const SEGMENT = ['leaf', 'collapsed'].map((kind) => `node[kind = "${kind}"]`);
/** Nodes of these kinds while they carry their label (labelLevels.ts). */
const named = (...kinds: string[]) => kinds.map((kind) => `node.${NAMED}[kind = "${kind}"]`).join(', ');

const label = (size: number) => ({
  label: 'data(label)',
  'font-family': FONT,
  'font-size': size,
  'text-valign': 'center' as const,
  // Level of detail: a label smaller than this on screen is not drawn (a large map seen whole is boxes and colours;
  // zooming in brings the text back). labelLevels.ts goes further: below it the label is not even set.
  'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
});

/**
 * The chain map's look: status as fill and border, key links as a thick dark double border, groups as boxes.
 * Setting up a style costs per property per element (Cytoscape re-checks each one, marks the element's bounds and
 * style caches dirty, and hashes its style), so each kind of node gets only the properties it shows: no selector
 * sets what a later one overrides for the same nodes, a default is left a default (firm chips keep Cytoscape's
 * black text), and a node has no label properties at all while its label would be too small to draw.
 *
 * Stacking: groups are plain boxes behind their children (drawChain.ts). Segments, firms and flows keep
 * Cytoscape's automatic order (every node above every edge); only groups compare their z-index by hand, below the
 * flows' default 0, deeper groups higher. That spares the 3,000 other elements of a large map two properties each.
 */
export const chainStyle: StylesheetJson = [
  {
    selector: 'node',
    style: { shape: 'round-rectangle', width: 'data(width)', height: 'data(height)', 'border-width': 1.5 },
  },
  // Labels only while they are large enough on screen to be drawn (labelLevels.ts).
  { selector: named('leaf', 'collapsed', 'group'), style: { ...label(SEGMENT_FONT_SIZE), color: '#1f2933' } },
  { selector: named('firm', 'more'), style: label(FIRM_FONT_SIZE) },
  {
    selector: named('leaf', 'collapsed'),
    style: { 'text-wrap': 'wrap', 'text-max-width': '128px', 'line-height': 1.25 },
  },
  ...(['MISSING', 'WEAK', 'STRONG'] as const).map((status) => ({
    selector: SEGMENT.map((kind) => `${kind}[status = "${status}"]`).join(', '),
    style: { 'background-color': TINT[status], 'border-color': STATUS_COLORS[status] },
  })),
  {
    selector: 'node[kind = "leaf"][status = "MISSING"]',
    style: { 'border-style': 'dashed' },
  },
  {
    selector: 'node[key > 0]',
    style: { 'border-width': 4, 'border-style': 'double', 'border-color': KEY_LINK_COLOR },
  },
  {
    selector: 'node[kind = "group"]',
    style: {
      'background-color': '#f4f6f9',
      'border-color': '#c3ccd6',
      'border-width': 1,
      'z-index-compare': 'manual',
      'z-index': -10,
    },
  },
  {
    selector: named('group'),
    style: {
      'text-valign': 'top',
      'text-margin-y': -4,
      'text-max-width': '260px',
      'font-weight': 'bold',
      color: '#334e68',
    },
  },
  // A nested group's box over its outer group's (depth 0 is a top-level group; the data has three levels at most).
  ...[1, 2, 3, 4].map((depth) => ({
    selector: `node[kind = "group"][depth = ${depth}]`,
    style: { 'z-index': depth - 10 },
  })),
  {
    selector: 'node[kind = "collapsed"]',
    style: { 'border-width': 2, 'font-weight': 'bold' },
  },
  // The firm overlay (firmElements.ts): white chips under their segment, height by size, chain leaders in gold.
  // Their 9 px labels come with the `named` class, from 2/3 zoom on (labelLevels.ts).
  {
    selector: 'node[kind = "firm"], node[kind = "more"]',
    style: { 'background-color': '#ffffff', 'border-color': '#9fb3c8', 'border-width': 1 },
  },
  { selector: 'node[size = "large"]', style: { 'border-width': 2, 'border-color': '#486581' } },
  { selector: 'node[leader = 1]', style: { 'border-width': 2.5, 'border-color': LEADER_COLOR, 'font-weight': 'bold' } },
  {
    selector: 'node[kind = "more"]',
    style: { 'background-color': '#e6ecf2', 'border-style': 'dashed', color: '#0b6e99', 'font-weight': 'bold' },
  },
  {
    selector: 'edge',
    style: {
      width: 'mapData(weight, 1, 6, 1.2, 4)',
      'line-color': '#9fb3c8',
      'target-arrow-color': '#9fb3c8',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      // Flows are merged per pair of nodes (chainElements.ts), so no two edges run in parallel and a straight edge
      // looks as a bezier one did, without the parallel-edge bookkeeping.
      'curve-style': 'straight',
      opacity: 0.55,
    },
  },
  { selector: '.faded', style: { opacity: 0.18 } },
  // Changed since the compared snapshot (pages/snapshots/ChainDiffPanel.tsx): a violet halo, status stays the fill.
  {
    selector: 'node.changed',
    style: {
      'underlay-color': CHANGED_COLOR,
      'underlay-opacity': 0.45,
      'underlay-padding': 7,
      'underlay-shape': 'round-rectangle',
    },
  },
  {
    selector: 'node:selected, node.focused',
    style: { 'overlay-color': '#0b6e99', 'overlay-opacity': 0.16, 'overlay-padding': 6 },
  },
  {
    selector: 'edge.neighbour',
    style: { 'line-color': '#0b6e99', 'target-arrow-color': '#0b6e99', width: 2.5, opacity: 1 },
  },
];
