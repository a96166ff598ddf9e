import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@atlas/config';
import { type Crosswalk, crosswalkOptions, generateEnterpriseBatches, type IndustryDefinition } from '@atlas/domain';
import {
  checkDemoSize,
  type GraphExecutor,
  loadDemoExtras,
  loadIndustries,
  migrate,
  readCrosswalk,
  writeImportFiles,
} from '@atlas/graph';
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

/**
 * The repository's crosswalk for these (the repository's) industries: both halves and the transactional seed
 * (graph load/seed.ts) must use the same one, or the bulk graph and the Cypher graph differ.
 */
export function crosswalkOf(definitions: IndustryDefinition[]): Crosswalk {
  return readCrosswalk(join(repoRoot, 'data/industries'), definitions);
}

/** Offline half, with the server stopped: CSV files from the generator (deleted afterwards), then the import. */
export async function importSyntheticSet(
  settings: LocalServerSettings,
  definitions: IndustryDefinition[],
  options: { size: number; seed: number; progress?: (line: string) => void; crosswalk?: Crosswalk },
): Promise<BulkImportReport> {
  const { size, seed, progress = () => {} } = options;
  // Cross-industry feeds and shared segments (crosswalk.yaml), as in the transactional seed (graph load/seed.ts).
  const crosswalk = options.crosswalk ?? crosswalkOf(definitions);
  checkDemoSize(definitions, size, seed, crosswalk);
  assertServerStopped(settings);
  const dir = join(settings.home, 'import');
  rmSync(dir, { recursive: true, force: true });
  try {
    let started = performance.now();
    progress(`Writing ${size.toLocaleString('en')} synthetic firms as import files…`);
    const files = await writeImportFiles(
      dir,
      definitions,
      generateEnterpriseBatches({ industries: definitions, size, seed, ...crosswalkOptions(crosswalk) }),
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
 * the seven industries written over the segment and technology stubs the firms' edges point at, with their
 * crosswalk groups, then the demo extras.
 */
export async function completeImport(
  executor: GraphExecutor,
  definitions: IndustryDefinition[],
  progress: (line: string) => void = () => {},
  crosswalk: Crosswalk = crosswalkOf(definitions),
): Promise<{ migrateSeconds: number; industrySeconds: number }> {
  let started = performance.now();
  progress('Building indexes…');
  await migrate(executor);
  const migrateSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await loadIndustries(executor, definitions, crosswalk);
  // The same demo extras as the Cypher seed (an event, sites, outcomes…), so both writers build one graph.
  await loadDemoExtras(executor, progress);
  return { migrateSeconds, industrySeconds: (performance.now() - started) / 1000 };
}
