import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, validateDemand } from './validateDemand';

const today = new Date('2026-12-01T00:00:00');

describe('validateDemand for SCENARIO and INNOVATION (the domain schema)', () => {
  it('names each missing field of a scenario beside its input', () => {
    const result = validateDemand(
      { ...EMPTY_DRAFT, kind: 'SCENARIO', title: '开放道路', segmentId: 'icv.adas' },
      today,
    );
    expect(result).toEqual({
      ok: false,
      errors: { offering: 'form.required', pilotSite: 'form.required', wantedTechnologyIds: 'form.required' },
    });
  });

  it('sends a complete scenario with only its own fields', () => {
    const result = validateDemand(
      {
        ...EMPTY_DRAFT,
        kind: 'SCENARIO',
        title: '开放道路',
        segmentId: 'icv.adas',
        offering: 'ROUTE',
        pilotSite: '金山测试道路',
        durationMonths: '12',
        wantedTechnologyIds: ['icv.t.c-v2x'],
        quantity: '5',
      },
      today,
    );
    expect(result.ok && result.input).toMatchObject({
      kind: 'SCENARIO',
      offering: 'ROUTE',
      durationMonths: 12,
      quantity: null,
      problem: null,
      wantedTechnologyIds: ['icv.t.c-v2x'],
    });
  });

  it('refuses a TRL outside 1–9 and a missing collaboration form', () => {
    const result = validateDemand(
      {
        ...EMPTY_DRAFT,
        kind: 'INNOVATION',
        title: '联合研发',
        segmentId: 'equip.reducer',
        problem: '寿命不足',
        targetTrl: '12',
        wantedTechnologyIds: ['equip.t.precision-reducer'],
      },
      today,
    );
    expect(result).toEqual({ ok: false, errors: { targetTrl: 'form.invalid', collaborationForm: 'form.required' } });
  });
});
