import { describe, expect, it } from 'vitest';
import { ageInDays, attachmentDate } from './provenance';

describe('provenance ages', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it('counts whole days, never negative', () => {
    expect(ageInDays('2026-03-07T13:00:00Z', now)).toBe(2);
    expect(ageInDays('2026-03-07T11:00:00Z', now)).toBe(3);
    expect(ageInDays('2026-03-10T11:59:00Z', now)).toBe(0);
    expect(ageInDays('2026-04-01T00:00:00Z', now)).toBe(0);
  });
  it('has no age without a date', () => {
    expect(ageInDays(null, now)).toBeNull();
    expect(ageInDays('not a date', now)).toBeNull();
  });
  it('dates an attachment by its review, then its classification, then the record', () => {
    expect(attachmentDate({ reviewedAt: 'r', classifiedAt: 'c' }, 'u')).toBe('r');
    expect(attachmentDate({ reviewedAt: null, classifiedAt: 'c' }, 'u')).toBe('c');
    expect(attachmentDate({}, 'u')).toBe('u');
    expect(attachmentDate({}, null)).toBeNull();
  });
});
