import { err, ok, type Result } from '../control';

/**
 * What a user's CSV/XLSX columns mean for each import kind (docs/design.md §3.3, `data/templates/`). Cells arrive as text
 * (Excel and CSV both), so each column says how its text becomes a value before the zod row schema judges it.
 */
export const IMPORT_KINDS = ['companies', 'capabilities', 'supplies', 'certifications'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const isImportKind = (value: string): value is ImportKind => (IMPORT_KINDS as readonly string[]).includes(value);

export type CellType = 'text' | 'number' | 'boolean' | 'list';

export interface ColumnDef {
  /** The row-schema field, also the canonical header (as in the templates). */
  field: string;
  /** Other headers accepted for the same column, e.g. the Chinese label Excel users type. */
  aliases: readonly string[];
  type: CellType;
  required: boolean;
  /** Accepted spellings of enum values (lower-cased key → canonical value). */
  values?: Readonly<Record<string, string>>;
  upperCase?: boolean;
}

const col = (
  field: string,
  aliases: string[],
  type: CellType = 'text',
  extra: Partial<Omit<ColumnDef, 'field' | 'aliases' | 'type'>> = {},
): ColumnDef => ({ field, aliases, type, required: false, ...extra });
const required = { required: true } as const;

// Chinese spellings let a sheet typed by hand in Excel pass without renaming every cell.
const SIZE_VALUES = { 大型: 'large', 中型: 'medium', 小型: 'small', 微型: 'micro' };
// 已复核: an inferred attachment a person reviewed and accepted ('confirmed', the review queue of issue #13).
const SOURCE_VALUES = { 登记: 'registry', 调研: 'survey', 合同: 'contract', 推断: 'inferred', 已复核: 'confirmed' };

const source = col('source', ['来源'], 'text', { values: SOURCE_VALUES });
const confidence = col('confidence', ['置信度'], 'number');

export const IMPORT_COLUMNS: Readonly<Record<ImportKind, readonly ColumnDef[]>> = {
  companies: [
    col('id', ['企业编号'], 'text', required),
    col('uscc', ['统一社会信用代码'], 'text', { ...required, upperCase: true }),
    col('name', ['企业名称'], 'text', required),
    col('nameEn', ['英文名称']),
    col('size', ['企业规模'], 'text', { ...required, values: SIZE_VALUES }),
    col('chainLeader', ['链主企业'], 'boolean'),
    col('country', ['国家']),
    col('province', ['省份'], 'text', required),
    col('city', ['城市']),
    col('district', ['区县']),
    col('park', ['园区']),
    col('lat', ['纬度'], 'number'),
    col('lon', ['经度'], 'number'),
    col('founded', ['成立年份'], 'number'),
    col('employees', ['员工人数'], 'number'),
    col('creditScore', ['信用评分'], 'number'),
    source,
  ],
  capabilities: [
    col('companyId', ['企业编号'], 'text', required),
    col('segmentId', ['环节编号'], 'text', required),
    col('capacity', ['产能'], 'number'),
    col('products', ['产品'], 'list'),
    source,
    confidence,
  ],
  supplies: [
    col('supplierId', ['供应商编号'], 'text', required),
    col('buyerId', ['采购方编号'], 'text', required),
    col('segmentId', ['环节编号'], 'text', required),
    col('annualValue', ['年供货额'], 'number', required),
    col('since', ['起始年份'], 'number'),
    source,
    confidence,
  ],
  certifications: [col('companyId', ['企业编号'], 'text', required), col('certification', ['认证'], 'text', required)],
};

/** Turns one cell's text into the value the row schema expects; `undefined` means "empty, use the default". */
export function coerceCell(column: ColumnDef, raw: string): Result<unknown, string> {
  const text = raw.trim();
  if (text === '') return ok(undefined);
  switch (column.type) {
    case 'text':
      return ok(column.values ? enumValue(column.values, text) : column.upperCase ? text.toUpperCase() : text);
    case 'number':
      return parseNumber(text);
    case 'boolean':
      return parseBoolean(text);
    case 'list':
      return ok(
        text
          .split(/[;；]/)
          .map((item) => item.trim())
          .filter((item) => item !== ''),
      );
  }
}

function enumValue(values: Readonly<Record<string, string>>, text: string): string {
  const lower = text.toLowerCase();
  return values[lower] ?? lower;
}

// Plain decimals and Excel's thousands separators ("1,234.5"); not hex, not "Infinity", not "1e".
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

function parseNumber(text: string): Result<number, string> {
  const plain = GROUPED.test(text) ? text.replaceAll(',', '') : text;
  return NUMBER.test(plain) ? ok(Number(plain)) : err(`not a number: "${text}"`);
}

const TRUE = new Set(['是', 'true', '1', 'yes', 'y']);
const FALSE = new Set(['否', 'false', '0', 'no', 'n']);

function parseBoolean(text: string): Result<boolean, string> {
  const lower = text.toLowerCase();
  if (TRUE.has(lower)) return ok(true);
  if (FALSE.has(lower)) return ok(false);
  return err(`not a yes/no value: "${text}" (use 是/否, true/false or 1/0)`);
}

/** Which column each header cell names, and the header text the user wrote for each field (for messages). */
export interface HeaderMap {
  kind: ImportKind;
  /** By cell index: the column it holds, or undefined for a column we do not know (ignored). */
  columns: (ColumnDef | undefined)[];
  labels: Record<string, string>;
  ignored: string[];
}

const normalizeHeader = (header: string) => header.trim().replace(/\s+/g, '').toLowerCase();

/** Matches header cells to columns (case and spaces do not matter); fails naming missing or repeated columns. */
export function resolveHeader(kind: ImportKind, headers: readonly string[]): Result<HeaderMap, string> {
  const byName = new Map<string, ColumnDef>();
  for (const column of IMPORT_COLUMNS[kind])
    for (const name of [column.field, ...column.aliases]) byName.set(normalizeHeader(name), column);
  const map: HeaderMap = { kind, columns: [], labels: {}, ignored: [] };
  const problems: string[] = [];
  for (const header of headers) {
    const column = byName.get(normalizeHeader(header));
    map.columns.push(column);
    if (!column) {
      if (header.trim() !== '') map.ignored.push(header.trim());
      continue;
    }
    const earlier = map.labels[column.field];
    if (earlier !== undefined) problems.push(`columns "${earlier}" and "${header.trim()}" both mean ${column.field}`);
    else map.labels[column.field] = header.trim();
  }
  const missing = IMPORT_COLUMNS[kind].filter((c) => c.required && map.labels[c.field] === undefined);
  if (missing.length > 0)
    problems.unshift(
      `missing required column${missing.length > 1 ? 's' : ''}: ${missing.map((c) => c.field).join(', ')}`,
    );
  return problems.length > 0 ? err(problems.join('; ')) : ok(map);
}
