import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyFile } from '@atlas/cli';
import {
  createClassifier,
  SYNTHETIC_REGISTER_COLUMNS,
  syntheticRegister,
  syntheticRegisterCsvLine,
  type Vocabulary,
} from '@atlas/register';

export interface ClassifyBenchResult {
  size: number;
  runs: number[];
  /** Seconds to build the classifier (tokenizer dictionary, BM25 index, phrase automaton). */
  setupSeconds: number;
  medianSeconds: number;
  rowsPerSecond: number;
  abstainedShare: number;
}

/**
 * Classifies `size` synthetic register rows end to end — read the CSV, classify, write result.csv — `runs` times
 * and reports the median. Generating the input is not timed.
 */
export async function benchClassify(
  vocabulary: Vocabulary,
  size: number,
  runs: number,
  progress: (line: string) => void,
): Promise<ClassifyBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-classify-bench-'));
  try {
    const input = join(dir, 'register.csv');
    const file = createWriteStream(input, { encoding: 'utf8' });
    file.write(`${SYNTHETIC_REGISTER_COLUMNS.join(',')}\n`);
    for (const row of syntheticRegister({ size, segments: vocabulary.segments }))
      if (!file.write(`${syntheticRegisterCsvLine(row)}\n`)) await once(file, 'drain');
    file.end();
    await once(file, 'finish');
    progress(`generated ${size.toLocaleString('en')} synthetic register rows`);

    const setupStart = performance.now();
    const classifier = createClassifier(vocabulary);
    const setupSeconds = (performance.now() - setupStart) / 1000;
    const times: number[] = [];
    let abstainedShare = 0;
    for (let run = 1; run <= runs; run++) {
      const start = performance.now();
      const report = await classifyFile(classifier, input, join(dir, 'result.csv'));
      const seconds = (performance.now() - start) / 1000;
      times.push(seconds);
      abstainedShare = report.abstained / Math.max(1, report.rows);
      progress(
        `run ${run}/${runs}: ${seconds.toFixed(2)} s (${Math.round(size / seconds).toLocaleString('en')} rows/s)`,
      );
    }
    const sorted = [...times].sort((a, b) => a - b);
    const medianSeconds = sorted[Math.floor(sorted.length / 2)] as number;
    return { size, runs: times, setupSeconds, medianSeconds, rowsPerSecond: size / medianSeconds, abstainedShare };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
