import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REGISTER_COLUMNS, RegisterValidator, resolveRegisterHeader } from '@atlas/register';
import { describe, expect, it } from 'vitest';
import { readTable } from './table';

const template = fileURLToPath(new URL('../../../../data/templates/register.csv', import.meta.url));
const readme = readFileSync(fileURLToPath(new URL('../../../../data/templates/README.md', import.meta.url)), 'utf8');

describe('data/templates/register.csv', () => {
  it('is UTF-8 with BOM, Chinese headers of every column but the optional id, example rows that validate', async () => {
    expect([...readFileSync(template).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Array<{ line: number; cells: string[] }> = [];
    for await (const row of readTable(template)) rows.push(row);
    const [header, ...data] = rows;
    const resolved = resolveRegisterHeader(header?.cells ?? []);
    if (!resolved.ok) throw new Error(resolved.error);
    expect(resolved.value.ignored).toEqual([]);
    expect(Object.values(resolved.value.labels).sort()).toEqual(
      REGISTER_COLUMNS.filter((c) => c.field !== 'id')
        .map((c) => c.label)
        .sort(),
    );
    expect(data.length).toBeGreaterThanOrEqual(3);
    for (const row of data) expect(row.cells[0]).toContain('示例');
    const validator = new RegisterValidator(resolved.value);
    const batch = validator.check(
      data.map(({ line, cells }) => ({
        line,
        cells: Object.fromEntries(resolved.value.fields.map((f, i) => [f, cells[i] ?? ''])),
      })),
    );
    expect(batch.problems).toEqual([]);
    expect(batch.warnings).toEqual([]);
    expect(batch.valid.map((r) => [r.district, r.size])).toEqual([
      ['金山区', 'small'],
      ['金山区', 'medium'],
      ['金山区', 'micro'],
      ['平湖市', 'small'],
    ]);
  });

  it('has every column documented in data/templates/README.md', () => {
    expect(readme).toContain('## register.csv');
    for (const column of REGISTER_COLUMNS) expect(readme).toContain(`| \`${column.field}\` | ${column.label} |`);
  });
});
