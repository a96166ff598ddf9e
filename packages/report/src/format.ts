import { messages, type ReportLang } from './messages';

/** Shares as percentages with one decimal ("62.5%"): the KPI cards' numbers, as the tests read them back. */
export function percent(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return `${(value * 100).toFixed(1)}%`;
}

/** Scores and priorities in [0, 1] with three decimals. */
export function score(value: number): string {
  return value.toFixed(3);
}

/** Yuan, grouped; 万元 in Chinese, yuan in English. */
export function money(value: number, lang: ReportLang): string {
  if (lang === 'zh') return `${(value / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 1 })} 万元`;
  return `CNY ${Math.round(value).toLocaleString('en-US')}`;
}

/** The name in the report's language (English falls back to Chinese when a record has none). */
export function nameIn(record: { name: string; nameEn: string | null }, lang: ReportLang): string {
  return lang === 'en' && record.nameEn ? record.nameEn : record.name;
}

/** A code of the data (bottleneck, stage, factor) in words; unknown codes as they are. */
export function codeIn(code: string, lang: ReportLang): string {
  return messages(lang).codes[code] ?? code;
}
