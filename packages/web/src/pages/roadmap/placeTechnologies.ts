import type { ScaleBand } from 'd3';
import type { Technology } from '../../api/types';
import { fit } from '../../charts/fitText';

export interface Placed {
  tech: Technology;
  x: number;
  y: number;
  label: string;
}

export interface TrlRow {
  trl: number;
  top: number;
  height: number;
}

const STEP = 18;
const MIN_ROW = 30;

/** One row per TRL (9 at the top), each tall enough for the most technologies sharing a year in it. */
export function trlRows(technologies: Technology[], top: number): { rows: Map<number, TrlRow>; bottom: number } {
  const rows = new Map<number, TrlRow>();
  let y = top;
  for (let trl = 9; trl >= 1; trl--) {
    const perYear = new Map<number, number>();
    for (const tech of technologies)
      if (tech.trl === trl) perYear.set(tech.horizon, (perYear.get(tech.horizon) ?? 0) + 1);
    const stack = Math.max(0, ...perYear.values());
    const height = Math.max(MIN_ROW, stack * STEP + 12);
    rows.set(trl, { trl, top: y, height });
    y += height;
  }
  return { rows, bottom: y };
}

/** Places technologies in their (year, TRL) cell, stacked inside it; labels are cut to the column's width. */
export function placeTechnologies(
  technologies: Technology[],
  x: ScaleBand<number>,
  rows: Map<number, TrlRow>,
  name: (tech: Technology) => string,
): Placed[] {
  const cells = new Map<string, Technology[]>();
  for (const tech of technologies) {
    const key = `${tech.horizon}:${tech.trl}`;
    cells.set(key, [...(cells.get(key) ?? []), tech]);
  }
  const room = x.bandwidth() - 28;
  return [...cells.values()].flatMap((group) =>
    group.map((tech, i) => {
      const row = rows.get(tech.trl) ?? { top: 0, height: MIN_ROW };
      return {
        tech,
        x: (x(tech.horizon) ?? 0) + 12,
        y: row.top + row.height / 2 + (i - (group.length - 1) / 2) * STEP,
        label: fit(name(tech), room),
      };
    }),
  );
}
