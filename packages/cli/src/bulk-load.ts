import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateEnterpriseBatches, type IndustryDefinition } from '@atlas/domain';
import { checkDemoSize, type GraphExecutor, loadIndustries, migrate, writeImportFiles } from '@atlas/graph';
import { adminImport, assertServerStopped, type LocalServerSettings } from '@atlas/neo4j-local';

/**
 * The offline path for a first load of a large synthetic set (`atlas seed --bulk`, `pnpm bench`): the generator's
 * rows as neo4j-admin CSV files, imported straight into store files, then indexes and the industries' structure on
 * the started server. More than twice the transactional loader's rate at a million firms, because it skips the
 * per-row Cypher, locking and index upkeep that make that one CPU-bound (BENCHMARKS.md); it replaces the whole
 * database, so it is for empty or disposable stores only.
 */
export interface BulkImportReport {
  companies: number;
  nodes: number;
  relationships: number;
  fileSeconds: number;
  importSeconds: number;
}

/** Offline half, with the server stopped: CSV files from the generator (deleted afterwards), then the import. */
export async function importSyntheticSet(
  settings: LocalServerSettings,
  definitions: IndustryDefinition[],
  options: { size: number; seed: number; progress?: (line: string) => void },
): Promise<BulkImportReport> {
  const { size, seed, progress = () => {} } = options;
  checkDemoSize(definitions, size, seed);
  assertServerStopped(settings);
  const dir = join(settings.home, 'import');
  rmSync(dir, { recursive: true, force: true });
  try {
    let started = performance.now();
    progress(`Writing ${size.toLocaleString('en')} synthetic firms as import files…`);
    const files = await writeImportFiles(
      dir,
      definitions,
      generateEnterpriseBatches({ industries: definitions, size, seed }),
    );
    const fileSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    progress(`Importing ${(files.nodeCount + files.relationshipCount).toLocaleString('en')} nodes+relationships…`);
    await adminImport(settings, files, progress);
    return {
      companies: files.companies,
      nodes: files.nodeCount,
      relationships: files.relationshipCount,
      fileSeconds,
      importSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Online half, on the freshly started server: constraints and indexes (migrate waits until they are online), then
 * the seven industries written over the segment and technology stubs the firms' edges point at.
 */
export async function completeImport(
  executor: GraphExecutor,
  definitions: IndustryDefinition[],
  progress: (line: string) => void = () => {},
): Promise<{ migrateSeconds: number; industrySeconds: number }> {
  let started = performance.now();
  progress('Building indexes…');
  await migrate(executor);
  const migrateSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await loadIndustries(executor, definitions);
  return { migrateSeconds, industrySeconds: (performance.now() - started) / 1000 };
}
