import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ABSTAIN_BELOW, createClassifier, type RankingClassifier } from './classifier';
import { CONFIDENCE_WEIGHTS } from './confidence';
import { formatEvidence } from './evidence';
import type { Candidate } from './types';
import { readVocabulary } from './vocabulary';

// A three-leaf toy industry (fixtures/data/industries/toy): cathode, anode, industrial drones.
const root = fileURLToPath(new URL('./fixtures', import.meta.url));
let classifier: RankingClassifier;
beforeAll(() => {
  classifier = createClassifier(readVocabulary(root));
});

const factor = (c: Candidate | undefined, name: string) => c?.factors.find((f) => f.name === name)?.value;
const TAIL = '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';

describe('classifier', () => {
  it('attaches a firm whose products name a segment, with evidence by field and code', () => {
    const result = classifier.classify({
      name: '示例·上海华鑫新能源材料有限公司',
      businessScope: `一般项目：磷酸铁锂正极材料研发、生产、销售；货物进出口。${TAIL}`,
      products: '磷酸铁锂',
      industry: '电子专用材料制造',
    });
    const best = result.candidates[0];
    expect(result.abstainReason).toBeUndefined();
    expect(best?.segmentId).toBe('toy.cathode');
    expect(best?.industryId).toBe('toy');
    expect(best?.confidence).toBeGreaterThan(0.9);
    expect(best?.confidence).toBeLessThanOrEqual(1);
    expect(best?.evidence).toEqual([
      { field: 'products', terms: ['磷酸铁锂'] },
      { field: 'businessScope', terms: ['磷酸铁锂', '正极材料'] },
      { field: 'industry', terms: ['电子专用材料制造'], code: 'C3985' },
    ]);
    expect(formatEvidence(best?.evidence ?? [])).toBe(
      'products: 磷酸铁锂; businessScope: 磷酸铁锂, 正极材料; industry: 电子专用材料制造, C3985',
    );
  });

  it('explains its confidence: σ(Σ weight·value) over the listed factors', () => {
    const best = classifier.classify({ name: '示例', products: '人造石墨负极材料' }).candidates[0];
    expect(best?.segmentId).toBe('toy.anode');
    const z = (best?.factors ?? []).reduce((sum, f) => sum + f.value * (f.weight ?? 0), 0);
    expect(best?.confidence).toBeCloseTo(1 / (1 + Math.exp(-z)), 2);
    expect(best?.factors.map((f) => f.name)).toEqual(['bias', ...Object.keys(CONFIDENCE_WEIGHTS).slice(1)]);
  });

  it('abstains on a restaurant, naming the out-of-scope cues', () => {
    const result = classifier.classify({
      name: '示例·上海恒瑞餐饮管理有限公司',
      businessScope: `许可项目：餐饮服务；食品销售。一般项目：餐饮管理；日用百货销售。${TAIL}`,
      industry: 'H6210',
    });
    expect(result.candidates).toEqual([]);
    expect(result.abstainReason).toMatch(/餐饮服务/);
  });

  it('abstains when only a trader sells the product among ordinary goods', () => {
    const result = classifier.classify({
      name: '示例·上海博泰商贸有限公司',
      businessScope: '一般项目：磷酸铁锂销售；日用百货销售；五金产品零售',
    });
    expect(result.candidates).toEqual([]);
    expect(result.abstainReason).toMatch(/below/);
  });

  it('lets a negative word of the segment argue against it (recycling is not cathode making)', () => {
    const plain = classifier.classify({ name: '示例', businessScope: '正极材料生产' }).candidates[0];
    const recycler = classifier.classify({ name: '示例', businessScope: '正极材料回收' });
    expect(plain?.segmentId).toBe('toy.cathode');
    expect(factor(plain, 'negative')).toBe(0);
    expect(recycler.candidates.find((c) => c.segmentId === 'toy.cathode')).toBeUndefined();
  });

  it('counts a matching GB/T 4754 code as a factor: same class raises the confidence', () => {
    const text = { name: '示例', businessScope: '工业无人机制造' };
    const without = classifier.rank(text)[0];
    const withCode = classifier.rank({ ...text, industry: 'C3741' })[0];
    const elsewhere = classifier.rank({ ...text, industry: 'H6210' })[0];
    expect(factor(without, 'industryCode')).toBe(0);
    expect(factor(withCode, 'industryCode')).toBe(1);
    expect(factor(elsewhere, 'codeElsewhere')).toBe(1);
    expect(withCode?.confidence).toBeGreaterThan(without?.confidence ?? 1);
    expect(without?.confidence).toBeGreaterThan(elsewhere?.confidence ?? 1);
  });

  it('does not attach on an industry code alone, but ranks the segments of that code', () => {
    const text = { name: '示例·上海某公司', industry: 'C3091' };
    expect(classifier.classify(text).candidates).toEqual([]);
    const [best] = classifier.rank(text);
    expect(best?.segmentId).toBe('toy.anode');
    expect(best?.evidence).toEqual([{ field: 'industry', terms: ['石墨及碳素制品制造'], code: 'C3091' }]);
    expect(factor(best, 'industryCode')).toBe(1);
  });

  it('returns at most `top` candidates, best first, all above the display floor', () => {
    const text = { name: '示例', products: '正极材料、负极材料、工业无人机' };
    expect(classifier.classify(text, 1).candidates).toHaveLength(1);
    const all = classifier.classify(text).candidates;
    expect(all.length).toBeGreaterThan(1);
    expect(all.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]?.confidence).toBeGreaterThanOrEqual(all[i]?.confidence ?? 0);
    expect(all[0]?.confidence).toBeGreaterThanOrEqual(ABSTAIN_BELOW);
  });

  it('abstains on empty or unrelated text', () => {
    expect(classifier.classify({ name: '示例' }).candidates).toEqual([]);
    expect(classifier.classify({ name: '示例', businessScope: '组织文化艺术交流活动' }).abstainReason).toBeTruthy();
  });

  it('carries the vocabulary version', () => {
    expect(classifier.vocabularyVersion).toMatch(/^[0-9a-f]{12}$/);
  });
});
