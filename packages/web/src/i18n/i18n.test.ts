import { BOTTLENECKS } from '@atlas/domain';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { featureZhCN } from './featureMessages';
import { zhCN } from './zh-CN';

const MESSAGES = { 'zh-CN': { ...zhCN, ...featureZhCN }, en } as const;

describe('i18n', () => {
  it('has the same keys in every language and no empty text', () => {
    const [zh, en] = [MESSAGES['zh-CN'], MESSAGES.en];
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const text of [...Object.values(zh), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });

  it('names every bottleneck kind the industry data may use (KeyLink.bottleneck)', () => {
    const labels = MESSAGES['zh-CN'] as Record<string, string>;
    expect(BOTTLENECKS.filter((kind) => labels[`bottleneck.${kind}`] === undefined)).toEqual([]);
    expect(labels['bottleneck.import_dependency']).toBe('进口依赖');
  });

  it('is Chinese first', () => {
    expect(MESSAGES['zh-CN']['app.short']).toMatch(/[\u4e00-\u9fff]/);
  });
});
