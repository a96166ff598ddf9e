const CHAR_CJK = 12;
const CHAR_LATIN = 6.5;

/** Cuts text to roughly `width` px of 12 px type (`scale` for other sizes); CJK characters are about twice as wide as Latin ones. */
export function fit(text: string, width: number, scale = 1): string {
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    used += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(text[i] ?? '') ? CHAR_CJK * scale : CHAR_LATIN * scale;
    if (used > width) return `${text.slice(0, Math.max(1, i - 1))}…`;
  }
  return text;
}
