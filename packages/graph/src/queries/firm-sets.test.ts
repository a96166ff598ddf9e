import { describe, expect, it } from 'vitest';
import { firmSets } from './firm-sets';

/** Lists of distinct firm numbers below `max`, from a fixed 32-bit linear congruential sequence (no Math.random). */
function listsOf(sizes: readonly number[], max: number, seed = 7): number[][] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 8) % max;
  };
  return sizes.map((size) => {
    const list = new Set<number>();
    while (list.size < size) list.add(next());
    return [...list];
  });
}

const setUnion = (lists: readonly (readonly number[])[]) => new Set(lists.flat());

describe('firmSets: distinct counts and unions of firm lists', () => {
  it('counts and unites like a Set, call after call (each call clears its marks)', () => {
    // Small unions (marks cleared word by word: under a quarter as many firms as the 16,384 words) and large ones
    // (the whole array zeroed) in turn, over one FirmSets.
    const all = listsOf([3, 40, 700, 5, 9000, 1, 0, 64], 1 << 19);
    const sets = firmSets(all);
    const groups = [[0, 1], [2, 3, 4], [0, 1, 5, 6], [4, 2], [7, 1], all.map((_, i) => i), [3, 5], [2, 7]];
    for (let round = 0; round < 2; round++)
      for (const group of groups) {
        const lists = group.map((i) => all[i] as number[]);
        const expected = setUnion(lists);
        expect(sets.count(lists)).toBe(expected.size);
        const union = sets.union(lists);
        expect(union).toHaveLength(expected.size);
        expect(new Set(union)).toEqual(expected);
      }
  });

  it('counts a firm in several lists once, by hand: {1, 2, 33} ∪ {2, 64} ∪ {33} = 4 firms', () => {
    const lists = [[1, 2, 33], [2, 64], [33]];
    const sets = firmSets(lists);
    expect(sets.count(lists)).toBe(4);
    expect(sets.union(lists)).toEqual([1, 2, 33, 64]);
    expect(sets.count([[2, 64], [64]])).toBe(2);
  });

  it('returns a single list as it is, and nothing for none', () => {
    const [list] = listsOf([10], 100) as [number[]];
    const sets = firmSets([list]);
    expect(sets.union([list])).toBe(list);
    expect([sets.count([list]), sets.count([]), sets.union([]).length]).toEqual([10, 0, 0]);
  });

  it('unites with Sets when a firm number is too large to mark', () => {
    const lists = [
      [2 ** 40, 5],
      [5, 2 ** 40 + 1],
    ];
    const sets = firmSets(lists);
    expect(sets.count(lists)).toBe(3);
    expect(sets.union(lists)).toEqual([2 ** 40, 5, 2 ** 40 + 1]);
  });
});
