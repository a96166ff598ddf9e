/** A drawn box: its centre and size in model coordinates, and room above it for a label drawn outside (groups). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  labelAbove?: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The zoom and pan that show every box inside a `width` × `height` canvas with `padding` around, centred, zoom
 * clamped to [minZoom, maxZoom]. What `cy.fit()` computes, but from the sizes the layout already knows: fit asks
 * Cytoscape for every element's bounding box, which styles every element and measures every label first, and that
 * was a third of the time to a large map's first frame (BENCHMARKS.md).
 */
export function fitViewport(
  boxes: Iterable<Box>,
  canvas: { width: number; height: number },
  { padding, minZoom, maxZoom }: { padding: number; minZoom: number; maxZoom: number },
): Viewport | null {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const box of boxes) {
    x1 = Math.min(x1, box.x - box.width / 2);
    x2 = Math.max(x2, box.x + box.width / 2);
    y1 = Math.min(y1, box.y - box.height / 2 - (box.labelAbove ?? 0));
    y2 = Math.max(y2, box.y + box.height / 2);
  }
  if (!(x2 > x1) || !(y2 > y1) || canvas.width <= 0 || canvas.height <= 0) return null;
  const fitted = Math.min((canvas.width - 2 * padding) / (x2 - x1), (canvas.height - 2 * padding) / (y2 - y1));
  const zoom = Math.min(maxZoom, Math.max(minZoom, fitted));
  return {
    zoom,
    pan: { x: canvas.width / 2 - zoom * ((x1 + x2) / 2), y: canvas.height / 2 - zoom * ((y1 + y2) / 2) },
  };
}
