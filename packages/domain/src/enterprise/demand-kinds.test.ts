import { describe, expect, it } from 'vitest';
import { demandRowSchema } from './demand';

const base = {
  id: 'd1',
  posterId: 'c1',
  title: '开放测试道路',
  segmentId: 'icv.adas',
  createdAt: '2026-11-01T00:00:00.000Z',
};
const messages = (row: unknown) => {
  const result = demandRowSchema.safeParse(row);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('demand kinds', () => {
  it('reads a demand without a kind as an ORDER (the existing contract)', () => {
    const parsed = demandRowSchema.parse({ ...base, quantity: 10, unit: '套', requiredCerts: ['ISO 9001'] });
    expect(parsed.kind).toBe('ORDER');
    expect(parsed.wantedTechnologyIds).toEqual([]);
  });

  it('accepts a SCENARIO with its own fields', () => {
    const parsed = demandRowSchema.parse({
      ...base,
      kind: 'SCENARIO',
      offering: 'ROUTE',
      pilotSite: '金山区开放测试道路',
      availableFrom: '2027-01-01',
      durationMonths: 12,
      support: '免费使用',
      wantedTechnologyIds: ['icv.t.c-v2x'],
    });
    expect(parsed).toMatchObject({ kind: 'SCENARIO', offering: 'ROUTE', durationMonths: 12 });
  });

  it('names the missing fields of a SCENARIO and an INNOVATION', () => {
    expect(messages({ ...base, kind: 'SCENARIO' })).toEqual([
      'offering: required for SCENARIO demands',
      'pilotSite: required for SCENARIO demands',
      'wantedTechnologyIds: name at least one technology for SCENARIO demands',
    ]);
    expect(messages({ ...base, kind: 'INNOVATION', wantedTechnologyIds: ['x'] })).toEqual([
      'problem: required for INNOVATION demands',
      'targetTrl: required for INNOVATION demands',
      'collaborationForm: required for INNOVATION demands',
    ]);
  });

  it('refuses another kind’s fields and out-of-range values', () => {
    expect(messages({ ...base, quantity: 5, targetTrl: 7 })).toEqual([
      'targetTrl: belongs to INNOVATION demands, not ORDER',
    ]);
    expect(
      messages({
        ...base,
        kind: 'INNOVATION',
        problem: '提高寿命',
        targetTrl: 10,
        collaborationForm: 'JOINT_RD',
        wantedTechnologyIds: ['x'],
        quantity: 3,
      }),
    ).toEqual(['targetTrl: TRL is 1 to 9', 'quantity: belongs to ORDER demands, not INNOVATION']);
    expect(messages({ ...base, wantedTechnologyIds: ['x'] })).toEqual([
      'wantedTechnologyIds: only SCENARIO and INNOVATION demands name technologies',
    ]);
  });
});
