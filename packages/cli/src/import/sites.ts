import { type ImportProblem, resolveSiteHeader, type SiteHeader, type SiteRow, validateSiteRows } from '@atlas/domain';
import { type GraphExecutor, upsertSites } from '@atlas/graph';
import { ImportFileError } from './errors';
import { badHeader, emptyFile, noRows } from './messages';
import { readTable } from './table';

/**
 * `atlas import sites <file> [--dry-run]` (docs/sites.md): the land and floor inventory from a CSV or XLSX made
 * from `data/templates/sites.csv`. The whole file is validated first (cells, parks, ids unique, what a floor must
 * state) and nothing is written while any row is wrong; a clean file is written in one transaction, merged on the
 * site ids, so importing it again changes nothing. A sites file is an inventory of hundreds of rows: read whole.
 */
export const MAX_SITE_ROWS = 50_000;

export interface SitesImportReport {
  file: string;
  rows: number;
  /** Sorted by line; when not empty, nothing was written. */
  problems: ImportProblem[];
  written: number;
  dryRun: boolean;
  ignoredColumns: string[];
}

export async function importSites(
  executor: GraphExecutor,
  file: string,
  options: { dryRun?: boolean } = {},
): Promise<SitesImportReport> {
  const { header, rows } = await readSitesFile(file);
  const { valid, problems } = validateSiteRows(header, rows);
  const report: SitesImportReport = {
    file,
    rows: rows.length,
    problems,
    written: 0,
    dryRun: options.dryRun ?? false,
    ignoredColumns: header.ignored,
  };
  if (problems.length > 0 || report.dryRun) return report;
  const siteRows: SiteRow[] = valid.map((v) => v.row);
  report.written = await executor.writeTx('import-sites', (tx) => upsertSites(tx, siteRows));
  return report;
}

/** The header (resolved) and the data rows; one-line errors for an empty file, a bad header, no rows, too many. */
export async function readSitesFile(
  file: string,
): Promise<{ header: SiteHeader; rows: { line: number; cells: string[] }[] }> {
  let header: SiteHeader | undefined;
  const rows: { line: number; cells: string[] }[] = [];
  for await (const { line, cells } of readTable(file)) {
    if (header === undefined) {
      const resolved = resolveSiteHeader(cells);
      if (!resolved.ok) throw badHeader(file, line, resolved.error);
      header = resolved.value;
      continue;
    }
    if (rows.length >= MAX_SITE_ROWS)
      throw new ImportFileError(`${file}: more than ${MAX_SITE_ROWS} sites; split the file`);
    rows.push({ line, cells });
  }
  if (header === undefined) throw emptyFile(file, 'data/templates/sites.csv');
  if (rows.length === 0) throw noRows(file);
  return { header, rows };
}

/** Prints the report as the other imports do; returns the exit code. */
export function printSitesReport(report: SitesImportReport, out: (line: string) => void): number {
  const { file, rows, problems } = report;
  if (report.ignoredColumns.length > 0)
    out(`note: ignored columns not in the sites template: ${report.ignoredColumns.join(', ')}`);
  for (const p of problems) out(`${file}:${p.line}: ${p.column}: ${p.reason}`);
  if (problems.length > 0) {
    const badRows = new Set(problems.map((p) => p.line)).size;
    out(`✖ ${problems.length} problem(s) in ${badRows} of ${rows} rows; nothing of ${file} was written.`);
    return 1;
  }
  out(
    report.dryRun
      ? `✔ ${file}: all ${rows} sites rows are valid and would be written; dry run, nothing written.`
      : `✔ ${file}: ${report.written} sites rows written in one transaction (importing again changes nothing).`,
  );
  return 0;
}
