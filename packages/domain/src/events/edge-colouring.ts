/**
 * Proper edge colouring of a bipartite graph with `colours` colours, any number ≥ its maximum degree Δ (König's
 * theorem: Δ suffice). Edges are coloured one by one: take the lowest colour a free at the left end and the lowest
 * b free at the right end; if a is also free at the right end use it, else swap a ↔ b along the path that starts at
 * the right end and alternates a, b, a … — in a bipartite graph that path never reaches the left end (it enters the
 * left side only by a-edges, and a is free there), so afterwards a is free at both ends.
 *
 * Colours are slots: a firm (a vertex) never gets two meetings (edges) of one colour. Deterministic in edge order.
 */
export interface BipartiteEdge {
  left: string;
  right: string;
}

export class ColouringError extends Error {}

export function colourBipartiteEdges(edges: readonly BipartiteEdge[], colours: number): number[] {
  // at.get(vertex)[c] = the edge of colour c at that vertex, or undefined.
  const at = new Map<string, Array<number | undefined>>();
  const slots = (vertex: string) => {
    const row = at.get(vertex) ?? new Array<number | undefined>(colours).fill(undefined);
    at.set(vertex, row);
    return row;
  };
  const colour = new Array<number>(edges.length).fill(-1);
  const ends = edges.map((e) => [`L\u0000${e.left}`, `R\u0000${e.right}`] as const);

  for (let e = 0; e < edges.length; e++) {
    const [u, v] = ends[e] as readonly [string, string];
    const atU = slots(u);
    const atV = slots(v);
    const a = atU.indexOf(undefined);
    const b = atV.indexOf(undefined);
    if (a === -1 || b === -1)
      throw new ColouringError(`more than ${colours} meetings for one firm: cannot fit them in ${colours} slots`);
    if (atV[a] !== undefined) swapAlongPath(v, a, b);
    atU[a] = e;
    atV[a] = e;
    colour[e] = a;
  }
  return colour;

  /** Swaps colours a and b on the a/b-alternating path starting at `start` with its a-edge. */
  function swapAlongPath(start: string, a: number, b: number): void {
    const path: number[] = [];
    let vertex = start;
    let want = a;
    for (;;) {
      const edge = at.get(vertex)?.[want];
      if (edge === undefined) break;
      path.push(edge);
      const [l, r] = ends[edge] as readonly [string, string];
      vertex = vertex === l ? r : l;
      want = want === a ? b : a;
    }
    // Clear first, then set: both ends of each edge change colour together.
    for (const edge of path) {
      for (const vertexOf of ends[edge] as readonly [string, string]) {
        const row = at.get(vertexOf) as Array<number | undefined>;
        if (row[colour[edge] as number] === edge) row[colour[edge] as number] = undefined;
      }
    }
    for (const edge of path) {
      const swapped = colour[edge] === a ? b : a;
      colour[edge] = swapped;
      for (const vertexOf of ends[edge] as readonly [string, string])
        (at.get(vertexOf) as Array<number | undefined>)[swapped] = edge;
    }
  }
}
