import { extraCellsProblem } from '@atlas/domain';
import {
  createRegisterCompanies,
  type FirmClassification,
  type GraphExecutor,
  knownParks,
  registerIdentities,
  replaceInferredAttachments,
  upsertRegisterCompanies,
} from '@atlas/graph';
import {
  type Classifier,
  cellsByField,
  type KnownPark,
  type RegisterHeader,
  type RegisterIssue,
  type RegisterRow,
  type RegisterTextRow,
  RegisterValidator,
  resolveRegisterHeader,
} from '@atlas/register';
import { changedSince, crossed, noRows, thousands as number } from './messages';
import { readTableHeader, type TableFormat, tableBatches } from './table-batches';

/**
 * `atlas import register` (企业挂链, issue #13): a district's register export onto the chain. Like the other imports,
 * the whole file is validated first (cells, duplicates, and ids or USCCs the graph already gives to another firm)
 * and nothing is written while any row is wrong; then every row is classified and the file is written in UNWIND
 * batches inside one transaction per TRANSACTION_ROWS rows (one for most files; see there). Unresolved addresses and unknown sizes are warnings: the firm is kept
 * with what is known. The validated rows are kept for the write up to KEEP_VALIDATED_ROWS; a longer file is
 * streamed twice instead of being held in memory.
 */
export interface RegisterImportOptions {
  dryRun?: boolean;
  classifier: Classifier;
  /** Rows per batch (classification, UNWIND, identity look-up). */
  batchSize?: number;
  /** Report progress every this many rows read or written. */
  progressEvery?: number;
  progress?: (line: string) => void;
  /** Files up to this many rows are read once (see KEEP_VALIDATED_ROWS). */
  keepValidatedRows?: number;
  /** Chunk transactions in flight at once (see PARALLEL_TRANSACTIONS). */
  parallelTransactions?: number;
  /** Rows per transaction (see TRANSACTION_ROWS). */
  transactionRows?: number;
  /** Candidates per firm (1–3). */
  top?: number;
  now?: string;
}

export interface RegisterImportReport {
  file: string;
  rows: number;
  /** Sorted by line; when not empty, nothing was written. */
  problems: RegisterIssue[];
  warnings: RegisterIssue[];
  /** Rows written (0 on a dry run or when there are problems). */
  written: number;
  /** Rows whose USCC is already a Company (updated, not created). */
  existing: number;
  /** Firms with at least one candidate segment, and the candidates (edges) — on a dry run, what would be. */
  attachedFirms: number;
  attachments: number;
  dryRun: boolean;
  ignoredColumns: string[];
  vocabularyVersion: string;
  /**
   * Wall-clock seconds of the validation pass and of the classify-and-write pass; inside the latter, the seconds
   * spent classifying and the seconds Neo4j spent on the write transactions (they overlap).
   */
  seconds: { validate: number; write: number; classify: number; database: number };
}

/**
 * A file of up to `transactionRows` rows is written in ONE transaction (all or nothing). A longer one commits every
 * `transactionRows` rows: 100k rows with their edges need more than the 1.4 GiB a transaction may use on the local
 * Neo4j's 2 GB heap. The whole file is still validated before anything is written, the writes are idempotent, and a
 * failure part-way says how many rows were committed: importing the same file again completes it.
 */
export const TRANSACTION_ROWS = 20_000;
/** Rows classified between two looks at the event loop (~25 ms), so a write in flight is not kept waiting. */
const CLASSIFY_BATCH = 100;
/**
 * Up to this many rows, the validated rows are kept from the first pass (~1 KB each: ~100 MB at 100k) and written
 * as they were validated, instead of reading and validating the file a second time — CPU that would otherwise be
 * taken from Neo4j, the bound of the write pass on two cores. A longer file is streamed twice (constant memory).
 */
export const KEEP_VALIDATED_ROWS = 200_000;
/**
 * Transactions of a long file written at once. Each runs on one database thread; two keep both cores of a small
 * machine busy (the firms of two chunks are distinct; a deadlock on a shared Segment or Park is retried by the
 * driver). A file of up to TRANSACTION_ROWS rows is one transaction whatever this is.
 */
export const PARALLEL_TRANSACTIONS = 2;
const DEFAULTS = { batchSize: 2_000, progressEvery: 5_000, top: 3, transactionRows: TRANSACTION_ROWS };

export async function importRegister(
  executor: GraphExecutor,
  file: string,
  options: RegisterImportOptions,
): Promise<RegisterImportReport> {
  const { batchSize, progressEvery, top, transactionRows } = { ...DEFAULTS, ...options };
  const progress = options.progress ?? (() => {});
  const { classifier } = options;
  const report: RegisterImportReport = {
    file,
    rows: 0,
    problems: [],
    warnings: [],
    written: 0,
    existing: 0,
    attachedFirms: 0,
    attachments: 0,
    dryRun: options.dryRun ?? false,
    ignoredColumns: [],
    vocabularyVersion: classifier.vocabularyVersion,
    seconds: { validate: 0, write: 0, classify: 0, database: 0 },
  };
  const started = performance.now();
  const parks: KnownPark[] = await knownParks(executor);
  // USCCs whose firm (by USCC or by id) the graph already holds; every other row is created, not merged.
  const inGraph = new Set<string>();
  let kept: RegisterRow[] | undefined = [];

  let validator: RegisterValidator | undefined;
  // The identity look-ups run one after the other in the database while the next batches are parsed here.
  let lookups: Promise<void> = Promise.resolve();
  for await (const batch of registerBatches(file, batchSize)) {
    validator ??= new RegisterValidator(batch.header, parks);
    const label = validator.label.bind(validator);
    report.ignoredColumns = batch.header.ignored;
    report.problems.push(...batch.problems);
    const checked = validator.check(batch.rows);
    report.problems.push(...checked.problems);
    report.warnings.push(...checked.warnings);
    if (kept && report.rows + batch.size <= (options.keepValidatedRows ?? KEEP_VALIDATED_ROWS))
      for (const row of checked.valid) kept.push(row);
    else kept = undefined;
    lookups = lookups.then(async () => {
      const identities = await identityProblems(executor, checked.valid, label);
      report.problems.push(...identities.problems);
      report.existing += identities.existing;
      for (const uscc of identities.inGraph) inGraph.add(uscc);
    });
    lookups.catch(() => {}); // awaited below; this only keeps a failure from counting as unhandled meanwhile
    // A dry run still says how many would attach (classification is what a dry run is mostly for); any problem
    // found later zeroes the counts.
    if (report.dryRun && report.problems.length === 0) count(report, classifyAll(classifier, checked.valid, top));
    report.rows += batch.size;
    if (crossed(report.rows, batch.size, progressEvery))
      progress(`${file}: ${number(report.rows)} rows read and validated`);
  }
  await lookups;
  if (report.rows === 0) throw noRows(file);
  report.problems.sort((a, b) => a.line - b.line);
  report.warnings.sort((a, b) => a.line - b.line);
  if (report.problems.length > 0) {
    report.attachedFirms = 0;
    report.attachments = 0;
    return report;
  }
  if (report.dryRun) return report;

  report.seconds.validate = (performance.now() - started) / 1000;
  const writeStarted = performance.now();
  const now = options.now ?? new Date().toISOString();
  // Pipelined: while Neo4j writes (CPU in the database), the next rows are classified here (CPU in this process),
  // in small slices so the driver gets the event loop back between them. Up to `parallelTransactions` chunks are
  // written at once: one transaction runs on one database thread, and on two cores Neo4j is the bound.
  const parallel = Math.max(1, options.parallelTransactions ?? PARALLEL_TRANSACTIONS);
  let chunk: Chunk = { rows: [], classified: [] };
  const writing = new Set<Promise<void>>();
  let busySince = 0;
  let failed: unknown;
  let classifiedRows = 0;
  const flush = async (ready: Chunk) => {
    while (writing.size >= parallel) await Promise.race(writing);
    if (failed) return;
    if (writing.size === 0) busySince = performance.now();
    const write = writeChunk(executor, ready, {
      file,
      now,
      batchSize,
      vocabularyVersion: classifier.vocabularyVersion,
      inGraph,
    }).then(
      () => {
        report.written += ready.rows.length;
        count(report, ready.classified);
        progress(
          `${file}: ${number(report.written)} rows written (${number(report.attachments)} inferred attachments)`,
        );
      },
      (error: unknown) => {
        failed ??= error;
      },
    );
    const settled = write.finally(() => {
      writing.delete(settled);
      if (writing.size === 0) report.seconds.database += (performance.now() - busySince) / 1000;
    });
    writing.add(settled);
  };
  try {
    const slices = kept
      ? keptSlices(kept, CLASSIFY_BATCH)
      : revalidated(file, parks, Math.min(batchSize, CLASSIFY_BATCH));
    for await (const rows of slices) {
      if (failed) break;
      chunk.rows.push(...rows);
      const classifying = performance.now();
      chunk.classified.push(...classifyAll(classifier, rows, top));
      report.seconds.classify += (performance.now() - classifying) / 1000;
      classifiedRows += rows.length;
      // Yield to the event loop between slices of kept rows too, so a write in flight gets its replies.
      if (kept) await new Promise((resolve) => setImmediate(resolve));
      if (crossed(classifiedRows, rows.length, progressEvery))
        progress(`${file}: ${number(classifiedRows)} rows classified`);
      if (chunk.rows.length >= transactionRows) {
        await flush(chunk);
        chunk = { rows: [], classified: [] };
      }
    }
    if (chunk.rows.length > 0 && !failed) await flush(chunk);
    await Promise.all(writing);
    if (failed) throw failed;
  } catch (error) {
    await Promise.all(writing);
    if (report.written > 0 && error instanceof Error)
      error.message += ` (${number(report.written)} of ${number(report.rows)} rows were committed in other transactions of ${number(transactionRows)} rows; importing the same file again completes it)`;
    throw error;
  }
  if (report.written !== report.rows) throw changedSince(file);
  report.seconds.write = (performance.now() - writeStarted) / 1000;
  return report;
}

interface Chunk {
  rows: RegisterRow[];
  classified: FirmClassification[];
}

function* keptSlices(rows: readonly RegisterRow[], size: number): Generator<RegisterRow[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

/** The file read and validated again (it is longer than KEEP_VALIDATED_ROWS): its valid rows, batch by batch. */
async function* revalidated(file: string, parks: KnownPark[], size: number): AsyncGenerator<RegisterRow[]> {
  let again: RegisterValidator | undefined;
  for await (const batch of registerBatches(file, size)) {
    again ??= new RegisterValidator(batch.header, parks);
    const checked = again.check(batch.rows);
    // The file was clean a moment ago; if it changed since, stop rather than write something else.
    if (batch.problems.length > 0 || checked.problems.length > 0) throw changedSince(file);
    yield checked.valid;
  }
}

/**
 * One transaction: the chunk's firms and edges in UNWIND batches. Re-entrant, since the driver runs it again after
 * a transient failure (the chunk is in memory, nothing is counted until it commits). Firms new to the graph (most
 * of a first import) take the one-statement CREATE path; firms already there are MERGEd and their inferred edges
 * replaced, respecting rejections and edges of other sources.
 */
function writeChunk(
  executor: GraphExecutor,
  chunk: Chunk,
  options: { file: string; now: string; batchSize: number; vocabularyVersion: string; inGraph: ReadonlySet<string> },
): Promise<void> {
  const { now, vocabularyVersion, inGraph } = options;
  return executor.writeTx('import-register', async (tx) => {
    for (let start = 0; start < chunk.rows.length; start += options.batchSize) {
      const rows = chunk.rows.slice(start, start + options.batchSize);
      const classified = chunk.classified.slice(start, start + options.batchSize);
      const fresh: Array<{ company: RegisterRow; candidates: FirmClassification['candidates'] }> = [];
      const known: RegisterRow[] = [];
      const knownClassified: FirmClassification[] = [];
      rows.forEach((row, i) => {
        const firm = classified[i] as FirmClassification;
        if (inGraph.has(row.uscc)) {
          known.push(row);
          knownClassified.push(firm);
        } else fresh.push({ company: row, candidates: firm.candidates });
      });
      const created = await createRegisterCompanies(tx, fresh, vocabularyVersion, now);
      const done = known.length > 0 ? await upsertRegisterCompanies(tx, known, now) : { written: 0 };
      if (created + done.written !== rows.length) throw changedSince(options.file, 'a firm could not be written');
      if (known.length > 0) await replaceInferredAttachments(tx, knownClassified, vocabularyVersion, now);
    }
  });
}

function classifyAll(classifier: Classifier, rows: readonly RegisterRow[], top: number): FirmClassification[] {
  return rows.map((row) => {
    const { candidates } = classifier.classify(
      {
        name: row.name,
        ...(row.businessScope ? { businessScope: row.businessScope } : {}),
        ...(row.products ? { products: row.products } : {}),
        ...(row.industry ? { industry: row.industry } : {}),
      },
      top,
    );
    return {
      uscc: row.uscc,
      candidates: candidates.map((c, i) => ({
        segmentId: c.segmentId,
        confidence: c.confidence,
        evidence: JSON.stringify(c.evidence),
        rank: i + 1,
      })),
    };
  });
}

function count(report: RegisterImportReport, classified: readonly FirmClassification[]) {
  for (const firm of classified) {
    if (firm.candidates.length > 0) report.attachedFirms++;
    report.attachments += firm.candidates.length;
  }
}

/**
 * A given id that the graph gives to another USCC, or a USCC the graph holds under another id than the one given,
 * would break the uniqueness of either: refused, naming the firm already there.
 */
async function identityProblems(
  executor: GraphExecutor,
  rows: readonly RegisterRow[],
  label: (field: 'id' | 'uscc') => string,
): Promise<{ problems: RegisterIssue[]; existing: number; inGraph: string[] }> {
  if (rows.length === 0) return { problems: [], existing: 0, inGraph: [] };
  const found = await registerIdentities(executor, rows);
  const problems: RegisterIssue[] = [];
  const inGraph: string[] = [];
  let existing = 0;
  rows.forEach((row, i) => {
    const at = found[i];
    if (!at) return;
    if (at.idOfUscc !== null || at.usccOfId !== null) inGraph.push(row.uscc);
    if (at.idOfUscc !== null) existing++;
    if (!row.idGiven) return;
    if (at.usccOfId !== null && at.usccOfId !== row.uscc)
      problems.push({ line: row.line, column: label('id'), reason: `"${row.id}" is already the firm ${at.usccOfId}` });
    else if (at.idOfUscc !== null && at.idOfUscc !== row.id)
      problems.push({
        line: row.line,
        column: label('id'),
        reason: `the graph has ${row.uscc} as "${at.idOfUscc}"; use that id or leave the id empty`,
      });
  });
  return { problems, existing, inGraph };
}

/** The header of a register file, resolved, before anything connects: fails in one line. */
export function readRegisterHeader(file: string): Promise<RegisterHeader> {
  return readTableHeader(file, REGISTER_TABLE);
}

function registerBatches(file: string, batchSize: number) {
  return tableBatches(file, batchSize, REGISTER_TABLE);
}

const REGISTER_TABLE: TableFormat<RegisterHeader, RegisterTextRow> = {
  template: 'data/templates/register.csv',
  header: (cells) => resolveRegisterHeader(cells),
  row: (header, line, cells) =>
    extraCellsProblem(header.fields.length, line, cells) ?? { line, cells: cellsByField(header, cells) },
};
