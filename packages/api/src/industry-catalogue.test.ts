import { describe, expect, it } from 'vitest';
import { IndustryCatalogue } from './industry-catalogue';

const record = (id: string, name = id) => ({ id, name, nameEn: name });

/** A graph of industries that counts what is read from it. */
function fakeGraph(industries: Map<string, ReturnType<typeof record>>) {
  const reads: string[][] = [];
  const read = async (ids: string[]) => {
    reads.push(ids);
    return ids.flatMap((id) => (industries.has(id) ? [industries.get(id) as ReturnType<typeof record>] : []));
  };
  return { reads, read };
}

describe('IndustryCatalogue', () => {
  it('reads an industry once while it is fresh, and again once it is older than maxAgeMs', async () => {
    let now = 0;
    const catalogue = new IndustryCatalogue(30_000, () => now);
    const graph = fakeGraph(new Map([['icv', record('icv', '智能网联新能源汽车')]]));
    expect(await catalogue.load(['icv'], graph.read)).toEqual([record('icv', '智能网联新能源汽车')]);
    now = 29_999;
    await catalogue.load(['icv', 'icv'], graph.read);
    expect(graph.reads).toEqual([['icv']]);
    now = 30_000;
    await catalogue.load(['icv'], graph.read);
    expect(graph.reads).toEqual([['icv'], ['icv']]);
  });

  it('never remembers an id as missing: an industry loaded later is found at once', async () => {
    const industries = new Map<string, ReturnType<typeof record>>();
    const catalogue = new IndustryCatalogue(30_000, () => 0);
    const graph = fakeGraph(industries);
    expect(await catalogue.load(['new'], graph.read)).toEqual([null]);
    industries.set('new', record('new'));
    expect(await catalogue.load(['new'], graph.read)).toEqual([record('new')]);
  });

  it('forgets a removed industry when its record is re-read, and reads only the stale ids of a batch', async () => {
    let now = 0;
    const industries = new Map([
      ['icv', record('icv')],
      ['bio', record('bio')],
    ]);
    const catalogue = new IndustryCatalogue(10, () => now);
    const graph = fakeGraph(industries);
    await catalogue.load(['icv'], graph.read);
    now = 5;
    await catalogue.load(['bio'], graph.read);
    now = 12;
    industries.delete('icv');
    expect(await catalogue.load(['icv', 'bio'], graph.read)).toEqual([null, record('bio')]);
    expect(graph.reads.at(-1)).toEqual(['icv']);
  });
});
