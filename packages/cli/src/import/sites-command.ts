import type { OpenGraph } from '../commands/import';
import { ImportFileError } from './errors';
import { importSites, printSitesReport, readSitesFile } from './sites';
import { checkTableFile } from './table';

/** `atlas import sites <file> [--dry-run]`: file problems before the graph is opened, then import and report. */
export async function importSitesFile(
  file: string,
  options: {
    dryRun: boolean;
    openGraph: (progress: (line: string) => void) => Promise<OpenGraph>;
    out: (line: string) => void;
  },
): Promise<number> {
  const { out } = options;
  try {
    checkTableFile(file);
    await readSitesFile(file);
    const graph = await options.openGraph(out);
    try {
      return printSitesReport(await importSites(graph.executor, file, { dryRun: options.dryRun }), out);
    } finally {
      await graph.release();
    }
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    out(`✖ ${error.message}`);
    return 1;
  }
}
