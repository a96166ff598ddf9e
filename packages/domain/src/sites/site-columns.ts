import { err, ok, type Result } from '../control';
import { type ColumnDef, coerceCell } from '../import/columns';
import { extraCellsProblem, type ImportProblem } from '../import/validate';
import { parkIdOf, type SiteRow, siteCrossFieldProblem, siteRowSchema } from './site';

/**
 * The columns of `data/templates/sites.csv` (docs/sites.md) and the whole-file validation of `atlas import sites`:
 * headers in Chinese or English, cells typed as the other imports type them (import/columns.ts), every problem
 * located as `line` + the header the user wrote.
 */
const col = (field: keyof SiteRow, aliases: string[], type: ColumnDef['type'], extra: Partial<ColumnDef> = {}) =>
  ({ field, aliases, type, required: false, ...extra }) satisfies ColumnDef;

const KIND_VALUES = {
  plot: 'PLOT',
  floor: 'FLOOR',
  building: 'BUILDING',
  地块: 'PLOT',
  土地: 'PLOT',
  楼层: 'FLOOR',
  标准厂房楼层: 'FLOOR',
  厂房楼层: 'FLOOR',
  独栋厂房: 'BUILDING',
  整栋厂房: 'BUILDING',
  厂房: 'BUILDING',
};
const USE_VALUES = {
  m0: 'M0',
  m1: 'M1',
  m2: 'M2',
  m3: 'M3',
  w: 'W',
  研发: 'M0',
  一类工业: 'M1',
  二类工业: 'M2',
  三类工业: 'M3',
  仓储: 'W',
};
const AVAILABILITY_VALUES = {
  available: 'AVAILABLE',
  reserved: 'RESERVED',
  taken: 'TAKEN',
  可用: 'AVAILABLE',
  可供: 'AVAILABLE',
  已预留: 'RESERVED',
  预留: 'RESERVED',
  已出让: 'TAKEN',
  已出租: 'TAKEN',
  已占用: 'TAKEN',
};

export const SITE_COLUMNS: readonly ColumnDef[] = [
  col('id', ['编号', '地块编号'], 'text', { required: true }),
  col('name', ['名称', '地块名称'], 'text', { required: true }),
  col('parkId', ['园区', 'park'], 'text', { required: true }),
  col('kind', ['类型'], 'text', { required: true, values: KIND_VALUES }),
  col('area', ['面积', '面积(m²)', '面积（m²）', '面积(平方米)'], 'number', { required: true }),
  col('use', ['用地性质', '用途'], 'text', { required: true, values: USE_VALUES }),
  col('floorLevel', ['楼层'], 'number'),
  col('floorLoading', ['楼面荷载', '楼面荷载(kN/m²)', '楼面荷载（kN/m²）'], 'number'),
  col('energyQuota', ['能耗指标', '能耗指标(吨标煤/年)', '能耗指标（吨标煤/年）'], 'number'),
  col('vocsQuota', ['VOCs排放指标', 'VOCs指标', 'VOCs排放指标(吨/年)', 'VOCs排放指标（吨/年）'], 'number'),
  col('availability', ['状态', '供应状态'], 'text', { required: true, values: AVAILABILITY_VALUES }),
  col('availableFrom', ['可用日期', '可交付日期'], 'text'),
  col('landPrice', ['出让价', '出让价(万元/亩)', '出让价（万元/亩）'], 'number'),
  col('rent', ['租金', '租金(元/m²·天)', '租金（元/m²·天）'], 'number'),
  col('synthetic', ['示例数据'], 'boolean'),
];

export interface SiteHeader {
  /** By cell index: the column it holds, or undefined for one we do not know (ignored, with a note). */
  columns: (ColumnDef | undefined)[];
  labels: Record<string, string>;
  ignored: string[];
}

const normalize = (header: string) => header.trim().replace(/\s+/g, '').toLowerCase();

/** Matches header cells to columns (case and spaces do not matter); fails naming missing or repeated columns. */
export function resolveSiteHeader(cells: readonly string[]): Result<SiteHeader, string> {
  const byName = new Map<string, ColumnDef>();
  for (const column of SITE_COLUMNS)
    for (const name of [column.field, ...column.aliases]) byName.set(normalize(name), column);
  const header: SiteHeader = { columns: [], labels: {}, ignored: [] };
  const problems: string[] = [];
  for (const cell of cells) {
    const column = byName.get(normalize(cell));
    header.columns.push(column);
    if (!column) {
      if (cell.trim() !== '') header.ignored.push(cell.trim());
      continue;
    }
    const earlier = header.labels[column.field];
    if (earlier !== undefined) problems.push(`columns "${earlier}" and "${cell.trim()}" both mean ${column.field}`);
    else header.labels[column.field] = cell.trim();
  }
  const missing = SITE_COLUMNS.filter((c) => c.required && header.labels[c.field] === undefined).map((c) => c.field);
  if (missing.length > 0)
    problems.unshift(`missing required column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  return problems.length > 0 ? err(problems.join('; ')) : ok(header);
}

export interface SiteValidation {
  valid: { line: number; row: SiteRow }[];
  problems: ImportProblem[];
}

/**
 * Validates a whole file's data rows (sites files are small: hundreds of rows). A row with any problem is not
 * valid; ids must be unique in the file. Problems are sorted by line.
 */
export function validateSiteRows(
  header: SiteHeader,
  rows: readonly { line: number; cells: readonly string[] }[],
): SiteValidation {
  const out: SiteValidation = { valid: [], problems: [] };
  const label = (field: string) => header.labels[field] ?? field;
  const firstLine = new Map<string, number>();
  for (const { line, cells } of rows) {
    const problems: ImportProblem[] = [];
    const problem = (field: string, reason: string) => problems.push({ line, column: label(field), reason });
    const extra = extraCellsProblem(header.columns.length, line, cells);
    if (extra) {
      out.problems.push(extra);
      continue;
    }
    const text: Record<string, string> = {};
    header.columns.forEach((column, index) => {
      if (column) text[column.field] = cells[index] ?? '';
    });
    const input: Record<string, unknown> = {};
    for (const column of SITE_COLUMNS) {
      const raw = text[column.field] ?? '';
      if (column.required && raw.trim() === '') {
        problem(column.field, 'required, must not be empty');
        continue;
      }
      const value = coerceCell(column, raw);
      if (!value.ok) problem(column.field, value.error);
      else if (value.value !== undefined) input[column.field] = value.value;
    }
    if (typeof input.parkId === 'string') {
      const parkId = parkIdOf(input.parkId);
      if (parkId) input.parkId = parkId;
      else problem('parkId', `unknown park "${input.parkId}"; use a Jinshan park's name or id (docs/sites.md)`);
    }
    if (typeof input.kind === 'string') input.kind = input.kind.toUpperCase();
    if (typeof input.use === 'string') input.use = input.use.toUpperCase();
    if (typeof input.availability === 'string') input.availability = input.availability.toUpperCase();
    const id = (text.id ?? '').trim();
    if (id !== '') {
      const first = firstLine.get(id);
      if (first !== undefined) problem('id', `duplicate "${id}", first on line ${first}`);
      else firstLine.set(id, line);
    }
    if (problems.length === 0) {
      const parsed = siteRowSchema.safeParse(input);
      if (!parsed.success)
        for (const issue of parsed.error.issues) problem(String(issue.path[0] ?? '(row)'), issue.message);
      else {
        const cross = siteCrossFieldProblem(parsed.data);
        if (cross) problem(cross.field, cross.reason);
        else out.valid.push({ line, row: parsed.data });
      }
    }
    out.problems.push(...problems);
  }
  out.problems.sort((a, b) => a.line - b.line);
  return out;
}
