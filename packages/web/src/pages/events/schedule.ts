import type { EventSlot, EventSummary, Meeting } from '../../api/types';

/** One row of the schedule grid: a slot and, per table, the meeting held there (or none). */
export interface ScheduleRow {
  slot: EventSlot;
  cells: Array<Meeting | null>;
}

/**
 * The tables in use, in order: one column each. A firm seeing only its own meetings of a proposed schedule gets just
 * its tables, not empty columns between them.
 */
export function tablesOf(meetings: readonly Meeting[]): number[] {
  return [...new Set(meetings.map((m) => m.table))].sort((a, b) => a - b);
}

/** Slots as rows, tables as columns; meetings on a slot the event does not list still get a row. */
export function scheduleRows(slots: readonly EventSlot[], meetings: readonly Meeting[]): ScheduleRow[] {
  const tables = tablesOf(meetings);
  const known = new Map(slots.map((s) => [s.index, s]));
  for (const m of meetings) if (!known.has(m.slot)) known.set(m.slot, { index: m.slot, startsAt: '', endsAt: '' });
  return [...known.values()]
    .sort((a, b) => a.index - b.index)
    .map((slot) => ({
      slot,
      cells: tables.map((table) => meetings.find((m) => m.slot === slot.index && m.table === table) ?? null),
    }));
}

/** Firms booked twice in one slot — never expected from the solver; the grid flags them if an edit caused one. */
export function doubleBookings(meetings: readonly Meeting[]): Array<{ slot: number; companyId: string }> {
  const seen = new Set<string>();
  const found: Array<{ slot: number; companyId: string }> = [];
  for (const m of meetings)
    for (const companyId of [m.buyer.id, m.supplier.id]) {
      const key = `${m.slot}\u0000${companyId}`;
      if (seen.has(key)) found.push({ slot: m.slot, companyId });
      seen.add(key);
    }
  return found;
}

/** The day an event is held, as YYYY-MM-DD (dates may come with a time). */
const dayOf = (date: string) => date.slice(0, 10);

/** Held before today (YYYY-MM-DD in Shanghai): outcomes can be recorded. */
export const isPast = (event: Pick<EventSummary, 'date' | 'status'>, today: string) =>
  event.status === 'DONE' || dayOf(event.date) < today;

/** Upcoming events first, soonest first; then past ones, latest first. */
export function orderEvents<E extends Pick<EventSummary, 'date' | 'status' | 'id'>>(
  events: readonly E[],
  today: string,
): E[] {
  const upcoming = events.filter((e) => !isPast(e, today)).sort((a, b) => cmp(dayOf(a.date), dayOf(b.date)));
  const past = events.filter((e) => isPast(e, today)).sort((a, b) => cmp(dayOf(b.date), dayOf(a.date)));
  return [...upcoming, ...past];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Today in Shanghai (UTC+8) as YYYY-MM-DD: events are dated in local days, as the API decides DONE. */
export function shanghaiToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
