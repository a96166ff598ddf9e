import { REFUSAL_REASONS, REFUSALS } from '@atlas/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFeatureMessages, loadMessages, makeTranslate } from '../i18n';
import { en } from '../i18n/en';
import { featureZhCN } from '../i18n/featureMessages';
import { ApiError } from './client';
import { errorText } from './errorText';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('server refusals in the reader’s language', () => {
  beforeAll(async () => {
    await Promise.all([loadFeatureMessages(), loadMessages('en')]);
  });

  it('has a Chinese and an English message for every reason the API can send, naming exactly its params', () => {
    const zh = featureZhCN as Record<string, string>;
    const english = en as Record<string, string>;
    expect(REFUSAL_REASONS.length).toBeGreaterThan(40);
    for (const reason of REFUSAL_REASONS) {
      const key = `serverError.${reason}`;
      const params = Object.keys(REFUSALS[reason]).sort();
      expect(zh[key], key).toMatch(/[\u4e00-\u9fff]/);
      expect(english[key], key).toBeTruthy();
      expect(placeholders(zh[key] ?? ''), key).toEqual(params);
      expect(placeholders(english[key] ?? ''), key).toEqual(params);
    }
  });

  it('fills in the params, showing codes as their labels', () => {
    const refused = new ApiError(
      'an interest at LOST cannot move to QUOTED',
      'BAD_USER_INPUT',
      'OUTCOME_MOVE_REFUSED',
      {
        from: 'LOST',
        to: 'QUOTED',
      },
    );
    expect(errorText(makeTranslate('zh-CN'), refused)).toBe('意向不能从“未成交”推进到“已报价”。');
    expect(errorText(makeTranslate('en'), refused)).toBe('An interest at “Lost” cannot move to “Quoted”.');
    const full = new ApiError('…', 'BAD_USER_INPUT', 'MEETING_CAP_REACHED', { firm: '金山示范', cap: 3 });
    expect(errorText(makeTranslate('zh-CN'), full)).toBe('金山示范 已达到 3 场洽谈的上限。');
  });

  it('falls back to the server’s message for an unknown or missing reason', () => {
    const t = makeTranslate('zh-CN');
    expect(errorText(t, new ApiError('something new', 'BAD_USER_INPUT', 'NOT_A_REASON_YET', {}))).toBe('something new');
    expect(errorText(t, new ApiError('title: required', 'BAD_USER_INPUT'))).toBe('title: required');
    expect(errorText(t, new ApiError('hasOwnProperty', 'BAD_USER_INPUT', 'hasOwnProperty'))).toBe('hasOwnProperty');
  });
});
