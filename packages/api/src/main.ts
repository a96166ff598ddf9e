// First: sets NODE_ENV before graphql loads (production-mode.ts says why).
import './production-mode';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadDotEnv, repoRoot } from '@atlas/config';
import {
  countCompanies,
  countEnabledAdmins,
  DatabaseAuthError,
  DatabaseUnavailableError,
  GraphExecutor,
  isGraphEmpty,
  loadIndustries,
  migrate,
  readIndustryDefinitions,
  seedDemo,
} from '@atlas/graph';
import { ensureNeo4j } from '@atlas/neo4j-local';
import pino from 'pino';
import { readApiConfig, readDatabaseLimits, readServerSettings } from './config';
import { createAtlasServer } from './server';
import { startSnapshotSchedule } from './snapshot-schedule';
import { checkDemoHost, prepareGraph } from './startup';

const say = (line: string) => console.log(line);

/** `pnpm start`: Neo4j (started or reused), migrations, then the API and web app on one port. */
async function main(): Promise<void> {
  loadDotEnv();
  const { port, host, logLevel, demoSize } = readServerSettings();
  const config = readApiConfig();
  checkDemoHost(config.mode, host);
  const logger = pino({ level: logLevel });

  // Things to undo on exit, newest first; Ctrl-C during startup still stops a Neo4j we started.
  const undo: Array<() => Promise<void>> = [];
  const shutdown = once(async (reason: string, code: number) => {
    say(`\n${reason}: stopping…`);
    for (const step of undo.reverse()) await step().catch((error) => console.error(error));
    say('Stopped.');
    process.exit(code);
  });
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));

  try {
    const neo4j = await ensureNeo4j(say);
    undo.push(() => neo4j.release());
    const executor = new GraphExecutor({ ...neo4j, ...readDatabaseLimits() });
    undo.push(() => executor.close());
    await executor.verify();
    say('Applying the schema…');
    const migration = await migrate(executor);
    const repaired = migration.repairedOperations
      ? `; ${migration.repairedOperations.toLocaleString('en')} OPERATES_IN edges given their locality copies`
      : '';
    say(`Schema ready (${migration.statements} constraints and indexes${repaired}).`);
    // Demo: the demo firms before the demo users (picked from them). Production: no demo firm, no demo login.
    await prepareGraph(
      executor,
      config,
      {
        isEmpty: () => isGraphEmpty(executor),
        loadDemo: () => loadDemo(executor, demoSize),
        loadIndustries: async () => {
          await loadIndustries(executor, readIndustryDefinitions(join(repoRoot, 'data/industries')));
        },
        countCompanies: () => countCompanies(executor),
        countEnabledAdmins: () => countEnabledAdmins(executor),
      },
      say,
    );

    const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));
    const server = createAtlasServer({ executor, config, logger }, { webRoot });
    await listen(server, port, host);
    undo.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    if (config.snapshotEveryMs !== null) {
      const schedule = startSnapshotSchedule(executor, config.snapshotEveryMs, {
        info: (line) => say(`[snapshots] ${line}`),
        error: (line, error) => logger.error({ err: error }, `[snapshots] ${line}`),
      });
      undo.push(async () => schedule.stop());
    }
    const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
    say(`\nChain Atlas is running in ${config.mode} mode (Neo4j: ${neo4j.target}, ${neo4j.uri})`);
    say(`  web       ${base}/`);
    say(`  GraphQL   ${base}/graphql`);
    say(`  health    ${base}/healthz`);
    say('Press Ctrl-C to stop.');
  } catch (error) {
    report(error);
    await shutdown('startup failed', 1);
  }
}

/** First start on an empty graph: the industries and the synthetic demo firms (size from ATLAS_DEMO_SIZE). */
async function loadDemo(executor: GraphExecutor, size: number): Promise<void> {
  say(`Empty graph: loading the industries and ${size.toLocaleString('en')} synthetic demo firms (示例)…`);
  const definitions = readIndustryDefinitions(join(repoRoot, 'data/industries'));
  const report = await seedDemo(executor, definitions, { size, progress: (line) => say(`  ${line}`) }).catch(
    (error: unknown) => {
      throw error instanceof RangeError ? new ConfigError(`ATLAS_DEMO_SIZE: ${error.message}`) : error;
    },
  );
  say(`Demo data ready: ${report.companies.toLocaleString('en')} firms in ${report.seconds.toFixed(1)} s.`);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' ? new ConfigError(`Port ${port} is in use: set ATLAS_PORT to a free port`) : error,
      ),
    );
    server.listen(port, host, () => resolve());
  });
}

function once<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  let running: Promise<void> | undefined;
  return (...args) => (running ??= fn(...args));
}

/** Expected failures are one line saying what to fix; anything else keeps its stack. */
function report(error: unknown): void {
  const known = [ConfigError, DatabaseAuthError, DatabaseUnavailableError].some((type) => error instanceof type);
  console.error(`✖ ${known ? (error as Error).message : ((error as Error).stack ?? String(error))}`);
}

// Configuration mistakes (before anything started) are one line too, not an unhandled rejection's stack.
main().catch((error: unknown) => {
  report(error);
  process.exit(1);
});
