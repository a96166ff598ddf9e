import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderSection, writeMarkdown } from '../bench/markdown';
import { type BenchOptions, defaultOptions, parseBenchArgs, USAGE } from '../bench/options';
import { latestBySize, writeResults } from '../bench/results';
import { type BenchRun, runBenchmark } from '../bench/run';
import type { Command } from '../command';

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
export const bench: Command = {
  name: 'bench',
  summary: 'load and query benchmark at 10k and 100k firms (--with-1m adds 1M); writes BENCHMARKS.md',
  usage: USAGE,
  async run(args, out) {
    const base = defaultOptions(out);
    if (args.length === 1 && args[0] === '--report') {
      // Re-renders BENCHMARKS.md from bench-results/ without measuring anything.
      const { sizes, machine } = latestBySize(base.outDir);
      if (base.markdownFile) writeMarkdown(base.markdownFile, renderSection(sizes, machine));
      out(`Rewrote ${base.markdownFile} from ${sizes.length} measured sizes in ${base.outDir}.`);
      return 0;
    }
    const log = join(base.outDir, 'raw', `${new Date().toISOString().replaceAll(':', '-').slice(0, 19)}.log`);
    mkdirSync(join(base.outDir, 'raw'), { recursive: true });
    const options = parseBenchArgs(args, {
      ...base,
      progress: (line) => {
        out(line);
        appendFileSync(log, `${line}\n`);
      },
    });
    const command = ['pnpm bench', ...args].join(' ');
    const { file } = await benchAndReport(options, command);
    out(`\nResults: ${file}${options.markdownFile ? ` and ${options.markdownFile}` : ''} (log: ${log})`);
    return 0;
  },
};
