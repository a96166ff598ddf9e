import { codeLabel, type EventRecord, eventSlots, type MeetingRecord } from '@atlas/domain';
import ExcelJS from 'exceljs';
import { neutralise } from './text-safety';

export type ScheduleLang = 'zh' | 'en';

/** Sheet names and headers: Chinese by default (the venue's staff), English on request (`?lang=en`). */
const WORDS = {
  zh: {
    schedule: '日程',
    meetings: '洽谈清单',
    slot: '场次',
    time: '时间',
    table: (n: number, buyer: string) => `${n}号桌：${buyer}`,
    list: [
      '场次',
      '时间',
      '桌号',
      '采购方',
      '供应方',
      '匹配分',
      '采购方答复',
      '供应方答复',
      '洽谈结果',
      '洽谈编号',
      '采购方答复代码',
      '供应方答复代码',
      '洽谈结果代码',
    ],
  },
  en: {
    schedule: 'schedule',
    meetings: 'meetings',
    slot: 'slot',
    time: 'time',
    table: (n: number, buyer: string) => `table ${n}: ${buyer}`,
    list: [
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
      'buyer response code',
      'supplier response code',
      'outcome code',
    ],
  },
} as const;

/**
 * An event's schedule as a workbook (docs/events.md): the slot × table grid the venue prints (each cell
 * "buyer ↔ supplier"), and one row per meeting with its score and answers, headed in `lang`; answers and outcomes
 * read as words (已接受, domain `CODE_LABELS`) with their codes in the last columns. Every text cell from the data
 * goes through `neutralise`, so a firm's name never runs as a formula.
 */
export async function renderEventScheduleXlsx(
  event: EventRecord,
  meetings: readonly MeetingRecord[],
  nameOf: (companyId: string) => string,
  lang: ScheduleLang = 'zh',
): Promise<Buffer> {
  const words = WORDS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chain Atlas';
  const slots = eventSlots(event.startTime, event.slotCount, event.meetingMinutes);
  const tables = [...new Set(meetings.map((m) => m.table))].sort((a, b) => a - b);
  const tableBuyer = new Map(meetings.map((m) => [m.table, m.buyerId]));

  const grid = workbook.addWorksheet(words.schedule);
  grid.addRow([neutralise(event.title), neutralise(`${event.date} ${event.venue}`)]).font = { bold: true };
  grid.addRow([
    words.slot,
    words.time,
    ...tables.map((t) => neutralise(words.table(t, nameOf(tableBuyer.get(t) ?? '')))),
  ]).font = { bold: true };
  for (const slot of slots) {
    const cells = tables.map((table) => {
      const m = meetings.find((x) => x.slot === slot.index && x.table === table);
      return m ? neutralise(`${nameOf(m.buyerId)} ↔ ${nameOf(m.supplierId)}`) : '';
    });
    grid.addRow([slot.index, `${slot.startsAt}–${slot.endsAt}`, ...cells]);
  }
  grid.views = [{ state: 'frozen', ySplit: 2, xSplit: 2 }];

  const list = workbook.addWorksheet(words.meetings);
  list.addRow([...words.list]).font = { bold: true };
  const timeOf = new Map(slots.map((s) => [s.index, `${s.startsAt}–${s.endsAt}`]));
  for (const m of [...meetings].sort((a, b) => a.slot - b.slot || a.table - b.table)) {
    list.addRow([
      m.slot,
      timeOf.get(m.slot) ?? '',
      m.table,
      neutralise(nameOf(m.buyerId)),
      neutralise(nameOf(m.supplierId)),
      Math.round(m.score * 1e4) / 1e4,
      codeLabel(lang, 'meetingResponse', m.buyerResponse),
      codeLabel(lang, 'meetingResponse', m.supplierResponse),
      codeLabel(lang, 'meetingOutcome', m.outcome),
      neutralise(m.id),
      // The codes too, last, for whoever reads the file by machine.
      m.buyerResponse,
      m.supplierResponse,
      m.outcome,
    ]);
  }
  list.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
