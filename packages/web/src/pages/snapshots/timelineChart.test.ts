import { describe, expect, it } from 'vitest';
import type { SnapshotSummary } from '../../api/types';
import { timelineLayout } from './timelineChart';

const SIZE = { width: 1000, height: 200, left: 0, right: 0, top: 0, bottom: 0 };
const snapshot = (createdAt: string, coverage: number, localSupportRate: number | null): SnapshotSummary => ({
  id: createdAt,
  setId: createdAt,
  radius: 'JINSHAN',
  label: null,
  createdAt,
  kpis: { coverage, keyLinkCoverage: 0.5, localSupportRate, missing: 1, weak: 1, strong: 1 },
});

describe('timelineLayout', () => {
  it('places snapshots by time and KPIs on a 0–100 % axis', () => {
    const { points, y } = timelineLayout(
      [snapshot('2026-01-01T00:00:00.000Z', 0.5, 0.2), snapshot('2026-01-11T00:00:00.000Z', 0.75, 0.3)],
      SIZE,
    );
    expect(points.map((p) => p.x)).toEqual([0, 1000]);
    expect([y(0), y(0.5), y(1)]).toEqual([200, 100, 0]);
  });

  it('centres a lone snapshot, and a line skips a KPI a snapshot lacks', () => {
    expect(timelineLayout([snapshot('2026-01-01T00:00:00.000Z', 0.5, null)], SIZE).points[0]?.x).toBe(500);
    const { paths } = timelineLayout(
      [
        snapshot('2026-01-01T00:00:00.000Z', 0.5, 0.2),
        snapshot('2026-01-02T00:00:00.000Z', 0.5, null),
        snapshot('2026-01-03T00:00:00.000Z', 0.5, 0.4),
      ],
      SIZE,
    );
    const rate = paths.find((p) => p.key === 'localSupportRate')?.d ?? '';
    // Two separate moves: the gap where the rate was null breaks the line.
    expect(rate.match(/M/g)).toHaveLength(2);
    expect(paths.find((p) => p.key === 'coverage')?.d.match(/M/g)).toHaveLength(1);
  });
});
