import { type GraphOpener, withGraph } from '../open-graph';
import { ImportFileError } from './errors';
import { importSites, printSitesReport, readSitesFile } from './sites';
import { checkTableFile } from './table';

/** `atlas import sites <file> [--dry-run]`: file problems before the graph is opened, then import and report. */
export async function importSitesFile(
  file: string,
  options: {
    dryRun: boolean;
    openGraph: GraphOpener;
    out: (line: string) => void;
  },
): Promise<number> {
  const { out } = options;
  try {
    checkTableFile(file);
    await readSitesFile(file);
    return await withGraph(options.openGraph, out, async ({ executor }) =>
      printSitesReport(await importSites(executor, file, { dryRun: options.dryRun }), out),
    );
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    out(`✖ ${error.message}`);
    return 1;
  }
}
