import 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    /** From cytoscape-svg: the graph as an SVG document. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
