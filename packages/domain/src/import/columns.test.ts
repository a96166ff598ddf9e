import { describe, expect, it } from 'vitest';
import {
  capabilityRowSchema,
  certificationRowSchema,
  companyRowSchema,
  SOURCES,
  supplyRowSchema,
} from '../enterprise/rows';
import { type ColumnDef, coerceCell, IMPORT_COLUMNS, resolveHeader } from './columns';

const column = (type: ColumnDef['type'], extra: Partial<ColumnDef> = {}): ColumnDef => ({
  field: 'f',
  aliases: [],
  type,
  required: false,
  ...extra,
});
const value = (def: ColumnDef, text: string) => {
  const result = coerceCell(def, text);
  return result.ok ? result.value : { error: result.error };
};

describe('import columns', () => {
  it('cover exactly the fields of each row schema a user may set', () => {
    // `synthetic` is the demo generator's mark; a user's own data never sets it.
    const shapes = {
      companies: Object.keys(companyRowSchema.shape).filter((k) => k !== 'synthetic'),
      capabilities: Object.keys(capabilityRowSchema.shape),
      supplies: Object.keys(supplyRowSchema.shape),
      certifications: Object.keys(certificationRowSchema.shape),
    };
    for (const [kind, fields] of Object.entries(shapes))
      expect(IMPORT_COLUMNS[kind as keyof typeof shapes].map((c) => c.field).sort()).toEqual(fields.sort());
  });

  it('read numbers, with Excel thousands separators, and refuse anything else', () => {
    const number = column('number');
    expect(value(number, ' 42 ')).toBe(42);
    expect(value(number, '-1.5')).toBe(-1.5);
    expect(value(number, '1,234.5')).toBe(1234.5);
    expect(value(number, '2e3')).toBe(2000);
    expect(value(number, '12a')).toEqual({ error: 'not a number: "12a"' });
    expect(value(number, '0x10')).toEqual({ error: 'not a number: "0x10"' });
    expect(value(number, '1,23')).toEqual({ error: 'not a number: "1,23"' });
    expect(value(number, '')).toBeUndefined();
  });

  it('read yes/no as 是/否, true/false and 1/0', () => {
    const flag = column('boolean');
    for (const yes of ['是', 'true', 'TRUE', '1']) expect(value(flag, yes)).toBe(true);
    for (const no of ['否', 'false', 'False', '0']) expect(value(flag, no)).toBe(false);
    expect(value(flag, '也许')).toEqual({ error: expect.stringMatching(/not a yes\/no value: "也许"/) });
  });

  it('split lists on ASCII and full-width semicolons, dropping blanks', () => {
    expect(value(column('list'), '磷酸铁锂; 三元；；NCM811 ')).toEqual(['磷酸铁锂', '三元', 'NCM811']);
  });

  it('spell every source a file may give in Chinese too, in every column that takes one', () => {
    const spellings = { 登记: 'registry', 调研: 'survey', 合同: 'contract', 推断: 'inferred', 已复核: 'confirmed' };
    // 'synthetic' marks the demo generator's own data; a file never says it.
    expect(Object.values(spellings).sort()).toEqual(SOURCES.filter((s) => s !== 'synthetic').sort());
    const columns = Object.values(IMPORT_COLUMNS).flatMap((kind) => kind.filter((c) => c.field === 'source'));
    expect(columns.length).toBeGreaterThan(0);
    for (const column of columns)
      for (const [chinese, source] of Object.entries(spellings)) {
        expect(value(column, chinese)).toBe(source);
        expect(value(column, source)).toBe(source);
      }
  });

  it('map Chinese enum spellings and upper-case USCCs', () => {
    const size = IMPORT_COLUMNS.companies.find((c) => c.field === 'size') as ColumnDef;
    expect(value(size, '中型')).toBe('medium');
    expect(value(size, 'Large')).toBe('large');
    const uscc = IMPORT_COLUMNS.companies.find((c) => c.field === 'uscc') as ColumnDef;
    expect(value(uscc, '91310116ma1fl2x3k3')).toBe('91310116MA1FL2X3K3');
  });

  it('match headers by field or Chinese label, ignoring case, spaces and unknown columns', () => {
    const header = resolveHeader('certifications', [' CompanyId ', '认证', '备注']);
    expect(header.ok && header.value.columns.map((c) => c?.field)).toEqual(['companyId', 'certification', undefined]);
    expect(header.ok && header.value.labels).toEqual({ companyId: 'CompanyId', certification: '认证' });
    expect(header.ok && header.value.ignored).toEqual(['备注']);
  });

  it('name every missing required column, and refuse a column given twice', () => {
    const missing = resolveHeader('supplies', ['supplierId', 'since']);
    expect(missing).toEqual({ ok: false, error: 'missing required columns: buyerId, segmentId, annualValue' });
    const twice = resolveHeader('certifications', ['companyId', '企业编号', 'certification']);
    expect(twice).toEqual({ ok: false, error: 'columns "companyId" and "企业编号" both mean companyId' });
  });
});
