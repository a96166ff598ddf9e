import type { StylesheetJson } from 'cytoscape';
import { STATUS_COLORS } from '../../components/StatusBadge';

const TINT = { MISSING: '#fdecec', WEAK: '#fdf3dc', STRONG: '#e3f4ec' };
export const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif';
export const KEY_LINK_COLOR = '#16324f';
export const CHANGED_COLOR = '#7b2cbf';

/** The chain map's look: status as fill and border, key links as a thick dark double border, groups as boxes. */
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
      'text-halign': 'center',
      'text-wrap': 'wrap',
      'text-max-width': '128px',
      'line-height': 1.25,
      'border-width': 1.5,
      'background-color': TINT.STRONG,
      'border-color': STATUS_COLORS.STRONG,
    },
  },
  ...(['MISSING', 'WEAK', 'STRONG'] as const).map((status) => ({
    selector: `node[status = "${status}"]`,
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
      shape: 'round-rectangle',
      'background-color': '#f4f6f9',
      'background-opacity': 1,
      'border-color': '#c3ccd6',
      'border-width': 1,
      'border-style': 'solid',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'text-max-width': '260px',
      'font-weight': 'bold',
      'font-size': 12,
      color: '#334e68',
      padding: '10px',
    },
  },
  {
    selector: 'node[kind = "collapsed"]',
    style: { 'border-width': 2, 'font-weight': 'bold', shape: 'round-rectangle' },
  },
  {
    selector: 'node[kind = "firm"]',
    style: {
      shape: 'round-rectangle',
      'font-size': 9,
      'background-color': '#eef2f6',
      'border-color': '#9fb3c8',
      'border-width': 1,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'mapData(weight, 1, 6, 1.2, 4)',
      'line-color': '#9fb3c8',
      'target-arrow-color': '#9fb3c8',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
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
