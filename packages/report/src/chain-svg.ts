import type { SegmentStatus } from '@atlas/domain';
import { chainLayers } from './chain-layers';
import { FONT_FAMILY } from './fonts';
import { nameIn } from './format';
import { messages, type ReportLang } from './messages';
import type { ReportData } from './report-data';

/** The web's StatusBadge colours, so the printed map reads like the screen. */
export const STATUS_COLOURS: Record<SegmentStatus, string> = { MISSING: '#d64545', WEAK: '#e8a317', STRONG: '#2f9e77' };

const BOX_W = 130;
const BOX_H = 34;
const COL_GAP = 40;
const ROW_GAP = 12;
const MARGIN = 20;
const HEADER_H = 28;
const LEGEND_H = 36;
const MAX_CHARS = { zh: 9, en: 18 };

/**
 * The chain map picture: leaf segments in columns upstream → downstream by FEEDS depth, boxes coloured by status,
 * flows as arrows, a legend below. One `<g class="segment">` per leaf (the unit test counts them). Drawn by hand
 * rather than by Cytoscape: no browser on the server, and the same SVG feeds resvg (PNG for DOCX and PDF).
 */
export function chainSvg(data: ReportData, lang: ReportLang): { svg: string; width: number; height: number } {
  const m = messages(lang);
  const { layers, edges } = chainLayers(data.segments, data.flows);
  const rows = Math.max(1, ...layers.map((l) => l.length));
  const width = Math.max(2 * MARGIN + layers.length * BOX_W + Math.max(0, layers.length - 1) * COL_GAP, 420);
  const height = 2 * MARGIN + HEADER_H + rows * BOX_H + (rows - 1) * ROW_GAP + LEGEND_H;
  const at = new Map<string, { x: number; y: number }>();
  layers.forEach((layer, col) => {
    const top = MARGIN + HEADER_H + ((rows - layer.length) * (BOX_H + ROW_GAP)) / 2;
    layer.forEach((s, row) => {
      at.set(s.id, { x: MARGIN + col * (BOX_W + COL_GAP), y: top + row * (BOX_H + ROW_GAP) });
    });
  });
  const arrows = edges.map(({ from, to }) => {
    const a = at.get(from);
    const b = at.get(to);
    if (!a || !b) return '';
    const [x1, y1, x2, y2] = [a.x + BOX_W, a.y + BOX_H / 2, b.x, b.y + BOX_H / 2];
    const mid = (x1 + x2) / 2;
    return `<path d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2 - 4},${y2}" fill="none" stroke="#8a94a6" stroke-width="1" marker-end="url(#arrow)"/>`;
  });
  const boxes = layers.flat().map((s) => {
    const p = at.get(s.id) ?? { x: 0, y: 0 };
    return `<g class="segment" data-segment-id="${escapeXml(s.id)}">
<rect x="${p.x}" y="${p.y}" width="${BOX_W}" height="${BOX_H}" rx="5" fill="${STATUS_COLOURS[s.status]}"/>
<text x="${p.x + BOX_W / 2}" y="${p.y + BOX_H / 2 + 4}" text-anchor="middle" font-size="12" fill="#ffffff">${escapeXml(
      clip(nameIn(s, lang), MAX_CHARS[lang]),
    )}</text></g>`;
  });
  const legendY = height - MARGIN - LEGEND_H / 2;
  const legend = (['STRONG', 'WEAK', 'MISSING'] as const).map(
    (status, i) =>
      `<rect x="${MARGIN + 50 + i * 110}" y="${legendY - 6}" width="14" height="14" rx="2" fill="${STATUS_COLOURS[status]}"/>` +
      `<text x="${MARGIN + 50 + i * 110 + 20}" y="${legendY + 5}" font-size="12" fill="#333333">${escapeXml(m.statuses[status])}</text>`,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">
<defs><marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#8a94a6"/></marker></defs>
<rect width="${width}" height="${height}" fill="#ffffff"/>
<text x="${MARGIN}" y="${MARGIN + 12}" font-size="13" fill="#555555">${escapeXml(m.upstream)} →</text>
<text x="${width - MARGIN}" y="${MARGIN + 12}" font-size="13" fill="#555555" text-anchor="end">→ ${escapeXml(m.downstream)}</text>
${arrows.join('\n')}
${boxes.join('\n')}
<text x="${MARGIN}" y="${legendY + 5}" font-size="11" fill="#777777">${escapeXml(m.legend)}</text>
${legend.join('\n')}
</svg>`;
  return { svg, width, height };
}

function clip(text: string, max: number): string {
  return [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
