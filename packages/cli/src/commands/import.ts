import { IMPORT_KINDS, isImportKind } from '@atlas/domain';
import { defineCommand, UsageError } from '../args';
import { ImportFileError } from '../import/errors';
import { type ImportReport, importFile, readHeader } from '../import/importer';
import { importRegisterFile, type RegisterCommandOptions } from '../import/register-command';
import { importSitesFile } from '../import/sites-command';
import { checkTableFile } from '../import/table';
import { type GraphOpener, openGraph as openConfiguredGraph, withGraph } from '../open-graph';
import { atMost } from '../option-parsers';
import { printable } from '../printable';

const USAGE = `atlas import <${[...IMPORT_KINDS, 'register', 'sites'].join('|')}> <file.csv|file.xlsx> [--dry-run]`;

/**
 * Imports the user's own enterprise data from a CSV or XLSX made from `data/templates/`. All or nothing per file:
 * every problem is listed as `file:line: column: reason` and nothing is written until the whole file is clean.
 * Tests pass their own graph; the CLI opens the configured one.
 */
export const createImportCommand = (
  openGraph: GraphOpener = openConfiguredGraph,
  // The register's classifier (tests pin one; the CLI reads data/industries/ vocabularies).
  loadClassifier?: RegisterCommandOptions['loadClassifier'],
) =>
  defineCommand({
    name: 'import',
    summary: 'import your own enterprise data from CSV/XLSX made from data/templates/',
    usage: USAGE,
    options: { 'dry-run': { type: 'boolean' } },
    async run({ values, positionals }, print) {
      // Messages quote the file's own text (cells, headers): keep it from driving the terminal or flooding it.
      const out = (line: string) => print(printable(line));
      const dryRun = values['dry-run'] === true;
      const [kind, file] = positionals;
      atMost(positionals, 2);
      if (!kind || !file) throw new UsageError('needs <kind> and <file>');
      // A district register (企业挂链): its own columns, and classification onto segments (import/register.ts).
      if (kind === 'register') return importRegisterFile(file, { dryRun, openGraph, out, loadClassifier });
      // The land and floor inventory (docs/sites.md): its own columns, no enterprise references.
      if (kind === 'sites') return importSitesFile(file, { dryRun, openGraph, out });
      if (!isImportKind(kind)) {
        out(`✖ unknown import kind "${kind}"; expected one of: ${IMPORT_KINDS.join(', ')}`);
        return 2;
      }
      try {
        // File problems are reported before a database is started or contacted.
        checkTableFile(file);
        await readHeader(kind, file);
        return await withGraph(openGraph, out, async ({ executor }) =>
          printReport(await importFile(executor, kind, file, { dryRun, progress: out }), out),
        );
      } catch (error) {
        if (!(error instanceof ImportFileError)) throw error;
        out(`✖ ${error.message}`);
        return 1;
      }
    },
  });

export const importCommand = createImportCommand();

function printReport(report: ImportReport, out: (line: string) => void): number {
  const { file, kind, rows, problems } = report;
  if (report.ignoredColumns.length > 0)
    out(`note: ignored columns not in the ${kind} template: ${report.ignoredColumns.join(', ')}`);
  for (const p of problems) out(`${file}:${p.line}: ${p.column}: ${p.reason}`);
  if (problems.length > 0) {
    const badRows = new Set(problems.map((p) => p.line)).size;
    out(`✖ ${problems.length} problem(s) in ${badRows} of ${rows} rows; nothing of ${file} was written.`);
    return 1;
  }
  const existing =
    kind === 'companies' ? ` (${rows - report.existing} new, ${report.existing} already in the graph)` : '';
  out(
    report.dryRun
      ? `✔ ${file}: all ${rows} ${kind} rows are valid and would be written${existing}; dry run, nothing written.`
      : `✔ ${file}: ${report.written} ${kind} rows written${existing} in one transaction (importing again changes nothing).`,
  );
  return 0;
}
