import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { atMost, defineCommand, describeSeed, openSeedTarget, wholeNumberOption } from '@atlas/cli';
import { repoRoot } from '@atlas/config';
import { crosswalkOptions, DEFAULT_SEED, DEMO_SIZE, generateEnterpriseBatches, SYNTHETIC_EPOCH } from '@atlas/domain';
import { readCrosswalk, readIndustryDefinitions, removeSyntheticData, SeedMismatchError, seedDemo } from '@atlas/graph';

const USAGE = 'pnpm bench load [--size N] [--batch N] [--seed S] [--fresh] [--generate-only]';
const DEFAULT_BENCH_SIZE = 100_000;

/**
 * Load benchmark: writes N synthetic firms with the demo's id scheme (so it extends the demo set rather than
 * duplicating it) and reports nodes+relationships per second and this process's peak RSS. A benchmark, not a
 * test: numbers depend on the machine, so it prints them instead of asserting.
 */
export const loadBench = defineCommand({
  name: 'load',
  summary: `loading N synthetic firms through the Cypher loader (default ${DEFAULT_BENCH_SIZE.toLocaleString('en')})`,
  usage: USAGE,
  options: {
    size: { type: 'string' },
    batch: { type: 'string' },
    seed: { type: 'string' },
    fresh: { type: 'boolean' },
    'generate-only': { type: 'boolean' },
  },
  async run({ values: given, positionals }, out) {
    atMost(positionals, 0);
    const size = wholeNumberOption('size', given.size, DEFAULT_BENCH_SIZE);
    const seed = wholeNumberOption('seed', given.seed, DEFAULT_SEED);
    const values = { batch: wholeNumberOption('batch', given.batch, undefined, { min: 1 }) };
    const flags = new Set(['fresh', 'generate-only'].filter((name) => given[name as 'fresh' | 'generate-only']));
    if (flags.has('generate-only')) return generateOnly(size, seed, values.batch, out);
    const target = await openSeedTarget(out);
    try {
      // --fresh drops what earlier runs added beyond the demo set, so (almost) every firm is created, not matched;
      // the demo firms stay, for whoever is using the database meanwhile.
      const removed = flags.has('fresh') ? await removeSyntheticData(target.executor, { from: DEMO_SIZE }) : 0;
      const existing = await countSyntheticCompanies(target);
      let lastLine = 0;
      const report = await seedDemo(target.executor, target.definitions, {
        size,
        seed,
        crosswalk: readCrosswalk(join(repoRoot, 'data/industries'), target.definitions),
        ...(values.batch ? { batchSize: values.batch } : {}),
        // One progress line every ~2 s is enough for a run of minutes.
        progress: (line) => {
          if (performance.now() - lastLine < 2000) return;
          lastLine = performance.now();
          out(line);
        },
      });
      const written = report.nodes + report.relationships;
      const result = {
        date: new Date().toISOString().slice(0, 10),
        size,
        seed,
        batchSize: values.batch ?? 5000,
        fresh: flags.has('fresh'),
        removedBefore: removed,
        companiesAlreadyThere: existing,
        seconds: Number(report.seconds.toFixed(2)),
        nodes: report.nodes,
        relationships: report.relationships,
        perSecond: Math.round(written / report.seconds),
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        companies: report.companies,
        capabilities: report.capabilities,
        supplies: report.supplies,
        certifications: report.certifications,
        holdings: report.holdings,
        demands: report.demands,
        machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
        dataEpoch: SYNTHETIC_EPOCH,
      };
      out(
        `bench-load: ${written.toLocaleString('en')} nodes+relationships in ${result.seconds} s = ` +
          `${result.perSecond.toLocaleString('en')}/s, peak RSS ${result.peakRssMb} MB (${describeSeed(report)})`,
      );
      out(JSON.stringify(result));
      return 0;
    } catch (error) {
      if (!(error instanceof SeedMismatchError || error instanceof RangeError)) throw error;
      out(`✖ ${error.message}`);
      return 1;
    } finally {
      await target.close();
    }
  },
});

async function countSyntheticCompanies(target: Awaited<ReturnType<typeof openSeedTarget>>): Promise<number> {
  const [row] = await target.executor.read<{ n: number }>(
    'bench-load',
    "MATCH (c:Company) WHERE c.id STARTS WITH 'syn-' RETURN count(c) AS n",
  );
  return row?.n ?? 0;
}

/** The generator alone, no database: shows that a million firms stream through in bounded memory. */
function generateOnly(size: number, seed: number, batchSize: number | undefined, out: (line: string) => void): number {
  const dir = join(repoRoot, 'data/industries');
  const industries = readIndustryDefinitions(dir);
  // The crosswalk's feeds and shared segments, as the seed uses them: the same rows the loaders would write.
  const crosswalk = crosswalkOptions(readCrosswalk(dir, industries));
  const started = performance.now();
  let rows = 0;
  for (const batch of generateEnterpriseBatches({
    industries,
    size,
    seed,
    ...crosswalk,
    ...(batchSize ? { batchSize } : {}),
  }))
    for (const list of Object.values(batch)) rows += list.length;
  const seconds = (performance.now() - started) / 1000;
  const result = {
    size,
    seed,
    rows,
    seconds: Number(seconds.toFixed(2)),
    rowsPerSecond: Math.round(rows / seconds),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  out(
    `generate-only: ${size.toLocaleString('en')} firms, ${rows.toLocaleString('en')} rows in ${result.seconds} s, ` +
      `peak RSS ${result.peakRssMb} MB`,
  );
  out(JSON.stringify(result));
  return 0;
}
