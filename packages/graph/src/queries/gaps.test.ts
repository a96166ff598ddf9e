import { describe, expect, it } from 'vitest';
import { withLocalFigures } from './gaps';

type Leaf = Parameters<typeof withLocalFigures>[0][number];

const leaf = (id: string, feedsIds: string[] = [], presenceKey = id): Leaf => ({
  id,
  industryId: 'x',
  name: id,
  nameEn: id,
  tier: 'MID',
  parentId: null,
  keyLink: null,
  criticality: null,
  allCount: 10,
  neighbourIds: [],
  presenceKey,
  feedsIds,
});

describe('withLocalFigures: local counts, downstream unions and N joined in TypeScript', () => {
  // a feeds b (one leaf: its size) and c, d (several: their union); c and d share crosswalk group g, whose firms come
  // from two lists (own industry and an equivalent elsewhere) that overlap in firm 7.
  const leaves = [leaf('a', ['b']), leaf('b', ['c', 'd', 'c']), leaf('c', [], 'g'), leaf('d', ['b', 'gone'], 'g')];
  const rows = [
    { key: 'a', firmIds: [1, 2] },
    { key: 'b', firmIds: [2, 3, 4] },
    { key: 'g', firmIds: [4, 5, 7] },
    { key: 'g', firmIds: [7, 8] },
    { key: 'elsewhere', firmIds: [99] },
  ];

  it('counts each key’s firms once, unions only where a leaf feeds several, and N over the leaves only', () => {
    const { facts, localFirms } = withLocalFigures(leaves, rows);
    expect(facts.map((f) => [f.id, f.localCount, f.downstreamLocalFirms])).toEqual([
      ['a', 2, 3], // b: {2, 3, 4}
      ['b', 3, 4], // c and d: both g = {4, 5, 7, 8}
      ['c', 4, 0],
      ['d', 4, 3], // b; an id that is no leaf of the industry adds nothing
    ]);
    expect(localFirms).toBe(7); // {1, 2, 3, 4, 5, 7, 8}: not 99, whose key no leaf has
  });

  it('gives the same figures when node ids are too large to mark (the Set fallback)', () => {
    const shift = (ids: number[]) => ids.map((id) => id + 2 ** 40);
    const { facts, localFirms } = withLocalFigures(
      leaves,
      rows.map((r) => ({ ...r, firmIds: shift(r.firmIds) })),
    );
    expect(facts.map((f) => [f.localCount, f.downstreamLocalFirms])).toEqual([
      [2, 3],
      [3, 4],
      [4, 0],
      [4, 3],
    ]);
    expect(localFirms).toBe(7);
  });

  it('a leaf without local firms counts 0, and 65,536 unions in a row stay exact (each clears its marks)', () => {
    // Union 1 (first) marks firms 10 and 11; 65,534 unions of a and z follow; the last unites p and q again, and
    // counts 2 only if every union before it cleared the marks it set.
    const middle = Array.from({ length: 65_534 }, (_, i) => leaf(`m${i}`, ['a', 'z', 'none']));
    const all = [leaf('first', ['p', 'q']), ...middle, leaf('last', ['p', 'q'])];
    const local = [
      { key: 'a', firmIds: [1, 2] },
      { key: 'z', firmIds: [2, 3] },
      { key: 'p', firmIds: [10] },
      { key: 'q', firmIds: [10, 11] },
    ];
    const { facts, localFirms } = withLocalFigures(
      [...all, leaf('a'), leaf('z'), leaf('p'), leaf('q'), leaf('none')],
      local,
    );
    const byId = new Map(facts.map((f) => [f.id, f]));
    expect(byId.get('none')?.localCount).toBe(0);
    expect(
      [byId.get('first'), byId.get('m0'), byId.get('m65533'), byId.get('last')].map((f) => f?.downstreamLocalFirms),
    ).toEqual([2, 3, 3, 2]);
    expect(localFirms).toBe(5);
  });
});
