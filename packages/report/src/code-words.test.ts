import { describe, expect, it } from 'vitest';
import { codeWords } from './code-words';

// The words the report printed before it read them from CODE_LABELS: a change to the shared map shows here.
describe('codeWords', () => {
  it('prints the Chinese step and status words as the domain labels them', () => {
    const { steps, statuses } = codeWords('zh');
    expect(steps).toMatchObject({
      INTERESTED: '有意向',
      CONTACTED: '已联系',
      QUOTED: '已报价',
      CONTRACTED: '已签约',
      DELIVERED: '已交付',
    });
    expect(statuses).toEqual({ MISSING: '缺失', WEAK: '薄弱', STRONG: '优势' });
  });

  it('capitalises the English words, which stand alone in table cells', () => {
    const { steps, statuses } = codeWords('en');
    expect(steps).toMatchObject({
      INTERESTED: 'Interested',
      CONTACTED: 'Contacted',
      QUOTED: 'Quoted',
      CONTRACTED: 'Contracted',
      DELIVERED: 'Delivered',
    });
    expect(statuses).toEqual({ MISSING: 'Missing', WEAK: 'Weak', STRONG: 'Strong' });
  });
});
