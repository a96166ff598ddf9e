import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { completeImport } from '@atlas/cli';
import { ConfigError, repoRoot } from '@atlas/config';
import { GraphExecutor, migrate, readIndustryDefinitions } from '@atlas/graph';
import {
  type LocalServer,
  type LocalServerSettings,
  resolveTarget,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '@atlas/neo4j-local';
import { importDataSet, type LoadResult, round } from './load';
import { processMemory } from './machine';
import { type BenchOptions, memoryFor } from './options';

/** The benchmark's own Neo4j for one size: started on an empty store, stopped (SIGTERM, wait) at the end. */
export interface BenchStore {
  uri: string;
  user: string;
  password: string;
  pid: number;
  version: string;
  executor: GraphExecutor;
  settings: LocalServerSettings;
  stop(): Promise<void>;
}

const PASSWORD = 'atlas-bench';

export function benchSettings(options: BenchOptions, size: number): LocalServerSettings {
  const { heap, pageCache } = memoryFor(size);
  const target = resolveTarget({
    ATLAS_HOME: options.home,
    ATLAS_NEO4J_PORT: String(options.neo4jPort),
    ATLAS_NEO4J_HEAP: heap,
    ATLAS_NEO4J_PAGECACHE: pageCache,
  });
  if (target.kind !== 'local') throw new ConfigError('the benchmark needs a local Neo4j');
  // Reuse the resolved Maven classpath of the default folder instead of resolving it again.
  const shared = resolveTarget({});
  const cacheDir = shared.kind === 'local' ? shared.local.cacheDir : target.local.cacheDir;
  return { ...target.local, cacheDir };
}

/** Deletes the bench store (server stopped) and starts a fresh Neo4j on it, migrated: for the transactional load. */
export async function freshStore(options: BenchOptions, size: number): Promise<BenchStore> {
  const settings = await emptyStore(options, size);
  const store = await startStore(settings, options);
  try {
    await migrate(store.executor);
  } catch (error) {
    await store.stop();
    throw error;
  }
  return store;
}

/**
 * The store loaded by the bulk path (`atlas seed --bulk`): files and neo4j-admin import with the server stopped,
 * then start, indexes and industries. Timed from the first file line to the graph answering with indexes online.
 */
export async function bulkLoadedStore(
  options: BenchOptions,
  size: number,
): Promise<{ store: BenchStore; load: LoadResult }> {
  const settings = await emptyStore(options, size);
  const definitions = readIndustryDefinitions(join(repoRoot, 'data/industries'));
  const started = performance.now();
  const { report, peakRssMb } = await importDataSet(settings, size, options.seed, options.progress);
  const startAt = performance.now();
  const store = await startStore(settings, options);
  try {
    const startSeconds = (performance.now() - startAt) / 1000;
    const { migrateSeconds, industrySeconds } = await completeImport(store.executor, definitions, options.progress);
    const seconds = (performance.now() - started) / 1000;
    const load: LoadResult = {
      method: 'bulk',
      size,
      seconds: round(seconds, 2),
      firmSeconds: round(seconds, 2),
      nodes: report.nodes,
      relationships: report.relationships,
      perSecond: Math.round((report.nodes + report.relationships) / seconds),
      companies: report.companies,
      phases: {
        files: round(report.fileSeconds),
        import: round(report.importSeconds),
        start: round(startSeconds),
        indexes: round(migrateSeconds),
        industries: round(industrySeconds),
      },
      loaderPeakRssMb: peakRssMb,
    };
    return { store, load };
  } catch (error) {
    await store.stop();
    throw error;
  }
}

/** The bench folder for a size, with any leftover server stopped and its store deleted. */
async function emptyStore(options: BenchOptions, size: number): Promise<LocalServerSettings> {
  const settings = benchSettings(options, size);
  if (settings.port === 7687) throw new ConfigError('the benchmark must not use the shared dev Neo4j port 7687');
  await stopLeftover(settings);
  rmSync(join(settings.home, 'data'), { recursive: true, force: true });
  return settings;
}

/** Starts Neo4j on the prepared folder (it must be ours: nothing may answer on the port already). */
async function startStore(settings: LocalServerSettings, options: BenchOptions): Promise<BenchStore> {
  const server: LocalServer = await startLocalNeo4j(settings, { password: PASSWORD, progress: options.progress });
  if (!server.started) {
    throw new ConfigError(
      `a Neo4j already answers on port ${settings.port}: the benchmark needs its own, empty server there`,
    );
  }
  const executor = new GraphExecutor({ uri: server.uri, user: 'neo4j', password: PASSWORD });
  try {
    await executor.verify();
    const [row] = await executor.read<{ version: string }>(
      'bench',
      "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version",
    );
    return {
      uri: server.uri,
      user: 'neo4j',
      password: PASSWORD,
      pid: server.pid,
      version: row?.version ?? settings.version,
      executor,
      settings,
      stop: async () => {
        await executor.close();
        await server.stop();
      },
    };
  } catch (error) {
    await executor.close();
    await server.stop();
    throw error;
  }
}

/** A bench Neo4j left running by an interrupted run; only a process serving our own folder is stopped. */
async function stopLeftover(settings: LocalServerSettings): Promise<void> {
  const pidFile = join(settings.home, 'run', 'atlas-neo4j.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
  if (cmdline.includes(`--home-dir=${settings.home}`)) await stopLocalNeo4j(settings);
  else rmSync(pidFile, { force: true });
}

/**
 * Waits until Neo4j runs nothing but this check: requests whose client went away (the end of a load window) keep
 * running in the database and would slow whatever is measured next. Gives up after `timeoutMs`.
 */
export async function waitUntilIdle(store: BenchStore, timeoutMs = 300_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await store.executor.read<{ n: number }>(
      'bench',
      "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS n",
    );
    const running = row?.n ?? 0;
    if (running === 0 || Date.now() > deadline) return running;
    await sleep(1000);
  }
}

/** Neo4j's resident and peak memory (the JVM pre-touches no heap, so RSS shows what it really used). */
export const neo4jMemory = (store: BenchStore) => processMemory(store.pid);
