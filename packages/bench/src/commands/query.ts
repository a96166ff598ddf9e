import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { atMost, defineCommand, UsageError } from '@atlas/cli';
import { renderSection, writeMarkdown } from '../markdown';
import { BENCH_OPTIONS, type BenchOptions, benchOptions, defaultOptions, USAGE } from '../options';
import { latestBySize, writeResults } from '../results';
import { type BenchRun, runBenchmark } from '../run';

/** Runs the benchmark and writes `bench-results/<date>.json` and the generated part of BENCHMARKS.md. */
export async function benchAndReport(options: BenchOptions, command: string) {
  let file = '';
  const report = (run: BenchRun) => {
    file = writeResults(options.outDir, run);
    if (options.markdownFile) {
      const { sizes, machine } = latestBySize(options.outDir);
      writeMarkdown(options.markdownFile, renderSection(sizes, machine));
    }
  };
  // Written after every size, so the 1M step failing late keeps the 10k and 100k results.
  const run = await runBenchmark(options, command, report);
  return { run, file };
}

/**
 * `pnpm bench`: 10k and 100k firms (1M with --with-1m), each on an empty Neo4j of its own (port 7797, never the
 * shared dev server), timed through the driver and through the API; see BENCHMARKS.md.
 */
export const queryBench = defineCommand({
  name: 'query',
  summary: 'load and query benchmark at 10k and 100k firms (--with-1m adds 1M); writes BENCHMARKS.md (the default)',
  usage: USAGE,
  options: BENCH_OPTIONS,
  async run({ values, positionals }, out) {
    atMost(positionals, 0);
    const base = defaultOptions(out);
    if (values.report) {
      if (Object.keys(values).length > 1) throw new UsageError('--report takes no other option');
      // Re-renders BENCHMARKS.md from bench-results/ without measuring anything.
      const { sizes, machine } = latestBySize(base.outDir);
      if (base.markdownFile) writeMarkdown(base.markdownFile, renderSection(sizes, machine));
      out(`Rewrote ${base.markdownFile} from ${sizes.length} measured sizes in ${base.outDir}.`);
      return 0;
    }
    const log = join(base.outDir, 'raw', `${new Date().toISOString().replaceAll(':', '-').slice(0, 19)}.log`);
    mkdirSync(join(base.outDir, 'raw'), { recursive: true });
    const options = benchOptions(values, {
      ...base,
      progress: (line) => {
        out(line);
        appendFileSync(log, `${line}\n`);
      },
    });
    const command = ['pnpm bench', ...argsOf(values)].join(' ');
    const { file } = await benchAndReport(options, command);
    out(`\nResults: ${file}${options.markdownFile ? ` and ${options.markdownFile}` : ''} (log: ${log})`);
    return 0;
  },
});

/** The options as given, for the results' "command" column (`pnpm bench --with-1m`). */
function argsOf(values: Record<string, string | boolean | undefined>): string[] {
  return Object.entries(values).flatMap(([name, value]) =>
    value === true ? [`--${name}`] : typeof value === 'string' ? [`--${name}`, value] : [],
  );
}
