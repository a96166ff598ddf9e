import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { detectEncoding } from './encoding';
import { ImportFileError } from './errors';
import { assertIntactZip } from './zip-check';

/** One non-blank row of a sheet: its line as the user sees it (CSV line or Excel row number) and its cell texts. */
export interface TableRow {
  line: number;
  cells: string[];
}

export const TABLE_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** Characters one CSV record may hold: real rows are a few KB; an unclosed quote would otherwise swallow the file. */
export const MAX_CSV_RECORD_CHARS = 256 * 1024;

/** Fails early, in one line, for a file we cannot read at all. */
export function checkTableFile(path: string): void {
  if (!existsSync(path)) throw new ImportFileError(`${path}: no such file`);
  if (!statSync(path).isFile()) throw new ImportFileError(`${path}: not a file`);
  const ext = extname(path).toLowerCase();
  if (ext === '.xls') throw new ImportFileError(`${path}: old .xls workbooks are not supported; save as .xlsx or CSV`);
  if (!(TABLE_EXTENSIONS as readonly string[]).includes(ext))
    throw new ImportFileError(
      `${path}: unsupported file type "${ext || '(none)'}"; use ${TABLE_EXTENSIONS.join(' or ')}`,
    );
}

/**
 * Streams a CSV or XLSX file row by row (header included), skipping blank rows, so files of any size are read in
 * constant memory. XLSX: the first worksheet only.
 */
export function readTable(path: string): AsyncGenerator<TableRow> {
  checkTableFile(path);
  return extname(path).toLowerCase() === '.csv' ? readCsv(path) : readXlsx(path);
}

async function* readCsv(path: string): AsyncGenerator<TableRow> {
  const encoding = await detectEncoding(path);
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_CSV_RECORD_CHARS,
  });
  const file = createReadStream(path);
  // Errors of any stage reach the parser, and so the loop below; the callback only keeps them from going unhandled.
  const ignore = () => {};
  if (encoding === 'utf-8') pipeline(file, parser, ignore);
  else pipeline(file, iconv.decodeStream(encoding), parser, ignore);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (record.every((cell) => cell.trim() === '')) continue;
      // csv-parse counts the line a record ends on; a quoted cell spanning lines moves the start up.
      const inner = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
      yield { line: info.lines - inner, cells: record };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      if (error.code === 'CSV_MAX_RECORD_SIZE')
        throw new ImportFileError(
          `${path}${line ? `:${line}` : ''}: a record over ${MAX_CSV_RECORD_CHARS} characters (an unclosed quote?)`,
        );
      throw new ImportFileError(`${path}${line ? `:${line}` : ''}: not valid CSV: ${error.message}`);
    }
    throw error;
  }
}

type CellValue = ExcelJS.CellValue | undefined;

async function* readXlsx(path: string): AsyncGenerator<TableRow> {
  await assertIntactZip(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        // row.values is 1-based and sparse: index 0 is always empty.
        const values = row.values as CellValue[];
        const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
        if (cells.every((cell) => cell.trim() === '')) continue;
        yield { line: row.number, cells };
      }
      return;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`${path}: not a readable .xlsx workbook (${(error as Error).message})`);
  }
}

/** The text a user sees in a cell, whatever Excel stored (shared string, number, rich text, formula result). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return value.error;
  return '';
}
