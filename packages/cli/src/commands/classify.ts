import { createClassifier, loadVocabulary } from '@atlas/register';
import { defineCommand, UsageError } from '../args';
import { classifyFile } from '../classify/classify-file';
import { ImportFileError } from '../import/errors';
import { checkTableFile } from '../import/table';
import { atMost, wholeNumberOption } from '../option-parsers';
import { printable } from '../printable';

const USAGE = 'atlas classify <file.csv|file.xlsx> --out <result.csv> [--top 3]';

/**
 * 企业挂链 without a database: reads a register export and writes each firm's candidate leaf segments (or an
 * abstention) with confidence and evidence. `pnpm bench classify` times it on synthetic rows (BENCHMARKS.md).
 */
export const classifyCommand = defineCommand({
  name: 'classify',
  summary: 'classify register firms onto leaf segments (no database): result.csv with confidence and evidence',
  usage: USAGE,
  options: { out: { type: 'string' }, top: { type: 'string' } },
  async run({ values, positionals }, print) {
    const out = (line: string) => print(printable(line));
    const [file] = positionals;
    if (!file) throw new UsageError('one input file is needed');
    atMost(positionals, 1);
    const outFile = values.out;
    if (!outFile) throw new UsageError('--out <result.csv> is needed');
    const top = wholeNumberOption('top', values.top, 3, { min: 1, max: 3 });
    const vocabulary = await loadVocabulary();
    if (vocabulary.missing.length)
      out(`note: no vocabulary entry for ${vocabulary.missing.join(', ')}: matched by segment name only`);
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
});
