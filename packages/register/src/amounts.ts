import type { CompanySize } from '@atlas/domain';

/**
 * Cell parsers for the register's numbers, which registers write as text: "5000万元人民币", "100-499人",
 * "2015年3月12日". Each returns the value or a reason; `null` means an empty (or explicitly unknown) cell.
 */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; reason: string };

const UNKNOWN = new Set(['', '-', '--', '—', '/', '无', '未知', '不详', '暂无', 'null', 'n/a', 'na']);
const isUnknown = (text: string) => UNKNOWN.has(text.toLowerCase());
const clean = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').replaceAll(',', '');

/**
 * Foreign-currency capital is converted to 万元 人民币 at these fixed reference rates (CNY per unit, about the 2024
 * averages): registered capital only feeds the size band, where a few per cent do not matter, and a fixed table
 * keeps the import reproducible. The original currency is kept beside the amount (`registeredCapitalCurrency`).
 */
export const CNY_PER_UNIT: Readonly<Record<string, number>> = {
  CNY: 1,
  USD: 7.1,
  EUR: 7.7,
  HKD: 0.91,
  JPY: 0.047,
  GBP: 9.0,
  TWD: 0.22,
  SGD: 5.3,
  CHF: 8.1,
  KRW: 0.0052,
  AUD: 4.7,
  CAD: 5.2,
};

const CURRENCY_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/美元|usd|us\$/i, 'USD'],
  [/欧元|eur/i, 'EUR'],
  [/港元|港币|hkd/i, 'HKD'],
  [/日元|jpy/i, 'JPY'],
  [/英镑|gbp/i, 'GBP'],
  [/新台币|台币|twd/i, 'TWD'],
  [/新加坡元|sgd/i, 'SGD'],
  [/瑞士法郎|chf/i, 'CHF'],
  [/韩元|krw/i, 'KRW'],
  [/澳元|aud/i, 'AUD'],
  [/加元|cad/i, 'CAD'],
  // Last: "美元" also ends in 元.
  [/^(元)?(人民币|rmb|cny)$/i, 'CNY'],
];

export interface Capital {
  /** In 万元 人民币 (converted when foreign). */
  wan: number;
  currency: string;
}

/** "5000万元人民币" → 5000; "1.2亿元" → 12000; "500万美元" → 3550 (USD at 7.1); a plain number is 万元. */
export function parseCapital(raw: string): Parsed<Capital> {
  const text = clean(raw);
  if (isUnknown(text)) return { ok: true, value: null };
  const match = /^(\d+(?:\.\d+)?)(亿|万|千|百)?(.*)$/.exec(text.replace(/[()（）]/g, ''));
  if (!match) return { ok: false, reason: `not an amount: "${raw.trim()}" (e.g. 5000万元人民币, 500万美元, 5000)` };
  const amount = Number(match[1]);
  const unit = match[2];
  const rest = match[3] ?? '';
  let currency = 'CNY';
  if (rest !== '' && rest !== '元') {
    const found = CURRENCY_WORDS.find(([pattern]) => pattern.test(rest));
    if (!found) return { ok: false, reason: `unknown currency "${rest}" (人民币, 美元, 欧元, 港元, 日元…)` };
    currency = found[1];
  }
  // A bare number is already 万元 (the register's usual column unit); with a currency but no 万/亿 it is in units.
  const UNIT_IN_WAN: Record<string, number> = { 亿: 10_000, 万: 1, 千: 0.1, 百: 0.01 };
  const scaled = unit ? amount * (UNIT_IN_WAN[unit] ?? 1) : rest === '' ? amount : amount / 10_000;
  const wan = scaled * (CNY_PER_UNIT[currency] ?? 1);
  return { ok: true, value: { wan: Math.round(wan * 10_000) / 10_000, currency } };
}

/**
 * "100-499人" → 299 (a range counts as its midpoint, rounded down), "50人以下" → 24 (0–49), "1000人以上" → 1000,
 * "120" → 120. The size band reads the same number.
 */
export function parseEmployees(raw: string): Parsed<number> {
  const text = clean(raw).replace(/^约/, '');
  if (isUnknown(text)) return { ok: true, value: null };
  const bad = { ok: false, reason: `not a head count: "${raw.trim()}" (e.g. 120, 100-499人, 50人以下)` } as const;
  const range = /^(\d+)[-~至到—–](\d+)人?$/.exec(text);
  if (range) {
    const [low, high] = [Number(range[1]), Number(range[2])];
    return low <= high ? { ok: true, value: Math.floor((low + high) / 2) } : bad;
  }
  const below = /^(?:少于|小于|不足)?(\d+)人?(以下|以内|及以下)?$/.exec(text);
  if (below?.[2] || /^(少于|小于|不足)/.test(text)) {
    const n = Number(/\d+/.exec(text)?.[0]);
    return Number.isFinite(n) ? { ok: true, value: Math.floor(Math.max(0, n - 1) / 2) } : bad;
  }
  const above = /^(?:多于|大于|超过)?(\d+)人?(以上|及以上)?$/.exec(text);
  if (above) return { ok: true, value: Number(above[1]) };
  return bad;
}

/** Excel counts days from 1899-12-30; a serial between these is a date of 1927–2119, not a year. */
const EXCEL_SERIAL = { min: 10_000, max: 80_000 };

/** "2015-03-12", "2015/3/12", "2015年3月12日", "2015", an Excel date serial (42075) → the year. */
export function parseFoundedYear(raw: string, now = new Date()): Parsed<number> {
  const text = clean(raw);
  if (isUnknown(text)) return { ok: true, value: null };
  let year: number | undefined;
  const dated = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?(?:T.*)?$/.exec(text);
  if (dated) year = Number(dated[1]);
  else if (/^\d{8}$/.test(text)) year = Number(text.slice(0, 4));
  else if (/^\d+(\.\d+)?$/.test(text)) {
    const serial = Number(text);
    if (serial >= EXCEL_SERIAL.min && serial <= EXCEL_SERIAL.max)
      year = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).getUTCFullYear();
  }
  if (year === undefined) return { ok: false, reason: `not a date or year: "${raw.trim()}" (e.g. 2015-03-12, 2015)` };
  if (year < 1800 || year > now.getUTCFullYear() + 1)
    return { ok: false, reason: `year ${year} is not plausible for a founding date` };
  return { ok: true, value: year };
}

const SIZE_WORDS: Readonly<Record<string, CompanySize>> = {
  大型: 'large',
  大型企业: 'large',
  大: 'large',
  large: 'large',
  中型: 'medium',
  中型企业: 'medium',
  中: 'medium',
  medium: 'medium',
  小型: 'small',
  小型企业: 'small',
  小: 'small',
  small: 'small',
  微型: 'micro',
  微型企业: 'micro',
  微: 'micro',
  micro: 'micro',
};

/** 大型/中型/小型/微型 (with or without 企业) or large/medium/small/micro. */
export function parseSize(raw: string): Parsed<CompanySize> {
  const text = clean(raw).toLowerCase();
  if (isUnknown(text)) return { ok: true, value: null };
  const size = SIZE_WORDS[text];
  return size
    ? { ok: true, value: size }
    : { ok: false, reason: `not a size: "${raw.trim()}" (大型, 中型, 小型, 微型 or large, medium, small, micro)` };
}
