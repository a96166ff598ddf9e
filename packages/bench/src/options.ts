import { join } from 'node:path';
import { type OptionValues, UsageError, wholeNumberOption } from '@atlas/cli';
import { repoRoot } from '@atlas/config';

/** Everything one benchmark run needs to know; `pnpm bench` uses the defaults, the smoke test shrinks them. */
export interface BenchOptions {
  sizes: number[];
  seed: number;
  /** Untimed calls of each query (both paths) before timing. */
  warmup: number;
  /** Timed calls of each query per path: the medians and p95s come from these. */
  iterations: number;
  /** Stop timing a query after this many seconds even below `iterations` (1M must fit in 30 minutes). */
  caseBudgetSeconds: number;
  /** Concurrent load: autocannon connections and seconds. */
  connections: number;
  loadSeconds: number;
  /**
   * Sizes up to this one are also loaded through the transactional (Cypher) loader, on a store of their own, for its
   * rate; the store the queries run on is always bulk-imported. 1M transactionally takes ~5 minutes more.
   */
  transactionalUpTo: number;
  /** The benchmark's own Neo4j (never the shared dev one on 7687), API and transport-floor ports. */
  neo4jPort: number;
  apiPort: number;
  floorPort: number;
  /** Folder of the benchmark's Neo4j (ATLAS_HOME); its store is deleted before each size. */
  home: string;
  /** Where `<date>.json` goes; `BENCHMARKS.md` too, unless null (the smoke test writes no report). */
  outDir: string;
  markdownFile: string | null;
  progress: (line: string) => void;
}

export const SIZE_10K = 10_000;
export const SIZE_100K = 100_000;
export const SIZE_1M = 1_000_000;

export function defaultOptions(progress: (line: string) => void): BenchOptions {
  return {
    sizes: [SIZE_10K, SIZE_100K],
    seed: 7,
    warmup: 5,
    iterations: 30,
    caseBudgetSeconds: 60,
    transactionalUpTo: SIZE_100K,
    connections: 50,
    loadSeconds: 30,
    neo4jPort: 7797,
    apiPort: 4797,
    floorPort: 4897,
    home: join(repoRoot, '.atlas/bench'),
    outDir: join(repoRoot, 'bench-results'),
    markdownFile: join(repoRoot, 'BENCHMARKS.md'),
    progress,
  };
}

/** Neo4j memory for a size: the default 1 GB heap is too small to load and query a million firms. */
export function memoryFor(size: number): { heap: string; pageCache: string } {
  return size >= SIZE_1M ? { heap: '4g', pageCache: '4g' } : { heap: '2g', pageCache: '2g' };
}

export const USAGE =
  'pnpm bench [--with-1m] [--sizes 10k,100k,1m] [--transactional-up-to 100k] [--iterations N] [--warmup N] [--load-seconds N] [--connections N] [--case-budget S] [--seed N] | --report';

/** The options `pnpm bench` takes (node:util parseArgs, strict). */
export const BENCH_OPTIONS = {
  'with-1m': { type: 'boolean' },
  sizes: { type: 'string' },
  'transactional-up-to': { type: 'string' },
  iterations: { type: 'string' },
  warmup: { type: 'string' },
  'load-seconds': { type: 'string' },
  connections: { type: 'string' },
  'case-budget': { type: 'string' },
  seed: { type: 'string' },
  report: { type: 'boolean' },
} as const;

/** `pnpm bench` options on top of the defaults. */
export function benchOptions(values: OptionValues<typeof BENCH_OPTIONS>, base: BenchOptions): BenchOptions {
  const options = { ...base };
  if (values.sizes !== undefined) options.sizes = values.sizes.split(',').map(parseSize);
  if (values['with-1m'] && !options.sizes.includes(SIZE_1M)) options.sizes = [...options.sizes, SIZE_1M];
  const upTo = values['transactional-up-to'];
  if (upTo !== undefined) options.transactionalUpTo = upTo === '0' ? 0 : parseSize(upTo);
  options.iterations = wholeNumberOption('iterations', values.iterations, base.iterations, { min: 1 });
  options.warmup = wholeNumberOption('warmup', values.warmup, base.warmup);
  options.loadSeconds = wholeNumberOption('load-seconds', values['load-seconds'], base.loadSeconds, { min: 1 });
  options.connections = wholeNumberOption('connections', values.connections, base.connections, { min: 1 });
  options.caseBudgetSeconds = wholeNumberOption('case-budget', values['case-budget'], base.caseBudgetSeconds, {
    min: 1,
  });
  options.seed = wholeNumberOption('seed', values.seed, base.seed, { min: 1 });
  return options;
}

/** 10k, 100k, 1m, 1_000_000 or 300 → a firm count. */
export function parseSize(text: string): number {
  const match = /^(\d[\d_]*)([km]?)$/i.exec(text.trim());
  const n = match
    ? Number(match[1]?.replaceAll('_', '')) * ({ k: 1e3, m: 1e6 }[match[2]?.toLowerCase() ?? ''] ?? 1)
    : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`--sizes: "${text}" is not a size like 10k, 100k or 1m`);
  return n;
}

export function sizeLabel(size: number): string {
  if (size >= 1e6 && size % 1e6 === 0) return `${size / 1e6}M`;
  if (size >= 1e3 && size % 1e3 === 0) return `${size / 1e3}k`;
  return String(size);
}
