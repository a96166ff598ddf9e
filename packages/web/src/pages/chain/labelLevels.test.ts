import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { chainStyle } from './chainStyle';
import {
  FIRM_FONT_SIZE,
  labelShownAt,
  MIN_ZOOMED_FONT_SIZE,
  markLabels,
  NAMED,
  SEGMENT_FONT_SIZE,
  syncLabels,
  withLabels,
} from './labelLevels';

/** A segment, its group and a firm chip under it, set up as drawChain.ts adds them at `zoom`. */
function map(zoom: number): Core {
  const node = (id: string, kind: string, label: string) => ({
    data: { id, kind, label, status: 'STRONG', width: 64, height: 20 },
    classes: labelShownAt(kind, zoom) ? NAMED : '',
  });
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: chainStyle,
    elements: [node('g', 'group', '电池'), node('s', 'leaf', '整车'), node('f', 'firm', '示例企业')],
  });
  cy.zoom(zoom);
  markLabels(cy, zoom);
  return cy;
}
const labels = (cy: Core) => ['g', 's', 'f'].map((id) => cy.getElementById(id).style('label'));

describe('label level of detail', () => {
  it('shows a label exactly where Cytoscape draws it: at the texture level above the zoom, a power of two', () => {
    // 12 px × 1/2 = 6 px from zoom 0.25 (exclusive) to 0.5; 9 px needs level 1, so zoom over 0.5.
    expect(labelShownAt('leaf', 0.26)).toBe(true);
    expect(labelShownAt('group', 0.25)).toBe(false);
    expect(labelShownAt('firm', 0.51)).toBe(true);
    expect(labelShownAt('more', 0.5)).toBe(false);
    expect(SEGMENT_FONT_SIZE * 0.5).toBe(MIN_ZOOMED_FONT_SIZE);
    expect(FIRM_FONT_SIZE * 0.5).toBeLessThan(MIN_ZOOMED_FONT_SIZE);
  });

  it('names and unnames nodes as the zoom crosses their level, and sets no label on an unnamed node', () => {
    const cy = map(0.2);
    expect(labels(cy)).toEqual(['', '', '']);

    cy.zoom(0.3);
    syncLabels(cy);
    expect(labels(cy)).toEqual(['电池', '整车', '']);

    cy.zoom(1);
    syncLabels(cy);
    expect(labels(cy)).toEqual(['电池', '整车', '示例企业']);
    expect(cy.getElementById('f').style('font-size')).toBe(`${FIRM_FONT_SIZE}px`);
    expect(cy.getElementById('g').style('text-valign')).toBe('top');

    cy.zoom(0.2);
    syncLabels(cy);
    expect(cy.nodes(`.${NAMED}`).length).toBe(0);
    cy.destroy();
  });

  it('names every node while an export draws, whatever the zoom, and restores the zoom’s choice after', () => {
    const cy = map(0.3);
    expect(withLabels(cy, () => labels(cy))).toEqual(['电池', '整车', '示例企业']);
    expect(labels(cy)).toEqual(['电池', '整车', '']);
    cy.destroy();
  });
});
