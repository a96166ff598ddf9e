import { describe, expect, it } from 'vitest';
import { EMPTY_EVENT, validateEvent } from './validateEvent';

const TODAY = '2026-12-04';
const good = { ...EMPTY_EVENT, title: ' 智能网联汽车供应链对接会 ', venue: '金山工业区', date: '2026-12-18' };

describe('validateEvent', () => {
  it('turns a complete draft into the API input, trimmed and numeric', () => {
    expect(validateEvent(good, TODAY)).toEqual({
      ok: true,
      input: {
        kind: 'MATCHMAKING',
        industryId: 'icv',
        title: '智能网联汽车供应链对接会',
        date: '2026-12-18',
        venue: '金山工业区',
        startTime: '09:00',
        slotCount: 6,
        meetingMinutes: 20,
        maxMeetingsPerFirm: 4,
      },
    });
  });

  it('names every field that is wrong', () => {
    const result = validateEvent(
      {
        ...EMPTY_EVENT,
        date: '2026-11-01',
        startTime: '25:00',
        slotCount: '0',
        meetingMinutes: '2.5',
        maxMeetingsPerFirm: 'x',
      },
      TODAY,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'eventForm.error.title',
        venue: 'eventForm.error.venue',
        date: 'eventForm.error.datePast',
        startTime: 'eventForm.error.startTime',
        slotCount: 'eventForm.error.slotCount',
        meetingMinutes: 'eventForm.error.meetingMinutes',
        maxMeetingsPerFirm: 'eventForm.error.maxMeetingsPerFirm',
      },
    });
  });

  it('keeps to the API bounds: 24 slots, a 120-character title', () => {
    expect(validateEvent({ ...good, slotCount: '24' }, TODAY).ok).toBe(true);
    expect(validateEvent({ ...good, slotCount: '25' }, TODAY)).toMatchObject({
      errors: { slotCount: 'eventForm.error.slotCount' },
    });
    expect(validateEvent({ ...good, title: '会'.repeat(121) }, TODAY)).toMatchObject({
      errors: { title: 'eventForm.error.titleTooLong' },
    });
  });

  it('accepts today and rejects a missing date', () => {
    expect(validateEvent({ ...good, date: TODAY }, TODAY).ok).toBe(true);
    expect(validateEvent({ ...good, date: '' }, TODAY)).toMatchObject({ errors: { date: 'eventForm.error.date' } });
  });
});
