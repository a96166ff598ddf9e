/**
 * GB/T 4754-2017 (国民经济行业分类) codes and names, so a register's 所属行业 given as a name ("电子专用材料制造")
 * or as a bare number ("3985") resolves to the class code the chain uses (C3985). The table is reference data:
 * data/reference/gb4754-2017.csv, see data/reference/README.md for source and licence.
 */
export interface IndustryCodes {
  /** code → name */
  names: ReadonlyMap<string, string>;
  /** The code a register value names, or undefined when it names none we know. */
  resolve(value: string): string | undefined;
}

const CODE = /^([A-Ta-t])?\s*(\d{2,4})$/;

export function parseIndustryCodes(csv: string): IndustryCodes {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift()?.split(',') ?? [];
  if (header[0] !== 'code' || header[1] !== 'name') throw new Error('header must start with "code,name"');
  const names = new Map<string, string>();
  const byName = new Map<string, string>();
  const byDigits = new Map<string, string>();
  lines.forEach((line, i) => {
    const [code = '', name = ''] = line.split(',');
    if (!/^[A-T](\d{2}|\d{3}|\d{4})$/.test(code)) throw new Error(`line ${i + 2}: "${code}" is not a GB/T 4754 code`);
    if (!name.trim()) throw new Error(`line ${i + 2}: code ${code} has no name`);
    names.set(code, name.trim());
    byName.set(compact(name), code);
    byDigits.set(code.slice(1), code);
  });
  return {
    names,
    resolve(value) {
      const text = compact(value);
      if (!text) return undefined;
      // "C3985", "3985", "C 3985"; then "C3985电子专用材料制造"; then the name alone.
      const exact = CODE.exec(text);
      if (exact) return codeOf(exact[1], exact[2] as string, byDigits);
      const leading = /^([a-t])?(\d{2,4})/i.exec(text);
      if (leading) return codeOf(leading[1], leading[2] as string, byDigits);
      return byName.get(text) ?? byName.get(text.replace(/业$/, '')) ?? byName.get(`${text}业`);
    },
  };
}

/** A known code from letter and digits; the letter is implied by the digits (divisions are unique across sections). */
function codeOf(letter: string | undefined, digits: string, byDigits: Map<string, string>): string | undefined {
  const known = byDigits.get(digits);
  if (known) return known;
  // Not in our table but well-formed: keep it (it can still match a chain code by prefix, or argue against all).
  return letter ? `${letter.toUpperCase()}${digits}` : undefined;
}

function compact(value: string): string {
  return value.normalize('NFKC').replace(/[\s()（）]/g, '');
}

/**
 * How closely a register's code meets a segment's: same class 1, same group (3 digits) 0.4, same division 0.2.
 * A sibling class is weak evidence (C2927 日用塑料制品 is not C2921 塑料薄膜).
 */
export function codeAffinity(registerCode: string, segmentCode: string): number {
  if (registerCode === segmentCode) return 1;
  const shorter = Math.min(registerCode.length, segmentCode.length);
  if (shorter >= 4 && registerCode.slice(0, 4) === segmentCode.slice(0, 4)) return 0.4;
  if (shorter >= 3 && registerCode.slice(0, 3) === segmentCode.slice(0, 3)) return 0.2;
  return 0;
}

/**
 * Sections where a class code says what a firm makes or develops (C manufacturing, D energy, I software and IT,
 * M research and testing). Elsewhere (finance, education, transport, trade…) the chain's code is a sector most of
 * whose firms serve everyone — a bank under J6820 is not a low-altitude insurer — so a match counts half.
 */
export const SPECIFIC_SECTIONS: ReadonlySet<string> = new Set(['C', 'D', 'I', 'M']);

export function codeSpecificity(code: string): number {
  return SPECIFIC_SECTIONS.has(code.charAt(0)) ? 1 : 0.5;
}
