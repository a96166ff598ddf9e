import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { detectEncoding } from './encoding';
import { readTable, type TableRow } from './table';

const dir = mkdtempSync(join(tmpdir(), 'atlas-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function rows(path: string): Promise<TableRow[]> {
  const out: TableRow[] = [];
  for await (const row of readTable(path)) out.push(row);
  return out;
}

describe('readTable (CSV)', () => {
  const text = 'id,name\r\na,金山示例\r\nb,"枫泾, 亭林"\r\n';

  it('reads UTF-8 with and without BOM alike', async () => {
    const plain = await rows(file('plain.csv', text));
    expect(plain).toEqual([
      { line: 1, cells: ['id', 'name'] },
      { line: 2, cells: ['a', '金山示例'] },
      { line: 3, cells: ['b', '枫泾, 亭林'] },
    ]);
    expect(await rows(file('bom.csv', `\uFEFF${text}`))).toEqual(plain);
  });

  it('detects GBK and GB18030 (Chinese Excel) and decodes it', async () => {
    const gbk = file('gbk.csv', iconv.encode(text, 'gbk'));
    expect(await detectEncoding(gbk)).toBe('gb18030');
    expect((await rows(gbk))[1]?.cells).toEqual(['a', '金山示例']);
    // A GBK file that stays ASCII for its first 100 kB is still recognised.
    const late = file(
      'late.csv',
      Buffer.concat([Buffer.from(`id,name\n${'x,y\n'.repeat(25_000)}`), iconv.encode('z,金山\n', 'gbk')]),
    );
    expect((await rows(late)).at(-1)).toEqual({ line: 25_002, cells: ['z', '金山'] });
  });

  it('numbers lines as an editor does: blank lines skipped but counted, multi-line cells start where they start', async () => {
    const path = file('lines.csv', 'id,note\n\na,"two\nlines"\n,\nb,x\n');
    expect((await rows(path)).map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'id'],
      [3, 'a'],
      [6, 'b'],
    ]);
  });

  it('refuses UTF-16 and broken quoting in one line', async () => {
    const utf16 = file('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await expect(rows(utf16)).rejects.toThrow(/UTF-16 .* is not supported/);
    await expect(rows(file('quote.csv', 'id,name\na,"open\n'))).rejects.toThrow(/quote\.csv.*not valid CSV/);
  });

  it('refuses missing files and other file types before reading', () => {
    expect(() => readTable(join(dir, 'missing.csv'))).toThrow(/no such file/);
    expect(() => readTable(file('x.xls', ''))).toThrow(/\.xls workbooks are not supported/);
    expect(() => readTable(file('x.json', '{}'))).toThrow(/unsupported file type "\.json"/);
  });
});

describe('readTable (XLSX)', () => {
  it('reads the first sheet as the texts the user sees, with Excel row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['id', 'n', 'flag', 'rich', 'formula']);
    sheet.addRow(['a', 12.5, true, { richText: [{ text: '金' }, { text: '山' }] }, { formula: '1+1', result: 2 }]);
    sheet.addRow([]);
    sheet.addRow(['b']);
    workbook.addWorksheet('ignored').addRow(['not', 'read']);
    const path = join(dir, 'book.xlsx');
    await workbook.xlsx.writeFile(path);
    expect(await rows(path)).toEqual([
      { line: 1, cells: ['id', 'n', 'flag', 'rich', 'formula'] },
      { line: 2, cells: ['a', '12.5', 'true', '金山', '2'] },
      { line: 4, cells: ['b'] },
    ]);
  });

  it('says so when a .xlsx is not a workbook', async () => {
    await expect(rows(file('fake.xlsx', 'id,name\n'))).rejects.toThrow(/not a readable \.xlsx workbook/);
  });
});
