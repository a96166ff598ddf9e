import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { loadFeatureMessages, loadMessages, makeTranslate } from '../i18n';
import { signInErrorText } from './signInErrorText';

// What the sign-in dialog prints: login-limiter.ts refuses a locked account with LOGIN_LOCKED and { minutes }.
const locked = new ApiError(
  'too many failed sign-ins for this username or from this address; try again in 15 min',
  'TOO_MANY_REQUESTS',
  'LOGIN_LOCKED',
  { minutes: 15 },
);

describe('signInErrorText', () => {
  beforeAll(async () => {
    await Promise.all([loadFeatureMessages(), loadMessages('en')]);
  });

  it('tells a locked-out user how many minutes to wait, in both languages', () => {
    expect(signInErrorText(makeTranslate('zh-CN'), locked)).toBe('登录失败次数过多，请 15 分钟后再试。');
    expect(signInErrorText(makeTranslate('en'), locked)).toBe('Too many failed sign-ins: try again in 15 min.');
  });

  it('words a wrong password by its refusal, and an error without one by its code', () => {
    const wrong = new ApiError('wrong username or password', 'UNAUTHENTICATED', 'LOGIN_FAILED', {});
    expect(signInErrorText(makeTranslate('zh-CN'), wrong)).toBe('用户名或密码不正确。');
    const offline = new ApiError('Failed to fetch', 'NETWORK');
    expect(signInErrorText(makeTranslate('zh-CN'), offline)).toBe('无法连接服务器');
    expect(signInErrorText(makeTranslate('en'), offline)).toBe('Cannot reach the server');
  });
});
