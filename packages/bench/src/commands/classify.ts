import { atMost, defineCommand, wholeNumberOption } from '@atlas/cli';
import { loadVocabulary } from '@atlas/register';
import { benchClassify } from '../classify';

const USAGE = 'pnpm bench classify [--size 100000] [--runs 3]';

/** `atlas classify` end to end on synthetic register rows, no database (BENCHMARKS.md, docs/classification.md). */
export const classifyBench = defineCommand({
  name: 'classify',
  summary: '`atlas classify` on N synthetic register rows (no database)',
  usage: USAGE,
  options: { size: { type: 'string' }, runs: { type: 'string' } },
  async run({ values, positionals }, out) {
    atMost(positionals, 0);
    const size = wholeNumberOption('size', values.size, 100_000, { min: 1, max: 10_000_000 });
    const runs = wholeNumberOption('runs', values.runs, 3, { min: 1, max: 20 });
    const vocabulary = await loadVocabulary();
    if (vocabulary.missing.length)
      out(`note: no vocabulary entry for ${vocabulary.missing.join(', ')}: matched by segment name only`);
    const r = await benchClassify(vocabulary, size, runs, out);
    const spread = `${Math.min(...r.runs).toFixed(2)}–${Math.max(...r.runs).toFixed(2)} s`;
    out(
      `classify ${r.size.toLocaleString('en')} rows: median ${r.medianSeconds.toFixed(2)} s of ${r.runs.length} runs ` +
        `(${spread}), ${Math.round(r.rowsPerSecond).toLocaleString('en')} rows/s; setup ${r.setupSeconds.toFixed(2)} s; ` +
        `abstained ${(r.abstainedShare * 100).toFixed(1)} %; vocabulary ${vocabulary.version}`,
    );
    return 0;
  },
});
