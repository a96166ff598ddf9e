import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { describe, expect, it } from 'vitest';
import { createTokenizer, normalise } from './tokenizer';

describe('tokenizer', () => {
  it('keeps vocabulary terms whole and also emits the words inside them (search mode)', () => {
    const plain = createTokenizer([]);
    expect(plain.tokens('工业无人机制造')).not.toContain('工业无人机');
    const tokens = createTokenizer(['工业无人机', '磷酸铁锂']).tokens('工业无人机制造，磷酸铁锂研发');
    expect(tokens).toContain('工业无人机');
    expect(tokens).toContain('无人机');
    expect(tokens).toContain('磷酸铁锂');
  });

  it('drops stopwords, single characters, digits and punctuation', () => {
    const tokens = createTokenizer([], new Set(['生产', '销售'])).tokens('锂电池的生产、销售；2024年');
    // Search mode: the word and the words inside it.
    expect(tokens).toEqual(['锂电', '电池', '锂电池']);
  });

  it('folds full-width letters and case, so ＮＣＭ811 meets ncm811', () => {
    expect(normalise('ＮＣＭ811 Lfp')).toBe('ncm811 lfp');
    expect(createTokenizer(['NCM811']).tokens('高镍ＮＣＭ811')).toContain('ncm811');
  });

  it('segments piece by piece (remembered) with exactly the tokens of one cut of the whole text', () => {
    const text =
      '一般项目：锂离子电池制造；技术服务、技术开发，货物进出口(除许可业务外) 锂离子电池制造;ＮＣＭ811正极材料。';
    const whole = Jieba.withDict(dict)
      .cutForSearch(normalise(text), false)
      .filter((t) => t.length >= 2 && /[\p{Script=Han}a-z]/u.test(t));
    const tokenizer = createTokenizer([]);
    expect(tokenizer.tokens(text)).toEqual(whole);
    expect(tokenizer.tokens(text)).toEqual(whole);
  });
});
