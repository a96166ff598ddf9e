/**
 * The short form of the reliability scripts that CI runs (`pnpm reliability`, a step of `.ci/run`): one Neo4j of
 * our own (port 7787 unless ATLAS_FAULTS_NEO4J_PORT), a small seeded demo, load with 50 clients for 10 s, then one
 * fault cycle with an import in flight and a dump/restore. Prints the summary lines; exit 1 when either fails.
 *
 * Longer runs: `pnpm reliability:load` (200 clients × 60 s) and `pnpm reliability:faults` (3 cycles).
 */
import { GraphExecutor, migrate } from '@atlas/graph';
import { printFaults, runFaults } from './faults';
import { ownNeo4j } from './lib/own-neo4j';
import { ensureLoadData, printLoad, runLoad } from './load';

async function main(): Promise<number> {
  const started = performance.now();
  const neo = ownNeo4j({ progress: (line) => console.log(`[neo4j] ${line}`) });
  await neo.start();
  const executor = new GraphExecutor(neo.connection);
  try {
    await migrate(executor);
    await ensureLoadData(executor, console.log);
    const load = printLoad(await runLoad(executor, { clients: 50, seconds: 10 }));
    const faults = printFaults(await runFaults(neo, executor, { cycles: 1, importRows: 5_000, backup: true }));
    console.log(`reliability (short form) took ${Math.round((performance.now() - started) / 1000)} s`);
    return Math.max(load, faults);
  } finally {
    await executor.close();
    await neo.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
