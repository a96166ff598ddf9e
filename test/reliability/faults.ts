/**
 * Fault injection (issue #8): our own Neo4j (port 7787, `.atlas/neo4j-faults`; never the shared 7687) is stopped
 * with SIGTERM while the API serves writes and reads and while an import writes; the API must answer DB_UNAVAILABLE
 * and /healthz 503 meanwhile, recover by itself once Neo4j is back, keep every write it acknowledged before the
 * fault, and the import must complete or leave nothing. Then a dump taken during the outage is restored with
 * neo4j-admin and checked.
 *
 *   pnpm reliability:faults [--cycles N] [--rows N] [--no-backup]      (full: 3 cycles, 20,000 import rows)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphExecutor, migrate } from '@atlas/graph';
import { importFile } from '../../packages/cli/src/import/importer';
import { testUscc } from '../fixtures/import/fixtures';
import { outcome, type RunningApi, startApi } from './lib/api';
import { createWorld, newWorld, removeWorld, storedDemandIds, type World } from './lib/fixtures';
import { type OwnNeo4j, ownNeo4j } from './lib/own-neo4j';
import { seconds, summary } from './lib/summary';
import { codesText, postDemand, startClients, timed } from './lib/traffic';

export interface FaultOptions {
  cycles: number;
  importRows: number;
  backup: boolean;
  log?: (line: string) => void;
}

export interface FaultReport {
  survived: number;
  failed: string[];
  lost: number;
  recoveryMs: number[];
}

export async function runFaults(neo: OwnNeo4j, executor: GraphExecutor, options: FaultOptions): Promise<FaultReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const world = newWorld('faults');
  await createWorld(executor, world);
  const api = await startApi(executor);
  const token = await api.login(world.usernames.CHAIN_LEADER, world.password);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-faults-'));
  const report: FaultReport = { survived: 0, failed: [], lost: 0, recoveryMs: [] };
  const writers = startClients(api, 4, (a, r) => postDemand(a, r, world, token), 20);
  const readers = startClients(
    api,
    2,
    (a, r) => timed(r, () => a.gql('{ demands(first: 5) { totalCount } industries { id } }')).then(() => {}),
    20,
  );
  // Acknowledged demands when the dump was taken, and when Neo4j answered again after that outage.
  let dumped: Set<string> | undefined;
  let afterDump: Set<string> | undefined;
  try {
    for (let cycle = 1; cycle <= options.cycles; cycle++) {
      let apiOk = true;
      const fail = (why: string, api = true) => {
        apiOk &&= !api;
        report.failed.push(`cycle ${cycle}: ${why}`);
      };
      // An import that is writing (inside its one transaction) when Neo4j goes down.
      const file = join(dir, `companies-${cycle}.csv`);
      writeFileSync(file, companiesCsv(world, cycle, options.importRows));
      let writing: () => void = () => {};
      const midWrite = new Promise<void>((resolve) => (writing = resolve));
      const importing = importFile(executor, 'companies', file, {
        batchSize: 500,
        progressEvery: 500,
        progress: (line) => line.includes('rows written') && writing(),
      }).then(
        (r) => `completed (${r.written} rows)`,
        (error: Error) => `failed: ${error.message.split('\n')[0]}`,
      );
      await Promise.race([midWrite, importing]);
      const acknowledgedBefore = new Set(writers.report.acknowledged);

      const stopAt = performance.now();
      await neo.stop();
      log(
        `cycle ${cycle}: Neo4j stopped in ${seconds(performance.now() - stopAt)} (${acknowledgedBefore.size} writes acknowledged so far)`,
      );
      const down = await duringOutage(api, token, world);
      log(
        `  while down: postDemand → ${down.write}, query → ${down.read} (answered in ${seconds(down.ms)}), /healthz → ${down.health}`,
      );
      if (down.write !== 'DB_UNAVAILABLE' || down.read !== 'DB_UNAVAILABLE' || down.health !== '503 degraded')
        fail(`outage answers ${JSON.stringify(down)}`);
      const dumpNow = options.backup && !dumped;
      if (dumpNow) {
        dumped = new Set(writers.report.acknowledged);
        await neo.admin(['database', 'dump', 'neo4j', `--to-path=${dir}`, '--overwrite-destination=true']);
        log(`  neo4j-admin database dump neo4j: ${dumped.size} acknowledged demands in the dump`);
      }

      await neo.start();
      const ready = performance.now();
      if (dumpNow) afterDump = new Set(writers.report.acknowledged);
      const recovered = await untilRecovered(api, token, world);
      if (recovered === undefined) fail('the API did not recover within 60 s');
      else report.recoveryMs.push(recovered - ready);
      log(
        `  Neo4j back after ${seconds(ready - stopAt)}; API recovered ${recovered ? seconds(recovered - ready) : 'never'} later`,
      );

      const importResult = await importing;
      const imported = await countImported(executor, world, cycle);
      const wholeOrNothing = importResult.startsWith('completed') ? imported === options.importRows : imported === 0;
      log(`  import: ${importResult}; ${imported} of ${options.importRows} rows in the graph`);
      if (wholeOrNothing) report.survived++;
      else fail(`import left ${imported} of ${options.importRows} rows (${importResult})`, false);

      const stored = await storedDemandIds(executor, world);
      const lost = [...acknowledgedBefore].filter((id) => !stored.has(id));
      report.lost += lost.length;
      if (lost.length > 0) fail(`${lost.length} acknowledged writes lost: ${lost.slice(0, 3).join(', ')}`);
      if (apiOk) report.survived++;
    }
    const written = await writers.stop();
    await readers.stop();
    const stored = await storedDemandIds(executor, world);
    const lostAtEnd = [...written.acknowledged].filter((id) => !stored.has(id)).length;
    report.lost = Math.max(report.lost, lostAtEnd);
    log(`traffic: ${written.requests} writes (${codesText(written.codes)}); reads ${codesText(readers.report.codes)}`);
    const unexpected = [...written.codes.keys(), ...readers.report.codes.keys()].filter(
      (c) => c !== 'ok' && c !== 'DB_UNAVAILABLE',
    );
    if (unexpected.length > 0) report.failed.push(`answers other than ok/DB_UNAVAILABLE: ${unexpected.join(', ')}`);
    if (dumped && afterDump) {
      const later = new Set([...written.acknowledged].filter((id) => !afterDump?.has(id)));
      await restoreAndCheck(neo, executor, dir, world, dumped, later, report, log);
    }
  } finally {
    await writers.stop();
    await readers.stop();
    await api.close();
    await removeWorld(executor, world).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

async function duringOutage(api: RunningApi, token: string, world: World) {
  const started = performance.now();
  const [write, read, health] = await Promise.all([
    api.gql(
      'mutation($s: ID!) { postDemand(input: {title: "停机", segmentId: $s}) { id } }',
      { s: world.segments[0] },
      token,
    ),
    api.gql('{ demands(first: 1) { totalCount } }'),
    fetch(`${api.base}/healthz`).then(async (r) => `${r.status} ${((await r.json()) as { status: string }).status}`),
  ]);
  return { write: outcome(write), read: outcome(read), health, ms: performance.now() - started };
}

/**
 * Starts a probe (a /healthz and a write, as a load balancer and a user would) every second without waiting for the
 * previous one, so a slow probe cannot hide an earlier recovery. Returns the moment the first probe fully succeeded.
 */
async function untilRecovered(api: RunningApi, token: string, world: World): Promise<number | undefined> {
  const deadline = performance.now() + 60_000;
  let recovered: number | undefined;
  const probes: Promise<void>[] = [];
  const probe = async () => {
    const [health, write] = await Promise.all([
      fetch(`${api.base}/healthz`).then((r) => r.status),
      api.gql(
        'mutation($s: ID!) { postDemand(input: {title: "恢复", segmentId: $s}) { id } }',
        { s: world.segments[0] },
        token,
      ),
    ]);
    if (health === 200 && outcome(write) === 'ok')
      recovered = Math.min(recovered ?? Number.POSITIVE_INFINITY, performance.now());
  };
  while (recovered === undefined && performance.now() < deadline) {
    probes.push(probe());
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await Promise.all(probes);
  return recovered;
}

/** Stops Neo4j, loads the dump taken during the first outage, and checks the store is that moment's. */
async function restoreAndCheck(
  neo: OwnNeo4j,
  executor: GraphExecutor,
  dir: string,
  world: World,
  dumped: Set<string>,
  later: Set<string>,
  report: FaultReport,
  log: (line: string) => void,
) {
  await neo.stop();
  await neo.admin(['database', 'load', 'neo4j', `--from-path=${dir}`, '--overwrite-destination=true']);
  await neo.start();
  const restored = await storedDemandIds(executor, world);
  const missing = [...dumped].filter((id) => !restored.has(id)).length;
  const fromTheFuture = [...later].filter((id) => restored.has(id)).length;
  log(
    `backup: neo4j-admin database load restored ${restored.size} demands: ${dumped.size - missing} of ${dumped.size} ` +
      `acknowledged before the dump, ${fromTheFuture} of ${later.size} written after it`,
  );
  if (missing > 0) report.failed.push(`restore lost ${missing} demands that were in the dump`);
  if (fromTheFuture > 0) report.failed.push(`restore holds ${fromTheFuture} demands written after the dump`);
}

function companiesCsv(world: World, cycle: number, rows: number): string {
  const lines = ['id,uscc,name,size,province,district'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `${world.id(`imp${cycle}-${i}`)},${testUscc(`${world.prefix}/${cycle}`, i)},故障导入${cycle}-${i},small,上海市,金山区`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function countImported(executor: GraphExecutor, world: World, cycle: number): Promise<number> {
  const [row] = await executor.read<{ n: number }>(
    'faults',
    'MATCH (c:Company) WHERE c.id STARTS WITH $p RETURN count(c) AS n',
    {
      p: world.id(`imp${cycle}-`),
    },
  );
  return row?.n ?? 0;
}

/** The script: own Neo4j up, the fault cycles, Neo4j down, one summary line; exit 1 on any failure. */
export async function mainFaults(args: string[]): Promise<number> {
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const neo = ownNeo4j({ progress: (line) => console.log(`[neo4j] ${line}`) });
  await neo.start();
  const executor = new GraphExecutor(neo.connection);
  try {
    await migrate(executor);
    const report = await runFaults(neo, executor, {
      cycles: option('cycles', 3),
      importRows: option('rows', 20_000),
      backup: !args.includes('--no-backup'),
    });
    return printFaults(report);
  } finally {
    await executor.close();
    await neo.stop();
  }
}

export function printFaults(report: FaultReport): number {
  for (const failure of report.failed) console.log(`✖ ${failure}`);
  const recovery = report.recoveryMs.length ? seconds(Math.max(...report.recoveryMs)) : 'n/a';
  summary(`faults: ${report.survived} survived, acknowledged writes lost: ${report.lost}, recovery ${recovery}`);
  return report.failed.length === 0 && report.lost === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mainFaults(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
