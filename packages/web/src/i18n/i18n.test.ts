import { describe, expect, it } from 'vitest';
import { MESSAGES } from './index';

describe('i18n', () => {
  it('has the same keys in every language and no empty text', () => {
    const [zh, en] = [MESSAGES['zh-CN'], MESSAGES.en];
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const text of [...Object.values(zh), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });

  it('is Chinese first', () => {
    expect(MESSAGES['zh-CN']['app.short']).toMatch(/[\u4e00-\u9fff]/);
  });
});
