import { IMPORT_KINDS, isImportKind } from '@atlas/domain';
import { GraphExecutor, migrate } from '@atlas/graph';
import { ensureNeo4j } from '@atlas/neo4j-local';
import type { Command } from '../command';
import { ImportFileError } from '../import/errors';
import { type ImportReport, importFile, readHeader } from '../import/importer';
import { importRegisterFile, type RegisterCommandOptions } from '../import/register-command';
import { importSitesFile } from '../import/sites-command';
import { checkTableFile } from '../import/table';

const USAGE = `atlas import <${[...IMPORT_KINDS, 'register', 'sites'].join('|')}> <file.csv|file.xlsx> [--dry-run]`;

/** A migrated executor and what to do when done with it (stop a Neo4j this command started). */
export interface OpenGraph {
  executor: GraphExecutor;
  release(): Promise<void>;
}

/** The configured Neo4j, or a local one started or reused, migrated so ids are unique before anything MERGEs. */
async function openConfiguredGraph(progress: (line: string) => void): Promise<OpenGraph> {
  const neo4j = await ensureNeo4j(progress);
  const executor = new GraphExecutor(neo4j);
  try {
    await migrate(executor);
  } catch (error) {
    await executor.close();
    await neo4j.release();
    throw error;
  }
  return {
    executor,
    release: async () => {
      await executor.close();
      await neo4j.release();
    },
  };
}

/**
 * Imports the user's own enterprise data from a CSV or XLSX made from `data/templates/`. All or nothing per file:
 * every problem is listed as `file:line: column: reason` and nothing is written until the whole file is clean.
 * Tests pass their own graph; the CLI opens the configured one.
 */
export const createImportCommand = (
  openGraph = openConfiguredGraph,
  // The register's classifier (tests pin one; the CLI reads data/industries/ vocabularies).
  loadClassifier?: RegisterCommandOptions['loadClassifier'],
): Command => ({
  name: 'import',
  summary: 'import your own enterprise data from CSV/XLSX made from data/templates/',
  usage: USAGE,
  async run(args, print) {
    // Messages quote the file's own text (cells, headers): keep it from driving the terminal or flooding it.
    const out = (line: string) => print(printable(line));
    const dryRun = args.includes('--dry-run');
    const unknownFlag = args.find((arg) => arg.startsWith('--') && arg !== '--dry-run');
    const [kind, file, ...rest] = args.filter((arg) => !arg.startsWith('--'));
    if (unknownFlag || !kind || !file || rest.length > 0) {
      out(`usage: ${USAGE}${unknownFlag ? ` (unknown option ${unknownFlag})` : ''}`);
      return 2;
    }
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
      const graph = await openGraph(out);
      try {
        return printReport(await importFile(graph.executor, kind, file, { dryRun, progress: out }), out);
      } finally {
        await graph.release();
      }
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      out(`✖ ${error.message}`);
      return 1;
    }
  },
});

export const importCommand = createImportCommand();

/** Control and bidi-override characters become U+FFFD (no terminal escapes), and a line stops at 500 characters. */
export function printable(line: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  const clean = line.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
  return clean.length > 500 ? `${clean.slice(0, 499)}…` : clean;
}

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
