import { eventSlots } from '@atlas/domain';
import ExcelJS from 'exceljs';
import type { MeetingRecord } from '../queries/event-meetings';
import type { EventRecord } from '../queries/events';
import { neutralise } from './text-safety';

/**
 * An event's schedule as a workbook (docs/events.md): `schedule`, the slot × table grid the venue prints (each cell
 * "buyer ↔ supplier"), and `meetings`, one row per meeting with its score and answers. Every text cell goes
 * through `neutralise`, so a firm's name never runs as a formula.
 */
export async function renderEventScheduleXlsx(
  event: EventRecord,
  meetings: readonly MeetingRecord[],
  nameOf: (companyId: string) => string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chain Atlas';
  const slots = eventSlots(event.startTime, event.slotCount, event.meetingMinutes);
  const tables = [...new Set(meetings.map((m) => m.table))].sort((a, b) => a - b);
  const tableBuyer = new Map(meetings.map((m) => [m.table, m.buyerId]));

  const grid = workbook.addWorksheet('schedule');
  grid.addRow([neutralise(event.title), neutralise(`${event.date} ${event.venue}`)]).font = { bold: true };
  grid.addRow([
    'slot',
    'time',
    ...tables.map((t) => neutralise(`table ${t}: ${nameOf(tableBuyer.get(t) ?? '')}`)),
  ]).font = { bold: true };
  for (const slot of slots) {
    const cells = tables.map((table) => {
      const m = meetings.find((x) => x.slot === slot.index && x.table === table);
      return m ? neutralise(`${nameOf(m.buyerId)} ↔ ${nameOf(m.supplierId)}`) : '';
    });
    grid.addRow([slot.index, `${slot.startsAt}–${slot.endsAt}`, ...cells]);
  }
  grid.views = [{ state: 'frozen', ySplit: 2, xSplit: 2 }];

  const list = workbook.addWorksheet('meetings');
  list.addRow([
    'slot',
    'time',
    'table',
    'buyer',
    'supplier',
    'score',
    'buyer response',
    'supplier response',
    'outcome',
    'meeting id',
  ]).font = { bold: true };
  const timeOf = new Map(slots.map((s) => [s.index, `${s.startsAt}–${s.endsAt}`]));
  for (const m of [...meetings].sort((a, b) => a.slot - b.slot || a.table - b.table)) {
    list.addRow([
      m.slot,
      timeOf.get(m.slot) ?? '',
      m.table,
      neutralise(nameOf(m.buyerId)),
      neutralise(nameOf(m.supplierId)),
      Math.round(m.score * 1e4) / 1e4,
      m.buyerResponse,
      m.supplierResponse,
      m.outcome,
      neutralise(m.id),
    ]);
  }
  list.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
