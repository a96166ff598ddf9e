import { describe, expect, it } from 'vitest';
import { highlightPieces } from './highlight';

describe('highlightPieces', () => {
  it('marks every occurrence of every term', () => {
    expect(highlightPieces('电池研发；电池销售', ['电池'])).toEqual([
      { text: '电池', match: true },
      { text: '研发；', match: false },
      { text: '电池', match: true },
      { text: '销售', match: false },
    ]);
  });
  it('prefers the longer of overlapping terms', () => {
    expect(highlightPieces('锂电池制造', ['电池', '锂电池'])).toEqual([
      { text: '锂电池', match: true },
      { text: '制造', match: false },
    ]);
  });
  it('leaves the text whole without terms, and ignores empty ones', () => {
    expect(highlightPieces('餐饮服务', [])).toEqual([{ text: '餐饮服务', match: false }]);
    expect(highlightPieces('餐饮服务', [''])).toEqual([{ text: '餐饮服务', match: false }]);
    expect(highlightPieces('', ['x'])).toEqual([]);
  });
});
