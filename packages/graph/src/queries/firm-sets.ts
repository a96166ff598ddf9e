/** Above this firm number a bit per possible number would take more memory than it saves time: Sets unite instead. */
const MAX_MARKED_FIRM = 1 << 26;

/** Distinct counts and unions of lists of firm numbers (gaps' local firms, local-firms.ts `firmNumber`). */
export interface FirmSets {
  /** The firms in any of the lists, each once (a single list is returned as it is). */
  union(lists: readonly (readonly number[])[]): readonly number[];
  /** How many distinct firms the lists hold together. */
  count(lists: readonly (readonly number[])[]): number;
}

/**
 * FirmSets over `all` the lists a caller will unite, each list holding a firm once. Firm numbers are node ids, small
 * and dense, so a union marks the firms it has taken with one bit per possible number (at a million firms ~125 KB,
 * which stays in the core's cache, where a 16-bit mark per number took 2 MB and a read from memory per firm), and
 * clears its bits after: at a million firms (~72k list entries and ~170k marks for icv) the join took ~2 ms of a
 * gaps call (profiled over icv, bio and energy in turn), where the 16-bit marks took ~8.
 */
export function firmSets(all: readonly (readonly number[])[]): FirmSets {
  let max = 0;
  for (const list of all) for (const firm of list) if (firm > max) max = firm;
  if (max > MAX_MARKED_FIRM) return setsWithoutMarks();
  const bits = new Uint32Array((max >>> 5) + 1);
  // Zeroing the few words a small union touched is cheaper than the whole array; a large one, the other way round.
  const clear = (lists: readonly (readonly number[])[]) => {
    let firms = 0;
    for (const list of lists) firms += list.length;
    if (firms * 4 > bits.length) bits.fill(0);
    else for (const list of lists) for (const firm of list) bits[firm >>> 5] = 0;
  };
  /** Marks the lists' firms, counting each once and adding it to `taken` when given; then clears the marks. */
  const unite = (lists: readonly (readonly number[])[], taken: number[] | null): number => {
    let count = 0;
    for (const list of lists)
      for (const firm of list) {
        const word = firm >>> 5;
        const bit = 1 << (firm & 31);
        if ((bits[word] as number) & bit) continue;
        bits[word] = (bits[word] as number) | bit;
        count++;
        taken?.push(firm);
      }
    clear(taken ? [taken] : lists);
    return count;
  };
  return {
    union(lists) {
      if (lists.length <= 1) return lists[0] ?? [];
      const union: number[] = [];
      unite(lists, union);
      return union;
    },
    count: (lists) => (lists.length <= 1 ? (lists[0]?.length ?? 0) : unite(lists, null)),
  };
}

function setsWithoutMarks(): FirmSets {
  return {
    union: (lists) => (lists.length <= 1 ? (lists[0] ?? []) : [...new Set(lists.flat())]),
    count: (lists) => (lists.length <= 1 ? (lists[0]?.length ?? 0) : new Set(lists.flat()).size),
  };
}
