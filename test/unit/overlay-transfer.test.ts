import { describe, expect, it } from 'vitest';
import { countCompanies, type GraphqlResponse, overTransfer } from '../browser/overlay-transfer';

const firm = (id: string) => ({ __typename: 'Company', id, name: id });
const row = (segmentId: string, firms: number, firmCount = firms) => ({
  segmentId,
  firmCount,
  firms: Array.from({ length: firms }, (_, i) => firm(`${segmentId}-${i}`)),
});
const overlay = (top: number, rows: ReturnType<typeof row>[]): GraphqlResponse => {
  const data = { chainMap: { __typename: 'ChainMap', segmentFirms: rows } };
  return {
    operation: 'ChainMapFirms',
    transferred: 1,
    waitMs: 1,
    firmRecords: countCompanies(data),
    overlay: { top, rows },
  };
};
const map: GraphqlResponse = { operation: 'ChainMap', transferred: 1, waitMs: 1, firmRecords: 0 };

describe('countCompanies', () => {
  it('counts Company objects at any depth, and untyped entries of firms lists, and nothing else', () => {
    expect(countCompanies({ a: [firm('x'), { b: firm('y') }], segment: { __typename: 'Segment' } })).toBe(2);
    expect(countCompanies({ segmentFirms: [{ segmentId: 's', firms: [{ id: 'a' }, { id: 'b' }] }] })).toBe(2);
    expect(countCompanies({ firms: [firm('a')], other: [{ id: 'not a firm' }] })).toBe(1);
    expect(countCompanies(null)).toBe(0);
  });
});

describe('overTransfer', () => {
  it('passes the top firms per segment with counts of many more', () => {
    expect(overTransfer([map, overlay(12, [row('a', 12, 5_000), row('b', 3)])])).toEqual([]);
  });

  it('fails a response that carries more firm records than segments × top', () => {
    const everyFirm: GraphqlResponse = { operation: 'SegmentCompanies', transferred: 1, waitMs: 1, firmRecords: 5_003 };
    expect(overTransfer([map, overlay(12, [row('a', 12, 5_000), row('b', 3)]), everyFirm])).toEqual([
      'SegmentCompanies carried 5003 firm records, over segments × top = 24',
    ]);
  });

  it('fails a segment sent with more than top firms, and a load without the overlay', () => {
    expect(overTransfer([overlay(12, [row('a', 13), row('b', 1)])])).toEqual(['segment a: 13 firms sent, top is 12']);
    expect(overTransfer([map])).toEqual(['no firm overlay response was seen']);
    expect(overTransfer([overlay(Number.NaN, [row('a', 1)])])[0]).toMatch(/top = NaN/);
  });
});
