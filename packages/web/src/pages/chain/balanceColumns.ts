/** A laid-out block: its size and centre. */
export interface Block {
  id: string;
  width: number;
  height: number;
  x: number;
  y: number;
}

/**
 * Layered layouts of wide chains come out tall when many blocks share a layer, while screens are wide. This
 * re-stacks each layer (keeping the order blockLayers.ts gave it) and splits the tallest layers into side-by-side columns
 * until the drawing's height ÷ width falls to about `ratio`, so the default view can be read without zooming.
 */
export function balanceColumns(
  blocks: Block[],
  options: { ratio: number; nodeSep: number; rankSep: number },
): Map<string, { x: number; y: number }> {
  // Layers: blocks whose centres share an x (the layered layout puts a layer on one vertical line).
  const layers = new Map<number, Block[]>();
  for (const block of blocks) {
    const key = Math.round(block.x);
    layers.set(key, [...(layers.get(key) ?? []), block]);
  }
  let columns = [...layers.entries()].sort(([a], [b]) => a - b).map(([, list]) => list.sort((a, b) => a.y - b.y));
  const heightOf = (column: Block[]) =>
    column.reduce((sum, b) => sum + b.height, 0) + (column.length - 1) * options.nodeSep;
  const widthOf = (column: Block[]) => Math.max(...column.map((b) => b.width));
  const totalWidth = (cols: Block[][]) =>
    cols.reduce((sum, c) => sum + widthOf(c), 0) + (cols.length - 1) * options.rankSep;

  for (let guard = 0; guard < 32; guard++) {
    const tallest = columns.reduce((best, c) => (heightOf(c) > heightOf(best) ? c : best), columns[0] ?? []);
    if (tallest.length < 2 || heightOf(tallest) / totalWidth(columns) <= options.ratio) break;
    const index = columns.indexOf(tallest);
    const half = Math.ceil(tallest.length / 2);
    const split = [tallest.slice(0, half), tallest.slice(half)];
    const next = [...columns.slice(0, index), ...split, ...columns.slice(index + 1)];
    // Split only when it brings the drawing's proportions closer to the target.
    const distance = (cols: Block[][]) =>
      Math.abs(Math.log(Math.max(...cols.map(heightOf)) / totalWidth(cols) / options.ratio));
    if (distance(next) >= distance(columns)) break;
    columns = next;
  }

  const positions = new Map<string, { x: number; y: number }>();
  let left = 0;
  for (const column of columns) {
    const width = widthOf(column);
    let top = -heightOf(column) / 2;
    for (const block of column) {
      positions.set(block.id, { x: left + width / 2, y: top + block.height / 2 });
      top += block.height + options.nodeSep;
    }
    left += width + options.rankSep;
  }
  return positions;
}
