import { createContext, useContext } from 'react';
import { en } from './en';
import { type MessageKey, zhCN } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function translate(locale: Locale, key: MessageKey): string {
  return MESSAGES[locale][key];
}

export const LocaleContext = createContext<{ locale: Locale; setLocale(locale: Locale): void }>({
  locale: 'zh-CN',
  setLocale: () => {},
});

/** `const t = useT(); t('app.title')` in components. */
export function useT(): (key: MessageKey) => string {
  const { locale } = useContext(LocaleContext);
  return (key) => translate(locale, key);
}

export type { MessageKey };
