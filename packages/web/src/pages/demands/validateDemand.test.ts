import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, validateDemand } from './validateDemand';

const today = new Date('2026-03-01T00:00:00Z');

describe('validateDemand', () => {
  it('needs a title and a segment', () => {
    const result = validateDemand(EMPTY_DRAFT, today);
    expect(result).toEqual({ ok: false, errors: { title: 'form.required', segmentId: 'form.required' } });
  });

  it('rejects bad numbers and past dates', () => {
    const result = validateDemand(
      { ...EMPTY_DRAFT, title: 'x', segmentId: 's', quantity: '-1', budget: 'abc', expiresAt: '2025-01-01' },
      today,
    );
    expect(result).toEqual({
      ok: false,
      errors: { quantity: 'form.positive', budget: 'form.notNegative', expiresAt: 'form.pastDate' },
    });
  });

  it("applies the domain schema's limits to an order (too long, too many)", () => {
    const result = validateDemand(
      {
        ...EMPTY_DRAFT,
        title: 't'.repeat(121),
        segmentId: 's',
        unit: 'u'.repeat(21),
        description: 'd'.repeat(2001),
        requiredCerts: Array.from({ length: 11 }, (_, i) => `cert ${i}`),
      },
      today,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'form.tooLong',
        unit: 'form.tooLong',
        description: 'form.tooLong',
        requiredCerts: 'form.tooMany',
      },
    });
  });

  it('turns a good draft into the mutation input', () => {
    const result = validateDemand(
      {
        ...EMPTY_DRAFT,
        title: '  电池托盘  ',
        segmentId: 'icv.pack',
        quantity: '5000',
        unit: '件',
        budget: '',
        requiredCerts: ['IATF 16949'],
        expiresAt: '2026-06-30',
      },
      today,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toMatchObject({
      title: '电池托盘',
      segmentId: 'icv.pack',
      quantity: 5000,
      unit: '件',
      budget: null,
      requiredCerts: ['IATF 16949'],
      radius: 'YRD',
      description: null,
    });
    expect(result.input.expiresAt?.startsWith('2026-06-30')).toBe(true);
  });
});
