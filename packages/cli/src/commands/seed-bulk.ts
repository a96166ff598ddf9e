import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, repoRoot } from '@atlas/config';
import { GraphExecutor, readIndustryDefinitions } from '@atlas/graph';
import { resolveTarget, startLocalNeo4j } from '@atlas/neo4j-local';
import { completeImport, importSyntheticSet } from '../bulk-load';

/**
 * `atlas seed --bulk`: the synthetic set through neo4j-admin import into the local store, then indexes and the
 * industries on a started server, which is stopped again. It replaces the whole database (users, demands and
 * all), so it wants the server stopped and, when a database exists, `--replace` to say that may go.
 */
export async function bulkSeed(
  options: { size: number; seed: number; replace: boolean },
  out: (line: string) => void,
): Promise<number> {
  const target = resolveTarget();
  if (target.kind === 'external')
    throw new ConfigError(
      `NEO4J_URI is set (${target.uri}): --bulk writes the store files of the local Neo4j only; seed without --bulk`,
    );
  const { local, password } = target;
  const database = join(local.home, 'data', 'databases', 'neo4j');
  if (existsSync(database) && !options.replace) {
    out(`✖ ${local.home} already holds a database: --bulk replaces all of it (users and demands too).`);
    out('  Add --replace to confirm, or seed without --bulk to add the firms to it.');
    return 1;
  }
  const definitions = readIndustryDefinitions(join(repoRoot, 'data/industries'));
  const started = performance.now();
  try {
    const imported = await importSyntheticSet(local, definitions, { ...options, progress: out });
    const server = await startLocalNeo4j(local, { password, progress: out });
    const executor = new GraphExecutor({ uri: server.uri, user: target.user, password });
    try {
      await completeImport(executor, definitions, out);
    } finally {
      await executor.close();
      await server.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    const total = imported.nodes + imported.relationships;
    out(
      `✔ Imported ${imported.companies.toLocaleString('en')} synthetic firms (seed ${options.seed}): ` +
        `${total.toLocaleString('en')} nodes+relationships in ${seconds.toFixed(1)} s ` +
        `(${Math.round(total / seconds).toLocaleString('en')}/s). Start the platform with "pnpm start".`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    out(`✖ ${error.message}`);
    return 1;
  }
}
