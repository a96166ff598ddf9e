import {
  type HeaderMap,
  type ImportKind,
  type ImportProblem,
  type ImportRows,
  RowValidator,
  referenceProblems,
  referencesOf,
  resolveHeader,
  rowFromCells,
  type TextRow,
  type ValidRow,
} from '@atlas/domain';
import {
  existingIds,
  type GraphExecutor,
  upsertCapabilities,
  upsertCertifications,
  upsertCompanies,
  upsertSupplies,
} from '@atlas/graph';
import { changedSince, crossed, noRows, thousands } from './messages';
import { readTableHeader, type TableFormat, tableBatches } from './table-batches';

export interface ImportOptions {
  dryRun?: boolean;
  /** Rows per UNWIND batch (and per reference look-up). */
  batchSize?: number;
  /** Report progress every this many rows. */
  progressEvery?: number;
  progress?: (line: string) => void;
}

export interface ImportReport {
  kind: ImportKind;
  file: string;
  rows: number;
  /** Sorted by line; when not empty, nothing was written. */
  problems: ImportProblem[];
  /** Rows written (0 on a dry run or when there are problems). */
  written: number;
  /** Companies files: how many of the rows' ids are already in the graph (updated, not created). */
  existing: number;
  dryRun: boolean;
  ignoredColumns: string[];
}

// The transaction type stays inside graph (only graph imports the driver); the writers' own signature names it.
type Transaction = Parameters<typeof upsertCompanies>[0];
type Writer<K extends ImportKind> = (tx: Transaction, rows: ImportRows[K][], now: string) => Promise<number>;

const WRITERS: { [K in ImportKind]: Writer<K> } = {
  companies: upsertCompanies,
  capabilities: upsertCapabilities,
  supplies: upsertSupplies,
  certifications: upsertCertifications,
};

const DEFAULTS = { batchSize: 2_000, progressEvery: 10_000 };

/**
 * Imports one file of one kind (docs/design.md §3.3): validates every row (cells, duplicates, references in the graph)
 * without writing, and only when the whole file is clean writes it in UNWIND batches inside ONE transaction, so a
 * failure half-way leaves nothing behind. The file is streamed twice instead of being held in memory.
 */
export async function importFile<K extends ImportKind>(
  executor: GraphExecutor,
  kind: K,
  file: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { batchSize, progressEvery } = { ...DEFAULTS, ...options };
  const progress = options.progress ?? (() => {});
  const report: ImportReport = {
    kind,
    file,
    rows: 0,
    problems: [],
    written: 0,
    existing: 0,
    dryRun: options.dryRun ?? false,
    ignoredColumns: [],
  };

  let validator: RowValidator<K> | undefined;
  for await (const batch of textBatches(kind, file, batchSize)) {
    // One validator for the whole file: it remembers keys, so duplicates are found across batches.
    validator ??= new RowValidator(kind, batch.header.labels);
    const v = validator;
    report.ignoredColumns = batch.header.ignored;
    report.problems.push(...batch.problems);
    const checked = v.check(batch.rows);
    report.problems.push(...checked.problems);
    const known = await existingIds(executor, referencesOf(kind, checked.valid));
    report.problems.push(...referenceProblems(kind, checked.valid, known, (field) => v.label(field)));
    if (kind === 'companies') report.existing += known.companyIds.size;
    report.rows += batch.size;
    if (crossed(report.rows, batch.size, progressEvery))
      progress(`${file}: ${thousands(report.rows)} rows read and validated`);
  }
  if (report.rows === 0) throw noRows(file);
  report.problems.sort((a, b) => a.line - b.line);
  if (report.problems.length > 0 || report.dryRun) return report;

  report.written = await executor.writeTx(`import-${kind}`, async (tx) => {
    let written = 0;
    const now = new Date().toISOString();
    let validator: RowValidator<K> | undefined;
    for await (const batch of textBatches(kind, file, batchSize)) {
      validator ??= new RowValidator(kind, batch.header.labels);
      const checked = validator.check(batch.rows);
      // The file was clean a moment ago; if it changed since, roll back rather than write half of it.
      if (batch.problems.length > 0 || checked.problems.length > 0) throw changedSince(file);
      const rows = checked.valid.map((valid: ValidRow<K>) => valid.row);
      const done = await (WRITERS[kind] as Writer<K>)(tx, rows, now);
      if (done !== rows.length) throw changedSince(file, 'a referenced company or segment disappeared');
      written += done;
      if (crossed(written, batch.size, progressEvery)) progress(`${file}: ${thousands(written)} rows written`);
    }
    if (written !== report.rows) throw changedSince(file);
    return written;
  });
  return report;
}

/**
 * The file's header, resolved: fails in one line for an empty file, missing columns or no data rows, before the
 * command connects to anything.
 */
export function readHeader(kind: ImportKind, file: string): Promise<HeaderMap> {
  return readTableHeader(file, tableFormat(kind));
}

/** The file's data rows in batches, after resolving its header (which must be the first non-blank row). */
function textBatches(kind: ImportKind, file: string, batchSize: number) {
  return tableBatches(file, batchSize, tableFormat(kind));
}

const tableFormat = (kind: ImportKind): TableFormat<HeaderMap, TextRow> => ({
  template: 'data/templates/',
  header: (cells) => resolveHeader(kind, cells),
  row: rowFromCells,
});
