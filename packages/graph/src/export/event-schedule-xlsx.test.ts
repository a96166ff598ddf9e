import type { EventRecord, MeetingRecord } from '@atlas/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderEventScheduleXlsx } from './event-schedule-xlsx';

const event: EventRecord = {
  id: 'event.t',
  kind: 'MATCHMAKING',
  title: '对接会',
  industryId: 'icv',
  date: '2027-01-05',
  venue: '金山',
  startTime: '09:00',
  slotCount: 2,
  meetingMinutes: 20,
  maxMeetingsPerFirm: 2,
  status: 'PUBLISHED',
  synthetic: false,
  createdAt: '2026-12-01T00:00:00Z',
  registeredCount: 2,
  declinedPairs: [],
};
const meeting: MeetingRecord = {
  id: 'event.t/B/S',
  eventId: event.id,
  slot: 1,
  table: 1,
  buyerId: 'B',
  supplierId: 'S',
  score: 0.5,
  factors: [],
  buyerResponse: 'ACCEPTED',
  supplierResponse: 'DECLINED',
  outcome: 'QUOTE_REQUESTED',
  outcomeNote: null,
};
const names: Record<string, string> = { B: '采购甲', S: '供应乙' };

async function meetingsSheet(lang: 'zh' | 'en') {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderEventScheduleXlsx(event, [meeting], (id) => names[id] ?? id, lang)) as never);
  const sheet = workbook.worksheets[1];
  if (!sheet) throw new Error('no meetings sheet');
  const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  return { header: row(1), first: row(2) };
}

describe('the schedule workbook', () => {
  it('writes answers and outcomes as Chinese words, with the codes in the last columns', async () => {
    const { header, first } = await meetingsSheet('zh');
    const at = (title: string) => first[header.indexOf(title)];
    expect(at('采购方答复')).toBe('已接受');
    expect(at('供应方答复')).toBe('已婉拒');
    expect(at('洽谈结果')).toBe('已询价');
    expect(at('洽谈编号')).toBe('event.t/B/S');
    expect([at('采购方答复代码'), at('供应方答复代码'), at('洽谈结果代码')]).toEqual([
      'ACCEPTED',
      'DECLINED',
      'QUOTE_REQUESTED',
    ]);
  });

  it('writes English words when asked (?lang=en)', async () => {
    const { header, first } = await meetingsSheet('en');
    expect(first[header.indexOf('buyer response')]).toBe('accepted');
    expect(first[header.indexOf('outcome')]).toBe('quote requested');
    expect(first[header.indexOf('outcome code')]).toBe('QUOTE_REQUESTED');
  });
});
