import { createContext, useContext, useMemo } from 'react';
import { en } from './en';
import { type MessageKey, zhCN } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };
export type Vars = Record<string, string | number>;

/** Looks a message up and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const text = MESSAGES[locale][key];
  return vars ? text.replace(/\{(\w+)\}/g, (all, name: string) => String(vars[name] ?? all)) : text;
}

/** For keys built from API values (factor names, statuses): the raw value when no message exists. */
export function translateDynamic(locale: Locale, key: string, fallback: string): string {
  return (MESSAGES[locale] as Record<string, string>)[key] ?? fallback;
}

export const LocaleContext = createContext<{ locale: Locale; setLocale(locale: Locale): void }>({
  locale: 'zh-CN',
  setLocale: () => {},
});

export type Translate = ((key: MessageKey, vars?: Vars) => string) & {
  /** `t.dyn('factor', 'localPull')` → the message `factor.localPull`, or the raw value. */
  dyn(prefix: string, value: string): string;
  /** A bilingual name from the API: `name` in Chinese, `nameEn` in English. */
  named(item: { name: string; nameEn?: string | null }): string;
  locale: Locale;
};

/** `const t = useT(); t('app.title')` in components. */
export function useT(): Translate {
  const { locale } = useContext(LocaleContext);
  return useMemo(() => makeTranslate(locale), [locale]);
}

export function makeTranslate(locale: Locale): Translate {
  const t = ((key: MessageKey, vars?: Vars) => translate(locale, key, vars)) as Translate;
  t.dyn = (prefix, value) => translateDynamic(locale, `${prefix}.${value}`, value);
  t.named = (item) => (locale === 'en' && item.nameEn ? item.nameEn : item.name);
  t.locale = locale;
  return t;
}

export function useLocale() {
  return useContext(LocaleContext);
}

export type { MessageKey };
