import { loadavg } from 'node:os';
import { type ApiProcess, startApi } from './api-process';
import { benchCases } from './cases';
import { type ConcurrentResult, concurrentLoad, MATCHING_MIX } from './concurrent';
import { type Fixtures, pickFixtures } from './fixtures';
import { type LoadResult, loadDataSet, round } from './load';
import { type MachineInfo, machineInfo } from './machine';
import { type BenchOptions, memoryFor, sizeLabel } from './options';
import { bulkLoadedStore, freshStore, neo4jMemory, waitUntilIdle } from './store';
import { measureCase, postGraphql, type QueryTiming, stats } from './timing';
import { startTransportFloor } from './transport-floor';

type Memory = { rssMb: number; peakRssMb: number } | null;

/** The larger peak of the two API processes a size runs (cache off, then on). */
function peakOf(a: Memory, b: Memory): Memory {
  if (!a || !b) return a ?? b;
  return a.peakRssMb >= b.peakRssMb ? a : b;
}

/** Everything measured for one data-set size, from one run. */
export interface SizeResult {
  size: number;
  label: string;
  neo4jMemory: { heap: string; pageCache: string };
  /** The bulk load of the store every query ran on. */
  load: LoadResult;
  /** The same set through the Cypher loader on a store of its own (sizes up to `transactionalUpTo`). */
  transactionalLoad?: LoadResult;
  fixtures: Fixtures;
  queries: QueryTiming[];
  /** Median of a trivial operation (`{ __typename }`) over HTTP: the API's fixed cost per request. */
  apiFloorMs: number;
  /** All eight analytics, and the matching mix alone (see concurrent.ts); the API's analytics cache off. */
  concurrent: ConcurrentResult;
  concurrentMatching?: ConcurrentResult;
  /** The same two mixes against the API as shipped: analytics results shared until the data changes. */
  concurrentCached?: ConcurrentResult;
  concurrentMatchingCached?: ConcurrentResult;
  memory: { neo4jAfterLoad: Memory; neo4j: Memory; api: Memory };
  wallSeconds: number;
  /** 1-minute load average at the start and end of the size: other work on a shared machine skews everything. */
  loadAverage: { start: number; end: number };
}

export interface BenchRun {
  date: string;
  command: string;
  machine: MachineInfo;
  settings: Pick<
    BenchOptions,
    'seed' | 'warmup' | 'iterations' | 'caseBudgetSeconds' | 'connections' | 'loadSeconds' | 'transactionalUpTo'
  >;
  sizes: SizeResult[];
}

/**
 * Runs every size in order, each on an empty store of its own; the servers it started are stopped either way.
 * `onSize` sees the run so far after each size, so a long run that fails late keeps what it measured.
 */
export async function runBenchmark(
  options: BenchOptions,
  command: string,
  onSize: (run: BenchRun) => void = () => {},
): Promise<BenchRun> {
  const { seed, warmup, iterations, caseBudgetSeconds, connections, loadSeconds, transactionalUpTo } = options;
  const run: BenchRun = {
    date: new Date().toISOString(),
    command,
    machine: machineInfo('unknown'),
    settings: { seed, warmup, iterations, caseBudgetSeconds, connections, loadSeconds, transactionalUpTo },
    sizes: [],
  };
  for (const size of options.sizes) {
    const result = await benchSize(options, size, (version) => {
      run.machine = machineInfo(version);
    });
    run.sizes.push(result);
    onSize(run);
  }
  return run;
}

async function benchSize(options: BenchOptions, size: number, onVersion: (v: string) => void): Promise<SizeResult> {
  const say = options.progress;
  const label = sizeLabel(size);
  const started = performance.now();
  const loadStart = loadavg()[0] ?? 0;
  say(`\n== ${label} firms ==`);
  const transactionalLoad = size <= options.transactionalUpTo ? await transactionalRate(options, size) : undefined;
  say(`Bulk-importing ${size.toLocaleString('en')} synthetic firms (the store the queries run on)…`);
  const { store, load } = await bulkLoadedStore(options, size);
  say(`  ${describeLoad(load)}`);
  let api: ApiProcess | undefined;
  let apiCached = false;
  try {
    onVersion(store.version);
    const neo4jAfterLoad = neo4jMemory(store);
    const fixtures = await pickFixtures(store.executor);
    const cases = benchCases(store.executor, fixtures);
    // Timings with the analytics cache off: every call runs its Cypher, so raw and GraphQL do the same work.
    let server = await startApi(store, options.apiPort, say, { cache: false });
    api = server;
    const apiFloorMs = await measureFloor(server.url, options.iterations);
    say(`  API floor ({ __typename } over HTTP): ${fmt(apiFloorMs)}`);
    const queries: QueryTiming[] = [];
    const floor = await startTransportFloor(store, options.floorPort, fixtures, say);
    try {
      for (const testCase of cases) {
        const timing = await measureCase(
          testCase,
          server.url,
          { warmup: options.warmup, iterations: options.iterations, budgetSeconds: options.caseBudgetSeconds },
          floor.url,
        );
        queries.push(timing);
        say(
          `  ${timing.name.padEnd(18)} raw ${fmt(timing.raw.medianMs)} (p95 ${fmt(timing.raw.p95Ms)})  ` +
            `GraphQL ${fmt(timing.graphql.medianMs)} (p95 ${fmt(timing.graphql.p95Ms)})  ×${timing.overheadRatio}  ` +
            `floor ${fmt(timing.transport?.medianMs ?? Number.NaN)} ×${timing.transportRatio}  n=${timing.raw.n}`,
        );
      }
    } finally {
      await floor.stop();
    }
    // The light mix first: the full one can leave minutes of queries running after its window closes.
    const load50 = async (mix: string, selected: typeof cases) => {
      const cache = apiCached ? 'cache on' : 'cache off';
      say(`Concurrent load (${mix}, ${cache}): ${options.connections} connections for ${options.loadSeconds} s…`);
      const result = await concurrentLoad(server.url, selected, options.connections, options.loadSeconds);
      say(
        `  ${result.requests} answered (${result.requestsPerSecond} req/s), ${result.unfinished} still running at ` +
          `the end, p99 ${result.latencyMs.p99} ms, ${result.totalErrors} errors` +
          (result.firstError ? ` (first: ${result.firstError})` : ''),
      );
      const left = await waitUntilIdle(store);
      if (left) say(`  (${left} queries still running in Neo4j after waiting)`);
      return result;
    };
    const concurrentMatching = await load50(
      'matching',
      cases.filter((c) => MATCHING_MIX.includes(c.name)),
    );
    const concurrent = await load50('all eight', cases);
    const uncachedApiMemory = server.memory();
    // Then the API as shipped: a fresh process with the analytics cache on (a restart also drops the read queue
    // the uncached windows left behind).
    await server.stop();
    server = await startApi(store, options.apiPort, say, { cache: true });
    api = server;
    apiCached = true;
    const concurrentMatchingCached = await load50(
      'matching',
      cases.filter((c) => MATCHING_MIX.includes(c.name)),
    );
    const concurrentCached = await load50('all eight', cases);
    const memory = { neo4jAfterLoad, neo4j: neo4jMemory(store), api: peakOf(uncachedApiMemory, server.memory()) };
    say(`  peak RSS: Neo4j ${memory.neo4j?.peakRssMb ?? '?'} MB, API ${memory.api?.peakRssMb ?? '?'} MB`);
    return {
      size,
      label,
      neo4jMemory: memoryFor(size),
      load,
      ...(transactionalLoad ? { transactionalLoad } : {}),
      fixtures,
      queries,
      apiFloorMs,
      concurrent,
      concurrentMatching,
      concurrentCached,
      concurrentMatchingCached,
      memory,
      wallSeconds: round((performance.now() - started) / 1000),
      loadAverage: { start: round(loadStart, 2), end: round(loadavg()[0] ?? 0, 2) },
    };
  } finally {
    await api?.stop();
    await store.stop();
  }
}

/** The Cypher loader's rate on a store of its own, stopped afterwards (the queries run on the bulk store). */
async function transactionalRate(options: BenchOptions, size: number): Promise<LoadResult> {
  options.progress(`Loading ${size.toLocaleString('en')} synthetic firms through Cypher transactions…`);
  const store = await freshStore(options, size);
  try {
    const load = await loadDataSet(store, size, options.seed, options.progress);
    options.progress(`  ${describeLoad(load)}`);
    return load;
  } finally {
    await store.stop();
  }
}

function describeLoad(load: LoadResult): string {
  const phases = load.phases
    ? ` (${Object.entries(load.phases)
        .map(([name, s]) => `${name} ${s} s`)
        .join(', ')})`
    : '';
  return (
    `${(load.nodes + load.relationships).toLocaleString('en')} nodes+relationships in ${load.seconds} s = ` +
    `${load.perSecond.toLocaleString('en')}/s${phases}, loader peak RSS ${load.loaderPeakRssMb} MB`
  );
}

const fmt = (ms: number) => `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`.padStart(8);

async function measureFloor(url: string, iterations: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < iterations + 5; i++) {
    const start = performance.now();
    await postGraphql(url, '{ __typename }', {});
    if (i >= 5) samples.push(performance.now() - start);
  }
  return stats(samples).medianMs;
}
