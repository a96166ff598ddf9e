import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extraCellsProblem } from '@atlas/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { readHeader } from './importer';
import { readRegisterHeader } from './register';
import { readTableHeader, type TableBatch, type TableFormat, tableBatches } from './table-batches';

const dir = mkdtempSync(join(tmpdir(), 'atlas-batches-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A two-column table: `id,name` in any order; a row is its cells by column. */
const PAIRS: TableFormat<string[], { line: number; id: string }> = {
  template: 'data/templates/pairs.csv',
  header: (cells) =>
    cells.includes('id') ? { ok: true, value: [...cells] } : { ok: false, error: 'missing required column(s): id' },
  row: (header, line, cells) =>
    extraCellsProblem(header.length, line, cells) ?? { line, id: cells[header.indexOf('id')] ?? '' },
};

async function batches(path: string, size: number): Promise<TableBatch<string[], { line: number; id: string }>[]> {
  const out = [];
  for await (const batch of tableBatches(path, size, PAIRS)) out.push(batch);
  return out;
}

describe('tableBatches', () => {
  it('yields the data rows in batches of the given size, each with the header and file lines', async () => {
    const path = file('five.csv', 'name,id\nA,a\nB,b\n\nC,c\nD,d\nE,e\n');
    const got = await batches(path, 2);
    expect(got.map((b) => b.size)).toEqual([2, 2, 1]);
    expect(got.flatMap((b) => b.rows)).toEqual([
      { line: 2, id: 'a' },
      { line: 3, id: 'b' },
      { line: 5, id: 'c' },
      { line: 6, id: 'd' },
      { line: 7, id: 'e' },
    ]);
    expect(got[0]?.header).toEqual(['name', 'id']);
  });

  it('keeps a row with more cells than the header as a problem of its batch, counted in its size', async () => {
    const path = file('extra.csv', 'id,name\na,A\nb,B,枫泾\nc,C,,\n');
    const [only, ...rest] = await batches(path, 10);
    expect(rest).toEqual([]);
    expect(only?.size).toBe(3);
    expect(only?.rows.map((r) => r.id)).toEqual(['a', 'c']);
    expect(only?.problems).toEqual([
      { line: 3, column: '(row)', reason: '3 cells but the header has 2; quote cells that contain commas' },
    ]);
  });

  it('fails in one line naming the file, and the line for a bad header', async () => {
    const empty = file('empty.csv', '\n\n');
    await expect(batches(empty, 10)).rejects.toThrow(
      `${empty}: the file is empty; expected a header row (see data/templates/pairs.csv)`,
    );
    const bad = file('bad.csv', '\nname\nA\n');
    await expect(batches(bad, 10)).rejects.toThrow(`${bad}:2: header: missing required column(s): id`);
  });
});

describe('readTableHeader', () => {
  it('returns the header only when a data row follows it', async () => {
    expect(await readTableHeader(file('ok.csv', 'id\na\n'), PAIRS)).toEqual(['id']);
    const headerOnly = file('header-only.csv', 'id\n');
    await expect(readTableHeader(headerOnly, PAIRS)).rejects.toThrow(`${headerOnly}: no data rows below the header`);
  });

  it('names the template of each import in the message about an empty file', async () => {
    const empty = file('blank.csv', '');
    await expect(readHeader('companies', empty)).rejects.toThrow('(see data/templates/)');
    await expect(readRegisterHeader(empty)).rejects.toThrow('(see data/templates/register.csv)');
  });
});
