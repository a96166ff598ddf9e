import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import {
  type Classifier,
  cellsByField,
  csvField,
  formatEvidence,
  type RegisterHeader,
  type RegisterText,
} from '@atlas/register';
import { ImportFileError } from '../import/errors';
import { readTable } from '../import/table';
import { resolveClassifyHeader, TEXT_FIELDS } from './header';

/** The result file's header: a contract (issue #13), checked by a test. */
export const RESULT_HEADER = 'line,name,rank,segmentId,segmentName,industryId,confidence,evidence';

export interface RowProblem {
  line: number;
  column: string;
  reason: string;
}

export interface ClassifyReport {
  rows: number;
  classified: number;
  abstained: number;
  problems: RowProblem[];
  ignoredColumns: string[];
}

export interface ClassifyFileOptions {
  top?: number;
  /** Called every `progressEvery` rows with the count so far. */
  progress?: (rows: number) => void;
  progressEvery?: number;
}

/**
 * Streams a register file (CSV UTF-8/GBK or XLSX) through the classifier into result.csv: one row per candidate,
 * or one rank-0 row when the classifier abstains. Rows without a name or without any text are not classified and
 * come back as problems (`file:line: column: reason` once printed).
 */
export async function classifyFile(
  classifier: Classifier,
  inputPath: string,
  outputPath: string,
  options: ClassifyFileOptions = {},
): Promise<ClassifyReport> {
  const { top = 3, progress, progressEvery = 10_000 } = options;
  const rows = readTable(inputPath);
  const first = await rows.next();
  if (first.done) throw new ImportFileError(`${inputPath}: the file is empty`);
  const header = resolveClassifyHeader(first.value.cells);
  if (!header.ok) throw new ImportFileError(`${inputPath}:${first.value.line}: ${header.error}`);
  const report: ClassifyReport = {
    rows: 0,
    classified: 0,
    abstained: 0,
    problems: [],
    ignoredColumns: header.value.ignored,
  };
  const out = createWriteStream(outputPath, { encoding: 'utf8' });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  try {
    await write(RESULT_HEADER);
    for await (const { line, cells } of rows) {
      report.rows++;
      const text = registerText(header.value, cells, line, report.problems);
      if (text) {
        const { candidates } = classifier.classify(text, top);
        if (candidates.length === 0) {
          report.abstained++;
          await write([line, csvField(text.name), 0, '', '', '', '', ''].join(','));
        } else {
          report.classified++;
          for (const [i, c] of candidates.entries())
            await write(
              [
                line,
                csvField(text.name),
                i + 1,
                c.segmentId,
                csvField(c.segmentName),
                c.industryId,
                c.confidence.toFixed(3),
                csvField(formatEvidence(c.evidence)),
              ].join(','),
            );
        }
      }
      if (progress && report.rows % progressEvery === 0) progress(report.rows);
    }
  } finally {
    out.end();
    await once(out, 'finish');
  }
  return report;
}

/** The row's register text, or undefined with its problems recorded. */
function registerText(
  header: RegisterHeader,
  cells: readonly string[],
  line: number,
  problems: RowProblem[],
): RegisterText | undefined {
  const byField = cellsByField(header, cells);
  const name = (byField.name ?? '').trim();
  const text: RegisterText = { name };
  for (const field of TEXT_FIELDS) {
    const value = (byField[field] ?? '').trim();
    if (value) text[field] = value;
  }
  if (!name) problems.push({ line, column: header.labels.name ?? 'name', reason: 'required, empty' });
  if (!text.businessScope && !text.products && !text.industry)
    problems.push({
      line,
      column: TEXT_FIELDS.map((f) => header.labels[f] ?? f).join('/'),
      reason: 'all empty: at least one is needed to classify the firm',
    });
  return name && (text.businessScope || text.products || text.industry) ? text : undefined;
}
