import { type Classifier, createClassifier, formatIssue, loadVocabulary, VocabularyError } from '@atlas/register';
import { type GraphOpener, withGraph } from '../open-graph';
import { ImportFileError } from './errors';
import { importRegister, type RegisterImportReport, readRegisterHeader, TRANSACTION_ROWS } from './register';
import { checkTableFile } from './table';

/** Warnings listed one per line up to this many; the rest are counted (a 100k register can have thousands). */
const MAX_WARNINGS_LISTED = 200;

export interface RegisterCommandOptions {
  dryRun: boolean;
  openGraph: GraphOpener;
  out: (line: string) => void;
  /** The classifier to use; by default the one of the repository's vocabulary (data/industries/). */
  loadClassifier?: () => Promise<Classifier>;
}

const repositoryClassifier = async () => createClassifier(await loadVocabulary());

/** `atlas import register <file> [--dry-run]`: checks the file, opens the graph, imports, prints the report. */
export async function importRegisterFile(file: string, options: RegisterCommandOptions): Promise<number> {
  const { out } = options;
  try {
    // File problems are reported before the vocabulary is read or a database is started.
    checkTableFile(file);
    await readRegisterHeader(file);
    const classifier = await (options.loadClassifier ?? repositoryClassifier)();
    return await withGraph(options.openGraph, out, async ({ executor }) =>
      printRegisterReport(
        await importRegister(executor, file, { dryRun: options.dryRun, classifier, progress: out }),
        out,
      ),
    );
  } catch (error) {
    if (!(error instanceof ImportFileError || error instanceof VocabularyError)) throw error;
    out(`✖ ${error.message}`);
    return 1;
  }
}

export function printRegisterReport(report: RegisterImportReport, out: (line: string) => void): number {
  const { file, rows, problems, warnings } = report;
  if (report.ignoredColumns.length > 0)
    out(`note: ignored columns not in the register template: ${report.ignoredColumns.join(', ')}`);
  for (const p of problems) out(formatIssue(file, p));
  if (problems.length > 0) {
    const badRows = new Set(problems.map((p) => p.line)).size;
    out(`✖ ${problems.length} problem(s) in ${badRows} of ${rows} rows; nothing of ${file} was written.`);
    return 1;
  }
  for (const w of warnings.slice(0, MAX_WARNINGS_LISTED)) out(`warning: ${formatIssue(file, w)}`);
  if (warnings.length > MAX_WARNINGS_LISTED) out(`warning: … and ${warnings.length - MAX_WARNINGS_LISTED} more`);
  const unresolved = warnings.filter((w) => w.reason.startsWith('address not resolved')).length;
  const firms = `${rows - report.existing} new, ${report.existing} already in the graph`;
  const attach = `${report.attachedFirms} firms attached to ${report.attachments} segments (inferred), ${rows - report.attachedFirms} abstained`;
  out(
    report.dryRun
      ? `✔ ${file}: all ${rows} register rows are valid and would be written (${firms}); ${attach}; ${unresolved} addresses not resolved; dry run, nothing written.`
      : `✔ ${file}: ${report.written} register rows written (${firms}) in ${transactions(rows)}; ${attach}; ${unresolved} addresses not resolved; vocabulary ${report.vocabularyVersion}. Review with \`pnpm atlas review list\`.`,
  );
  return 0;
}

const transactions = (rows: number) => {
  const n = Math.ceil(rows / TRANSACTION_ROWS);
  return n === 1 ? 'one transaction' : `${n} transactions of up to ${TRANSACTION_ROWS.toLocaleString('en-US')} rows`;
};
