import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../api/types';
import { clock } from './clock';
import { doubleBookings, isPast, orderEvents, scheduleRows, tablesOf } from './schedule';

const firm = (id: string) => ({
  id,
  name: id,
  nameEn: null,
  size: 'SME',
  chainLeader: false,
  province: '上海市',
  city: null,
  district: null,
  creditScore: null,
  synthetic: true,
});
const meeting = (id: string, slot: number, table: number, buyer: string, supplier: string): Meeting => ({
  id,
  slot,
  table,
  buyer: firm(buyer),
  supplier: firm(supplier),
  score: 0.5,
  factors: [],
  buyerResponse: 'PENDING',
  supplierResponse: 'PENDING',
  outcome: 'NONE',
  outcomeNote: null,
});
const slots = [0, 1, 2].map((index) => ({ index, startsAt: `09:${index}0`, endsAt: `09:${index}9` }));

describe('the schedule grid', () => {
  it('has a column per table in use and a row per slot', () => {
    const meetings = [meeting('a', 0, 1, 'b1', 's1'), meeting('b', 2, 3, 'b2', 's2')];
    expect(tablesOf(meetings)).toEqual([1, 3]);
    const rows = scheduleRows(slots, meetings);
    expect(rows.map((r) => r.slot.index)).toEqual([0, 1, 2]);
    expect(rows[0]?.cells.map((c) => c?.id ?? null)).toEqual(['a', null]);
    expect(rows[1]?.cells.every((c) => c === null)).toBe(true);
    expect(rows[2]?.cells.map((c) => c?.id ?? null)).toEqual([null, 'b']);
  });

  it('gives a meeting on an unlisted slot its own row rather than dropping it', () => {
    const rows = scheduleRows(slots, [meeting('late', 7, 1, 'b', 's')]);
    expect(rows.map((r) => r.slot.index)).toEqual([0, 1, 2, 7]);
    expect(rows[3]?.cells[0]?.id).toBe('late');
  });

  it('finds a firm booked twice in one slot, on either side', () => {
    expect(doubleBookings([meeting('a', 0, 1, 'b1', 's1'), meeting('b', 1, 1, 'b1', 's1')])).toEqual([]);
    expect(doubleBookings([meeting('a', 0, 1, 'b1', 's1'), meeting('b', 0, 2, 'b2', 's1')])).toEqual([
      { slot: 0, companyId: 's1' },
    ]);
    expect(doubleBookings([meeting('a', 0, 1, 'b1', 's1'), meeting('b', 0, 2, 'b1', 's2')])).toEqual([
      { slot: 0, companyId: 'b1' },
    ]);
  });
});

describe('event order', () => {
  const event = (id: string, date: string, status = 'OPEN' as const) => ({ id, date, status });
  it('lists upcoming events soonest first, then past ones latest first', () => {
    const events = [
      event('past-old', '2026-01-10'),
      event('soon', '2026-12-10'),
      event('later', '2027-03-01T09:00:00+08:00'),
      event('past-recent', '2026-11-30'),
      event('today', '2026-12-04'),
    ];
    expect(orderEvents(events, '2026-12-04').map((e) => e.id)).toEqual([
      'today',
      'soon',
      'later',
      'past-recent',
      'past-old',
    ]);
  });

  it('counts a DONE event as past whatever its date', () => {
    expect(isPast({ date: '2099-01-01', status: 'DONE' }, '2026-12-04')).toBe(true);
    expect(isPast({ date: '2026-12-04', status: 'PUBLISHED' }, '2026-12-04')).toBe(false);
  });
});

describe('clock', () => {
  it('reads a slot time in any of the shapes the API may send', () => {
    expect(clock('09:00')).toBe('09:00');
    expect(clock('13:20:00')).toBe('13:20');
    expect(clock('2026-12-18T09:40:00')).toBe('09:40');
    expect(clock('2026-12-18T01:40:00Z')).toBe('09:40');
    expect(clock('2026-12-18T09:40:00+08:00')).toBe('09:40');
  });
});
