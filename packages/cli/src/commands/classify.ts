import { createClassifier, loadVocabulary } from '@atlas/register';
import { benchClassify } from '../classify/bench-classify';
import { classifyFile } from '../classify/classify-file';
import type { Command } from '../command';
import { ImportFileError } from '../import/errors';
import { checkTableFile } from '../import/table';
import { printable } from './import';

const USAGE = 'atlas classify <file.csv|file.xlsx> --out <result.csv> [--top 3] | --bench [--size 100000] [--runs 3]';

/**
 * 企业挂链 without a database: reads a register export and writes each firm's candidate leaf segments (or an
 * abstention) with confidence and evidence. `--bench` times it on synthetic rows (BENCHMARKS.md).
 */
export const classifyCommand: Command = {
  name: 'classify',
  summary: 'classify register firms onto leaf segments (no database): result.csv with confidence and evidence',
  usage: USAGE,
  async run(args, print) {
    const out = (line: string) => print(printable(line));
    const flags = parseFlags(args);
    if (typeof flags === 'string') {
      out(`usage: ${USAGE} (${flags})`);
      return 2;
    }
    const vocabulary = await loadVocabulary();
    if (vocabulary.missing.length)
      out(`note: no vocabulary entry for ${vocabulary.missing.join(', ')}: matched by segment name only`);
    if (flags.bench) {
      const r = await benchClassify(vocabulary, flags.size, flags.runs, out);
      const spread = `${Math.min(...r.runs).toFixed(2)}–${Math.max(...r.runs).toFixed(2)} s`;
      out(
        `classify ${r.size.toLocaleString('en')} rows: median ${r.medianSeconds.toFixed(2)} s of ${r.runs.length} runs ` +
          `(${spread}), ${Math.round(r.rowsPerSecond).toLocaleString('en')} rows/s; setup ${r.setupSeconds.toFixed(2)} s; ` +
          `abstained ${(r.abstainedShare * 100).toFixed(1)} %; vocabulary ${vocabulary.version}`,
      );
      return 0;
    }
    const { file, outFile, top } = flags;
    try {
      checkTableFile(file);
      const classifier = createClassifier(vocabulary);
      const report = await classifyFile(classifier, file, outFile, {
        top,
        progress: (rows) => out(`… ${rows.toLocaleString('en')} rows`),
      });
      if (report.ignoredColumns.length) out(`note: ignored columns: ${report.ignoredColumns.join(', ')}`);
      for (const p of report.problems) out(`${file}:${p.line}: ${p.column}: ${p.reason}`);
      const skipped = new Set(report.problems.map((p) => p.line)).size;
      out(
        `${skipped ? '⚠' : '✔'} ${outFile}: ${report.rows} rows, ${report.classified} attached, ${report.abstained} ` +
          `abstained${skipped ? `, ${skipped} not classified (see above)` : ''}; vocabulary ${classifier.vocabularyVersion}`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      out(`✖ ${error.message}`);
      return 1;
    }
  },
};

type Flags = { bench: true; size: number; runs: number } | { bench: false; file: string; outFile: string; top: number };

function parseFlags(args: string[]): Flags | string {
  const valued = new Set(['--out', '--top', '--size', '--runs']);
  const values = new Map<string, string>();
  const positional: string[] = [];
  let bench = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--bench') bench = true;
    else if (valued.has(arg)) {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      values.set(arg, value);
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  const int = (flag: string, fallback: number, min: number, max: number): number | string => {
    const raw = values.get(flag);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    return Number.isInteger(n) && n >= min && n <= max ? n : `${flag} must be an integer from ${min} to ${max}`;
  };
  if (bench) {
    const size = int('--size', 100_000, 1, 10_000_000);
    const runs = int('--runs', 3, 1, 20);
    if (typeof size === 'string') return size;
    if (typeof runs === 'string') return runs;
    return { bench, size, runs };
  }
  const top = int('--top', 3, 1, 3);
  if (typeof top === 'string') return top;
  const [file, ...rest] = positional;
  const outFile = values.get('--out');
  if (!file || rest.length) return 'one input file is needed';
  if (!outFile) return '--out <result.csv> is needed';
  return { bench, file, outFile, top };
}
