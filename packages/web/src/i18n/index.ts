import { createContext, useContext, useMemo } from 'react';
import { type MessageKey, zhCN } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
type Messages = Record<MessageKey, string>;

/**
 * zh-CN's core ships with the page and its features' messages come with the first lazy page
 * (`loadFeatureMessages`); English is fetched when chosen (`loadMessages`). Both stay out of the first load.
 */
const chinese = { ...zhCN } as Messages;
const MESSAGES: Partial<Record<Locale, Messages>> = { 'zh-CN': chinese };

/** Makes a locale's messages available; switch to the locale once this resolves. */
export async function loadMessages(locale: Locale): Promise<void> {
  if (!MESSAGES[locale]) MESSAGES[locale] = (await import('./en')).en;
}

let features: Promise<void> | undefined;
/** The features' Chinese messages; every lazily loaded page and menu waits for them (App.tsx `lazyWithMessages`). */
export function loadFeatureMessages(): Promise<void> {
  features ??= import('./featureMessages').then(({ featureZhCN }) => {
    Object.assign(chinese, featureZhCN);
  });
  return features;
}

/** A locale not loaded yet reads as zh-CN, the product's first language. */
const messagesOf = (locale: Locale): Messages => MESSAGES[locale] ?? chinese;
export type Vars = Record<string, string | number>;

/** Looks a message up and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  // A key whose messages are not loaded yet reads as itself rather than breaking the page.
  const text = messagesOf(locale)[key] ?? key;
  return vars ? text.replace(/\{(\w+)\}/g, (all, name: string) => String(vars[name] ?? all)) : text;
}

/** For keys built from API values (factor names, statuses): the raw value when no message exists. */
export function translateDynamic(locale: Locale, key: string, fallback: string): string {
  return (messagesOf(locale) as Record<string, string>)[key] ?? fallback;
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

/** `React.lazy` for a page or menu that may use the features' messages: both load before it renders. */
export function lazyWithMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadFeatureMessages()]).then(([module]) => module);
}
