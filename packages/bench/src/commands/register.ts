import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { atMost, defineCommand, importRegister, wholeNumberOption } from '@atlas/cli';
import { repoRoot } from '@atlas/config';
import { loadIndustries, readIndustryDefinitions } from '@atlas/graph';
import {
  createClassifier,
  DEFAULT_REGISTER_SEED,
  loadVocabulary,
  SYNTHETIC_REGISTER_COLUMNS,
  syntheticRegister,
  syntheticRegisterCsvLine,
} from '@atlas/register';
import { defaultOptions } from '../options';
import { type BenchStore, freshStore } from '../store';

const USAGE = 'pnpm bench register [--size 100000] [--runs 3] [--warmup 1] [--port 7811]';

/**
 * Register import benchmark (issue #13 §6): a synthetic district register (≥ 60 % out of scope, as a district's is)
 * written as CSV, then `import register` — validation, classification and the transactional write — timed end to
 * end on a Neo4j of its own (its own ATLAS_HOME and port, never the shared 7687 one), `--runs` times on the same
 * store with the register's firms deleted between runs, so every run creates them, after `--warmup` untimed runs
 * (the first import on a cold JVM is ~30 % slower; it is printed too). Prints the median and spread.
 */
export const registerBench = defineCommand({
  name: 'register',
  summary: '`atlas import register` with classification on a synthetic register (own Neo4j)',
  usage: USAGE,
  options: { size: { type: 'string' }, runs: { type: 'string' }, warmup: { type: 'string' }, port: { type: 'string' } },
  async run({ values, positionals }, out) {
    atMost(positionals, 0);
    const size = wholeNumberOption('size', values.size, 100_000, { min: 1 });
    const runs = wholeNumberOption('runs', values.runs, 3, { min: 1 });
    const warmup = wholeNumberOption('warmup', values.warmup, 1);
    const port = wholeNumberOption('port', values.port, 7811, { min: 1, max: 65_535 });
    const vocabulary = await loadVocabulary();
    const classifier = createClassifier(vocabulary);
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-register-'));
    const file = join(dir, `register-${size}.csv`);
    const options = {
      ...defaultOptions(out),
      neo4jPort: port,
      home: join(repoRoot, '.atlas/bench-register'),
    };
    let store: BenchStore | undefined;
    try {
      const writing = performance.now();
      await writeRegister(file, size, vocabulary.segments);
      out(`bench-register: ${size.toLocaleString('en')} rows written to ${file} in ${seconds(writing)} s`);
      store = await freshStore(options, size);
      await loadIndustries(store.executor, readIndustryDefinitions(join(repoRoot, 'data/industries')));
      const timings: number[] = [];
      let last: Awaited<ReturnType<typeof importRegister>> | undefined;
      for (let run = 1 - warmup; run <= runs; run++) {
        if (run > 1 - warmup) await removeRegisterFirms(store);
        const started = performance.now();
        last = await importRegister(store.executor, file, {
          classifier,
          progress: (line) => {
            if (/000 rows (written|read)/.test(line) && /[05]0,000 rows/.test(line)) out(`  ${line}`);
          },
        });
        const s = (performance.now() - started) / 1000;
        if (last.problems.length > 0)
          throw new Error(`the synthetic register has problems: ${last.problems[0]?.reason}`);
        if (run >= 1) timings.push(s);
        out(
          `${run >= 1 ? `run ${run}` : 'warm-up (untimed)'}: ${s.toFixed(2)} s, ${Math.round(size / s).toLocaleString('en')} rows/s ` +
            `(validate ${last.seconds.validate.toFixed(1)} s, classify + write ${last.seconds.write.toFixed(1)} s: ` +
            `classifying ${last.seconds.classify.toFixed(1)} s, Neo4j transactions ${last.seconds.database.toFixed(1)} s)`,
        );
      }
      const sorted = [...timings].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] as number;
      const result = {
        date: new Date().toISOString().slice(0, 10),
        size,
        warmup,
        runs: timings.map((t) => Number(t.toFixed(2))),
        medianSeconds: Number(median.toFixed(2)),
        rowsPerSecond: Math.round(size / median),
        spreadRowsPerSecond: [Math.round(size / (sorted.at(-1) as number)), Math.round(size / (sorted[0] as number))],
        attachedFirms: last?.attachedFirms,
        attachments: last?.attachments,
        unresolvedAddresses: last?.warnings.filter((w) => w.reason.startsWith('address not resolved')).length,
        vocabularyVersion: classifier.vocabularyVersion,
        seed: DEFAULT_REGISTER_SEED,
        neo4j: store.version,
        machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
      };
      out(
        `bench-register ${size.toLocaleString('en')} rows: median ${result.medianSeconds} s of ${runs} ` +
          `(${sorted.map((t) => t.toFixed(2)).join(', ')} s) = ${result.rowsPerSecond.toLocaleString('en')} rows/s ` +
          `(${result.spreadRowsPerSecond.map((n) => n.toLocaleString('en')).join('–')}); ` +
          `${result.attachedFirms?.toLocaleString('en')} firms attached, ${result.attachments?.toLocaleString('en')} inferred edges`,
      );
      out(JSON.stringify(result));
      return 0;
    } finally {
      await store?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

async function writeRegister(
  file: string,
  size: number,
  segments: Parameters<typeof syntheticRegister>[0]['segments'],
): Promise<void> {
  const stream = createWriteStream(file, 'utf8');
  stream.write(`\uFEFF${SYNTHETIC_REGISTER_COLUMNS.join(',')}\n`);
  for (const row of syntheticRegister({ size, segments })) {
    if (!stream.write(`${syntheticRegisterCsvLine(row)}\n`))
      await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
  stream.end();
  await finished(stream);
}

/** The register's firms (ids `reg-…`) and their edges, in batches: the store is the benchmark's own. */
async function removeRegisterFirms(store: BenchStore): Promise<void> {
  await store.executor.writeInBatches(
    'bench-register-reset',
    `MATCH (c:Company) WHERE c.id STARTS WITH 'reg-'
     CALL (c) { DETACH DELETE c } IN TRANSACTIONS OF 10000 ROWS`,
  );
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
