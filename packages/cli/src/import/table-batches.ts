import type { ImportProblem } from '@atlas/domain';
import { badHeader, emptyFile, noRows } from './messages';
import { readTable } from './table';

/** How one kind of table file is read: its header, then each data row. */
export interface TableFormat<H, R> {
  /** Where a file with the right header is, for the message about an empty file (e.g. `data/templates/`). */
  template: string;
  /** The first non-blank row, resolved; the error names the missing or repeated columns. */
  header(cells: readonly string[]): { ok: true; value: H } | { ok: false; error: string };
  /** A data row, or the problem that keeps it from being one (e.g. more cells than the header). */
  row(header: H, line: number, cells: readonly string[]): R | ImportProblem;
}

export interface TableBatch<H, R> {
  header: H;
  rows: R[];
  /** Rows that could not even be mapped to columns. */
  problems: ImportProblem[];
  /** Data rows read into this batch (rows + problems). */
  size: number;
}

/**
 * The file's data rows in batches of `batchSize`, after resolving its header (the first non-blank row), so a file
 * of any size is validated and written in constant memory. Throws for an empty file or a bad header.
 */
export async function* tableBatches<H, R>(
  file: string,
  batchSize: number,
  format: TableFormat<H, R>,
): AsyncGenerator<TableBatch<H, R>> {
  let header: H | undefined;
  let batch: TableBatch<H, R> | undefined;
  for await (const { line, cells } of readTable(file)) {
    if (header === undefined) {
      header = resolved(file, line, cells, format);
      continue;
    }
    batch ??= { header, rows: [], problems: [], size: 0 };
    const row = format.row(header, line, cells);
    if (isProblem(row)) batch.problems.push(row);
    else batch.rows.push(row);
    batch.size++;
    if (batch.size >= batchSize) {
      yield batch;
      batch = undefined;
    }
  }
  if (header === undefined) throw emptyFile(file, format.template);
  if (batch) yield batch;
}

/**
 * The file's header, resolved: fails in one line for an empty file, missing columns or no data rows, before the
 * command connects to anything.
 */
export async function readTableHeader<H>(file: string, format: TableFormat<H, unknown>): Promise<H> {
  let header: H | undefined;
  for await (const { line, cells } of readTable(file)) {
    if (header !== undefined) return header;
    header = resolved(file, line, cells, format);
  }
  throw header === undefined ? emptyFile(file, format.template) : noRows(file);
}

function resolved<H>(file: string, line: number, cells: readonly string[], format: TableFormat<H, unknown>): H {
  const result = format.header(cells);
  if (!result.ok) throw badHeader(file, line, result.error);
  return result.value;
}

// Rows are never shaped like a problem: a problem is the only thing with a `reason`.
const isProblem = (value: unknown): value is ImportProblem =>
  typeof value === 'object' && value !== null && 'reason' in value;
