import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrase-matcher';

describe('PhraseMatcher', () => {
  it('finds every phrase, overlapping and nested ones included, with its offset', () => {
    const m = new PhraseMatcher<number>();
    for (const [i, p] of ['正极材料', '正极材料回收', '材料', '回收'].entries()) m.add(p, i);
    const hits = m.search('废旧正极材料回收利用').map((h) => [h.phrase, h.start, h.payload]);
    expect(hits).toEqual([
      ['正极材料', 2, 0],
      ['材料', 4, 2],
      ['正极材料回收', 2, 1],
      ['回收', 6, 3],
    ]);
  });

  it('follows failure links across partial matches', () => {
    const m = new PhraseMatcher<string>();
    m.add('无人机', 'a');
    m.add('人机交互', 'b');
    expect(m.search('无人机交互').map((h) => h.phrase)).toEqual(['无人机', '人机交互']);
    expect(m.search('没有')).toEqual([]);
  });
});
