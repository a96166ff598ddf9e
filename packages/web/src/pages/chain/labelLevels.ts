import type { Core } from 'cytoscape';

/** Label sizes on the map (chainStyle.ts): segments and groups, firm chips; and the smallest size Cytoscape draws. */
export const SEGMENT_FONT_SIZE = 12;
export const FIRM_FONT_SIZE = 9;
export const MIN_ZOOMED_FONT_SIZE = 6;
/** The class that gives a node its label properties (chainStyle.ts). */
export const NAMED = 'named';

const CHIP_KINDS = new Set(['firm', 'more']);
const LEVELS = [
  { key: 'segmentLabels', selector: 'node[kind != "firm"][kind != "more"]', size: SEGMENT_FONT_SIZE },
  { key: 'chipLabels', selector: 'node[kind = "firm"], node[kind = "more"]', size: FIRM_FONT_SIZE },
] as const;

/**
 * Cytoscape's own test (`eleTextBiggerThanMin`): it draws at the texture level above the zoom, a power of two, so a
 * 12 px label still shows at zoom 0.26 (drawn at scale 1/2: 6 px) and a 9 px one from just over 1/2.
 */
const shownAt = (size: number, zoom: number) => {
  const pixelRatio = (typeof window === 'undefined' ? 1 : window.devicePixelRatio) || 1;
  return size * 2 ** Math.ceil(Math.log2(zoom * pixelRatio)) >= MIN_ZOOMED_FONT_SIZE;
};

/**
 * Level of detail for labels: a label smaller than 6 px on screen is not drawn (min-zoomed-font-size), but Cytoscape
 * would still style it and measure its text. So a node carries its label only at zooms where it shows: a large map
 * seen whole sets up its 2,000 firm chips with six style properties instead of eleven (and, below 1/4 zoom, its
 * segments without wrapping and measuring 500 labels); zooming in past the level where they show names them. What is
 * drawn is the same as with the labels always set.
 */
export function labelShownAt(kind: string, zoom: number): boolean {
  return shownAt(CHIP_KINDS.has(kind) ? FIRM_FONT_SIZE : SEGMENT_FONT_SIZE, zoom);
}

/** Records which labels the nodes just added carry (drawChain.ts adds each with the class or without). */
export function markLabels(cy: Core, zoom: number): void {
  for (const level of LEVELS) cy.scratch(level.key, shownAt(level.size, zoom));
}

/** On zoom: names the nodes whose labels come into sight, unnames those whose labels go (once per crossing). */
export function syncLabels(cy: Core): void {
  const zoom = cy.zoom();
  for (const level of LEVELS) {
    const shown = shownAt(level.size, zoom);
    if (cy.scratch(level.key) !== shown) name(cy, level, shown);
  }
}

/**
 * Runs `draw` with every node named: an export draws the whole map at its own scale, where the labels are readable
 * whatever the zoom on screen. The nodes go back to how the zoom wants them afterwards.
 */
export function withLabels<T>(cy: Core, draw: () => T): T {
  const unnamed = LEVELS.filter((level) => cy.scratch(level.key) !== true);
  for (const level of unnamed) name(cy, level, true);
  try {
    return draw();
  } finally {
    for (const level of unnamed) name(cy, level, false);
  }
}

function name(cy: Core, level: (typeof LEVELS)[number], shown: boolean): void {
  cy.scratch(level.key, shown);
  cy.batch(() => {
    const nodes = cy.nodes(level.selector);
    if (shown) nodes.addClass(NAMED);
    else nodes.removeClass(NAMED);
  });
}
