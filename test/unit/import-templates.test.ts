import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  IMPORT_COLUMNS,
  IMPORT_KINDS,
  isProblem,
  leafIds,
  resolveHeader,
  rowFromCells,
  type TextRow,
  validateRows,
} from '@atlas/domain';
import { readIndustryDefinitions } from '@atlas/graph';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../packages/cli/src/import/table';
import { templatesDir } from '../fixtures/import/fixtures';

const industriesDir = fileURLToPath(new URL('../../data/industries', import.meta.url));
const leaves = new Set(readIndustryDefinitions(industriesDir).flatMap((d) => [...leafIds(d)]));

// Array.fromAsync needs Node 22; we support 20.
async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('data/templates', () => {
  const readme = readFileSync(join(templatesDir, 'README.md'), 'utf8');

  it.each(IMPORT_KINDS)('%s.csv: UTF-8 with BOM, every column, example rows that validate', async (kind) => {
    const path = join(templatesDir, `${kind}.csv`);
    expect([...readFileSync(path).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...data] = await all(readTable(path));
    const resolved = resolveHeader(kind, header?.cells ?? []);
    if (!resolved.ok) throw new Error(resolved.error);
    expect(resolved.value.ignored).toEqual([]);
    expect(Object.keys(resolved.value.labels).sort()).toEqual(IMPORT_COLUMNS[kind].map((c) => c.field).sort());
    expect(data.length).toBeGreaterThanOrEqual(2);
    const rows = data.map(({ line, cells }) => rowFromCells(resolved.value, line, cells));
    const { valid, problems } = validateRows(
      kind,
      rows.filter((row): row is TextRow => !isProblem(row)),
    );
    expect([...problems, ...rows.filter(isProblem)]).toEqual([]);
    for (const { row } of valid)
      if ('segmentId' in row) expect(leaves.has(row.segmentId), `${row.segmentId} is a leaf segment`).toBe(true);
  });

  it('README documents every column of every kind', () => {
    for (const kind of IMPORT_KINDS) {
      expect(readme).toContain(`## ${kind}.csv`);
      for (const column of IMPORT_COLUMNS[kind]) {
        expect(readme).toContain(`| \`${column.field}\` |`);
        for (const alias of column.aliases) expect(readme).toContain(alias);
      }
    }
  });

  it('refer to companies the companies template defines', async () => {
    const companyIds = new Set<string>();
    for await (const { cells } of readTable(join(templatesDir, 'companies.csv'))) companyIds.add(cells[0] as string);
    for (const kind of ['capabilities', 'supplies', 'certifications'] as const)
      for await (const { line, cells } of readTable(join(templatesDir, `${kind}.csv`)))
        if (line > 1)
          for (const [i, name] of IMPORT_COLUMNS[kind].entries())
            if (/^(companyId|supplierId|buyerId)$/.test(name.field)) expect(companyIds).toContain(cells[i]);
  });
});
