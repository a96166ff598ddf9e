const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * ATLAS_SNAPSHOT_EVERY as milliseconds, `null` for off: `30d`, `7d`, `12h` (whole days or hours, at least one
 * hour, since the schedule checks hourly) or `off`. Anything else is a message saying what to write instead.
 */
export function parseSnapshotEvery(text: string): number | null | string {
  const value = text.trim().toLowerCase();
  if (value === 'off') return null;
  const match = /^(\d+)([dh])$/.exec(value);
  const amount = match ? Number(match[1]) : 0;
  if (!match || amount < 1)
    return `ATLAS_SNAPSHOT_EVERY "${text}" must be a number of days or hours such as 30d, 7d or 12h, or off`;
  return amount * (match[2] === 'd' ? DAY_MS : HOUR_MS);
}
