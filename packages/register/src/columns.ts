/**
 * The columns of a district's enterprise register export (企业挂链, issue #13), by field, with the headers registers
 * actually use. Headers may be Chinese or English, in any order; case and spaces do not matter; unknown columns are
 * ignored (and listed). Only 企业名称 and 统一社会信用代码 are required.
 */
export const REGISTER_FIELDS = [
  'id',
  'name',
  'uscc',
  'businessScope',
  'products',
  'industry',
  'address',
  'founded',
  'registeredCapital',
  'employees',
  'size',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

export interface RegisterColumn {
  field: RegisterField;
  /** The header of data/templates/register.csv. */
  label: string;
  aliases: readonly string[];
  required: boolean;
}

const column = (field: RegisterField, label: string, aliases: string[], required = false): RegisterColumn => ({
  field,
  label,
  aliases,
  required,
});

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  column('name', '企业名称', ['公司名称', '名称', '企业(机构)名称', 'companyName'], true),
  column('uscc', '统一社会信用代码', ['社会信用代码', '信用代码', '统一代码', 'creditCode'], true),
  column('businessScope', '经营范围', ['scope']),
  column('products', '主营产品', ['主要产品', '产品', '主营业务', 'mainProducts']),
  column('industry', '所属行业', ['行业', '国民经济行业', '行业代码', '行业门类', 'industryCode']),
  column('address', '注册地址', ['住所', '地址', '企业地址', '注册地', 'registeredAddress']),
  column('founded', '成立日期', ['成立时间', '成立年份', '注册日期', 'foundedDate', 'establishedDate']),
  column('registeredCapital', '注册资本', ['注册资金', 'capital']),
  column('employees', '人员规模', ['从业人数', '员工人数', '参保人数', '职工人数', 'staff']),
  column('size', '企业规模', ['规模', 'companySize']),
  column('id', '企业编号', ['编号']),
];

/** Which field each header cell names, and the header the user wrote for each field (for messages). */
export interface RegisterHeader {
  /** By cell index: the field, or undefined for a column we do not know. */
  fields: (RegisterField | undefined)[];
  labels: Partial<Record<RegisterField, string>>;
  ignored: string[];
}

const normalize = (header: string) =>
  header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .toLowerCase();

const BY_NAME: ReadonlyMap<string, RegisterColumn> = new Map(
  REGISTER_COLUMNS.flatMap((c) => [c.field, c.label, ...c.aliases].map((name) => [normalize(name), c] as const)),
);

/** What the import needs; `atlas classify` needs only the name (and some text, which it checks itself). */
const IMPORT_REQUIRED: readonly RegisterField[] = REGISTER_COLUMNS.filter((c) => c.required).map((c) => c.field);

/** Matches a header row to register fields; fails naming missing or repeated columns. */
export function resolveRegisterHeader(
  headers: readonly string[],
  required: readonly RegisterField[] = IMPORT_REQUIRED,
): { ok: true; value: RegisterHeader } | { ok: false; error: string } {
  const header: RegisterHeader = { fields: [], labels: {}, ignored: [] };
  const problems: string[] = [];
  for (const cell of headers) {
    const known = BY_NAME.get(normalize(cell));
    header.fields.push(known?.field);
    if (!known) {
      if (cell.trim() !== '') header.ignored.push(cell.trim());
      continue;
    }
    const earlier = header.labels[known.field];
    if (earlier !== undefined) problems.push(`columns "${earlier}" and "${cell.trim()}" both mean ${known.field}`);
    else header.labels[known.field] = cell.trim();
  }
  const missing = REGISTER_COLUMNS.filter((c) => required.includes(c.field) && header.labels[c.field] === undefined);
  if (missing.length > 0)
    problems.unshift(`missing required column(s): ${missing.map((c) => `${c.label} (${c.field})`).join(', ')}`);
  return problems.length > 0 ? { ok: false, error: problems.join('; ') } : { ok: true, value: header };
}

/** A data row as cell text by field; cells beyond the header are the caller's problem. */
export function cellsByField(header: RegisterHeader, cells: readonly string[]): Partial<Record<RegisterField, string>> {
  const out: Partial<Record<RegisterField, string>> = {};
  header.fields.forEach((field, i) => {
    if (field) out[field] = cells[i] ?? '';
  });
  return out;
}
