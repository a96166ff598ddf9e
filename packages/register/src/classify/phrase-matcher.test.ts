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

  it('remembers hits per piece between separators and finds exactly what a whole-text scan finds', () => {
    const phrases = ['正极材料', '材料', '货物进出口', '涤纶、腈纶'];
    const plain = new PhraseMatcher<number>();
    const pieces = new PhraseMatcher<number>('、;。');
    for (const [i, p] of phrases.entries()) {
      plain.add(p, i);
      pieces.add(p, i);
    }
    // 、 is inside a phrase, so only ; and 。 cut the text; the repeated piece comes from memory the second time.
    const text = '正极材料研发;货物进出口。涤纶、腈纶;正极材料研发;材料';
    expect(pieces.search(text)).toEqual(plain.search(text));
    expect(pieces.search(text).map((h) => [h.phrase, h.start])).toEqual([
      ['正极材料', 0],
      ['材料', 2],
      ['货物进出口', 7],
      ['涤纶、腈纶', 13],
      ['正极材料', 19],
      ['材料', 21],
      ['材料', 26],
    ]);
  });
});
