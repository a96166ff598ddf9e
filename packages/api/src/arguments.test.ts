import { DEFAULT_MATCH_WEIGHTS, DEFAULT_MIN_CONFIDENCE, DEFAULT_RADIUS, DEFAULT_STRONG_THRESHOLD } from '@atlas/domain';
import { describe, expect, it } from 'vitest';
import { blastHops, pageSize, radiusParam, rankingArgs, statusArgs } from './arguments';
import type { Loaders } from './loaders';
import { linkedRecord, requireRecord, withIndustry } from './require-record';

/** The code and message a GraphQL error carries to the client. */
function failure(run: () => unknown): { code: unknown; message: string } {
  try {
    run();
  } catch (error) {
    const e = error as { message: string; extensions?: { code?: unknown } };
    return { code: e.extensions?.code, message: e.message };
  }
  throw new Error('expected a failure');
}

describe('arguments', () => {
  it('defaults the status arguments from the domain and checks them at once', () => {
    expect(statusArgs({})).toEqual({
      radius: DEFAULT_RADIUS,
      threshold: DEFAULT_STRONG_THRESHOLD,
      minConfidence: DEFAULT_MIN_CONFIDENCE,
    });
    expect(statusArgs({ radius: 'YRD', threshold: 5, minConfidence: 0 })).toEqual({
      radius: 'YRD',
      threshold: 5,
      minConfidence: 0,
    });
    expect(failure(() => statusArgs({ threshold: 0 }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'threshold must be an integer in 1..1000',
    });
    expect(failure(() => statusArgs({ minConfidence: 2 })).message).toMatch(/minConfidence/);
  });

  it('merges ranking weights into the defaults and refuses bad ones with the factor named', () => {
    const { limit, weights } = rankingArgs(DEFAULT_MATCH_WEIGHTS, { weights: { sme: 0, credit: null } });
    expect(limit).toBe(20);
    expect(weights).toEqual({ ...DEFAULT_MATCH_WEIGHTS, sme: 0 });
    expect(failure(() => rankingArgs(DEFAULT_MATCH_WEIGHTS, { weights: { nope: 0.5 } })).message).toMatch(/"nope"/);
    expect(failure(() => rankingArgs(DEFAULT_MATCH_WEIGHTS, { limit: 101 })).code).toBe('BAD_USER_INPUT');
  });

  it('checks page sizes, hops and URL radii', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(failure(() => pageSize(0)).message).toBe('first must be between 1 and 100');
    expect(blastHops(null)).toBe(2);
    expect(failure(() => blastHops(9)).message).toMatch(/^hops must be an integer in 1\.\./);
    expect(radiusParam(null)).toBe(DEFAULT_RADIUS);
    expect(radiusParam('yrd')).toBe('YRD');
    expect(radiusParam('MARS')).toBeNull();
  });
});

describe('load or fail', () => {
  const lookUp = (known: Record<string, string>) => async (id: string) => known[id] ?? null;

  it('answers the record, or NOT_FOUND naming kind and id', async () => {
    expect(await requireRecord('demand', 7, lookUp({ '7': 'seven' }))).toBe('seven');
    await expect(requireRecord('demand', 'd-9', lookUp({}))).rejects.toMatchObject({
      message: 'demand "d-9" does not exist',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('treats a missing linked record as an internal error (masked), not as the client’s mistake', async () => {
    const error = await linkedRecord('company', 'c-1', lookUp({})).catch((e: unknown) => e);
    expect((error as Error).message).toBe('company c-1 vanished');
    expect((error as { extensions?: unknown }).extensions).toBeUndefined();
  });

  it('starts the analytics beside the industry look-up, and NOT_FOUND wins over what the query did', async () => {
    const events: string[] = [];
    const loaders = (known: boolean) =>
      ({
        industry: {
          load: async (id: string) => {
            events.push('look-up');
            await new Promise((resolve) => setTimeout(resolve, 5));
            return known ? { id, name: id, nameEn: id } : null;
          },
        },
      }) as unknown as Loaders;
    const compute = async (id: string) => {
      events.push('query');
      return `map of ${id}`;
    };
    expect(await withIndustry(loaders(true), 'icv', compute)).toEqual({
      industry: { id: 'icv', name: 'icv', nameEn: 'icv' },
      result: 'map of icv',
    });
    expect(events).toEqual(['query', 'look-up']);
    const failing = async () => {
      throw new Error('query failed');
    };
    await expect(withIndustry(loaders(false), 'nope', failing)).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
