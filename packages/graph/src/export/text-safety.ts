/**
 * Spreadsheet cells that start like a formula are neutralised, so opening an export never runs code: `=`, `+`,
 * `-`, `@` and their full-width forms (＝＋－＠, which Excel and WPS also read as formula starts), also after
 * leading spaces (ASCII or ideographic), and tab or carriage return.
 */
export function neutralise(value: unknown): string | number | boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const FORMULA_START = /^[ \u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/;

/**
 * Characters XML 1.0 cannot carry (C0 controls but tab, newline and return; DEL; lone surrogates; U+FFFE/FFFF):
 * a name holding one would make GraphML/GEXF files other tools refuse, so they are dropped from XML exports.
 */
const XML_INVALID =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '');
}
