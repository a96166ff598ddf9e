import { describe, expect, it } from 'vitest';
import { checkVocabulary, vocabularyFileSchema } from './vocabulary';

const leaves = new Set(['icv.cathode', 'icv.anode']);
const entry = (keywords: string[], extra: Record<string, unknown> = {}) => ({ keywords, ...extra });

describe('vocabulary.yaml schema', () => {
  it('accepts the documented shape and fills the optional lists', () => {
    const file = vocabularyFileSchema.parse({
      segments: { 'icv.cathode': entry(['正极材料', '磷酸铁锂'], { synonyms: ['LFP'], gbCodes: ['C3985'] }) },
    });
    expect(file.segments['icv.cathode']).toEqual({
      keywords: ['正极材料', '磷酸铁锂'],
      synonyms: ['LFP'],
      negative: [],
      gbCodes: ['C3985'],
    });
  });

  it('refuses too few keywords, terms out of length, bad codes and unknown fields', () => {
    const bad = (segment: unknown) => vocabularyFileSchema.safeParse({ segments: { 'icv.cathode': segment } }).success;
    expect(bad(entry(['正极材料']))).toBe(false);
    expect(bad(entry(['正', '磷酸铁锂']))).toBe(false);
    expect(bad(entry(['正极材料', '磷'.repeat(25)]))).toBe(false);
    expect(bad(entry(['正极材料', 'membrane electrode assembly']))).toBe(true);
    expect(bad(entry(['正极材料', 'x'.repeat(41)]))).toBe(false);
    expect(bad(entry(['正极材料', '磷酸铁锂'], { gbCodes: ['3985'] }))).toBe(false);
    expect(bad(entry(['正极材料', '磷酸铁锂'], { weight: 2 }))).toBe(false);
    expect(bad(entry(['正极材料', '磷酸铁锂']))).toBe(true);
  });
});

describe('checkVocabulary', () => {
  it('passes a sound file', () => {
    const file = vocabularyFileSchema.parse({
      segments: { 'icv.cathode': entry(['正极材料', '磷酸铁锂']), 'icv.anode': entry(['负极材料', '人造石墨']) },
    });
    expect(checkVocabulary(file, leaves)).toEqual([]);
  });

  it('names missing leaves, unknown ids, generic words and repeats', () => {
    const file = vocabularyFileSchema.parse({
      segments: {
        'icv.cathode': entry(['正极材料', '材料', '正极材料'], { negative: ['磷酸铁锂回收'], synonyms: ['生产'] }),
        'icv.battery-materials': entry(['电池材料', '锂电材料']),
      },
    });
    expect(checkVocabulary(file, leaves)).toEqual([
      'icv.anode: leaf segment has no vocabulary entry',
      'icv.cathode: "材料" is too generic to be evidence alone',
      'icv.cathode: "生产" is too generic to be evidence alone',
      'icv.cathode: "正极材料" is listed more than once',
      'icv.battery-materials: not a leaf segment of this industry',
    ]);
  });
});
