import type { StylesheetJson } from 'cytoscape';
import { STATUS_COLORS } from '../../components/StatusBadge';

const TINT = { MISSING: '#fdecec', WEAK: '#fdf3dc', STRONG: '#e3f4ec' };
export const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif';
export const KEY_LINK_COLOR = '#16324f';
export const CHANGED_COLOR = '#7b2cbf';
export const LEADER_COLOR = '#c8a200';

const SEGMENT = ['leaf', 'collapsed'].map((kind) => `node[kind = "${kind}"]`);

/**
 * The chain map's look: status as fill and border, key links as a thick dark double border, groups as boxes.
 * Setting up a style costs per property per element (Cytoscape re-checks each one), so each kind of node gets only
 * the properties it shows: no selector sets what a later one overrides for the same nodes.
 */
export const chainStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'round-rectangle',
      width: 'data(width)',
      height: 'data(height)',
      label: 'data(label)',
      'font-family': FONT,
      'font-size': 12,
      color: '#1f2933',
      'text-valign': 'center',
      // Level of detail: a label smaller than this on screen is not drawn (a large map seen whole is boxes and
      // colours; zooming in brings the text back), which is most of a large map's first frame.
      'min-zoomed-font-size': 6,
      'border-width': 1.5,
      // Groups are plain boxes behind their children (drawChain.ts), so stacking is set by hand: group boxes (deeper
      // ones higher), then flows, then segments and firms.
      'z-index-compare': 'manual',
      'z-index': 10,
    },
  },
  {
    selector: SEGMENT.join(', '),
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
      'background-opacity': 1,
      'border-color': '#c3ccd6',
      'border-width': 1,
      'border-style': 'solid',
      'text-valign': 'top',
      'text-margin-y': -4,
      'text-max-width': '260px',
      'font-weight': 'bold',
      'font-size': 12,
      color: '#334e68',
      'z-index': 0,
    },
  },
  // A nested group's box over its outer group's (depth 0 is a top-level group; the data has three levels at most).
  ...[1, 2, 3, 4].map((depth) => ({ selector: `node[kind = "group"][depth = ${depth}]`, style: { 'z-index': depth } })),
  {
    selector: 'node[kind = "collapsed"]',
    style: { 'border-width': 2, 'font-weight': 'bold' },
  },
  // The firm overlay (firmElements.ts): white chips under their segment, height by size, chain leaders in gold.
  // Their 9 px labels are skipped while zoomed out below 2/3 (min-zoomed-font-size).
  {
    selector: 'node[kind = "firm"], node[kind = "more"]',
    style: { 'font-size': 9, 'background-color': '#ffffff', 'border-color': '#9fb3c8', 'border-width': 1 },
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
      'z-index-compare': 'manual',
      'z-index': 5,
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
