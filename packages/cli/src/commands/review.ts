import { userInfo } from 'node:os';
import {
  type Attachment,
  AttachmentNotFoundError,
  type AttachmentPair,
  acceptAttachments,
  listInferredAttachments,
  moveAttachment,
  rejectAttachments,
} from '@atlas/graph';
import { type Evidence, formatEvidence } from '@atlas/register';
import type { Command } from '../command';
import { ImportFileError } from '../import/errors';
import { checkTableFile, readTable } from '../import/table';
import { type OpenGraph, openGraph as openConfiguredGraph } from '../open-graph';
import { printable } from './import';

const USAGE =
  'atlas review list [--industry id] [--segment id] [--below c] [--limit N] [--csv] | accept|reject <companyId> ' +
  '<segmentId> | accept|reject --file pairs.csv (companyId,segmentId: what list --csv writes) | move <companyId> ' +
  '<fromSegmentId> <toSegmentId>; accept, reject and move take [--by name]';

const VALUE_FLAGS = new Set(['--industry', '--segment', '--below', '--limit', '--by', '--file']);
const BOOLEAN_FLAGS = new Set(['--csv']);

/**
 * The CLI twin of the /review page (企业挂链, issue #13): inferred attachments least confident first with their
 * evidence, and accept (→ confirmed), reject (remembered, so a re-import does not bring it back) or move. The bulk
 * form takes a CSV of pairs, typically `review list --csv` saved, trimmed in Excel, and given back.
 */
export const createReviewCommand = (openGraph = openConfiguredGraph): Command => ({
  name: 'review',
  summary: 'review inferred attachments of register firms: list, accept, reject, move',
  usage: USAGE,
  async run(args, print) {
    const out = (line: string) => print(printable(line));
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      usage(out, parsed);
      return 2;
    }
    const { action, positional, flags } = parsed;
    const by = flags['--by'] ?? `cli:${userInfo().username}`;
    try {
      const pairs = action === 'accept' || action === 'reject' ? await pairsOf(positional, flags['--file']) : [];
      if (typeof pairs === 'string') {
        usage(out, pairs);
        return 2;
      }
      if (action === 'move' && positional.length !== 3) {
        usage(out, 'move needs <companyId> <fromSegmentId> <toSegmentId>');
        return 2;
      }
      const graph: OpenGraph = await openGraph(out);
      try {
        if (action === 'list') return await list(graph, flags, out);
        if (action === 'move') {
          const [companyId, fromSegmentId, toSegmentId] = positional as [string, string, string];
          await moveAttachment(graph.executor, { companyId, fromSegmentId, toSegmentId }, by);
          out(`✔ ${companyId}: ${fromSegmentId} rejected, ${toSegmentId} confirmed (by ${by})`);
          return 0;
        }
        const write = action === 'accept' ? acceptAttachments : rejectAttachments;
        const done = await write(graph.executor, pairs, by);
        const verb = action === 'accept' ? 'accepted (now confirmed)' : 'rejected (remembered)';
        out(`✔ ${done} of ${pairs.length} inferred attachment(s) ${verb} by ${by}`);
        if (done < pairs.length)
          out(`note: ${pairs.length - done} pair(s) had no inferred attachment (reviewed already, or never made)`);
        return done === pairs.length ? 0 : 1;
      } finally {
        await graph.close();
      }
    } catch (error) {
      if (error instanceof AttachmentNotFoundError || error instanceof ImportFileError) {
        out(`✖ ${error.message}`);
        return 1;
      }
      throw error;
    }
  },
});

export const reviewCommand = createReviewCommand();

type Flags = Partial<Record<string, string>>;

function usage(out: (line: string) => void, why: string): void {
  out(`usage: ${USAGE} (${why})`);
}

function parseArgs(args: string[]): { action: string; positional: string[]; flags: Flags } | string {
  const [action, ...rest] = args;
  if (!action || !['list', 'accept', 'reject', 'move'].includes(action)) return 'expected list, accept, reject or move';
  const positional: string[] = [];
  const flags: Flags = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (BOOLEAN_FLAGS.has(arg)) flags[arg] = 'true';
    else if (VALUE_FLAGS.has(arg)) {
      const value = rest[++i];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      flags[arg] = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  if (action === 'list' && positional.length > 0) return 'list takes options only';
  for (const flag of ['--below', '--limit'] as const) {
    const value = flags[flag];
    if (value !== undefined && !Number.isFinite(Number(value))) return `${flag} needs a number`;
  }
  return { action, positional, flags };
}

async function pairsOf(positional: string[], file: string | undefined): Promise<AttachmentPair[] | string> {
  if (file !== undefined) {
    if (positional.length > 0) return 'give either <companyId> <segmentId> or --file, not both';
    return readPairs(file);
  }
  if (positional.length !== 2) return 'needs <companyId> <segmentId> (or --file pairs.csv)';
  const [companyId, segmentId] = positional as [string, string];
  return [{ companyId, segmentId }];
}

const COMPANY_HEADERS = new Set(['companyid', '企业编号']);
const SEGMENT_HEADERS = new Set(['segmentid', '环节编号']);

/** A CSV/XLSX with the columns companyId and segmentId (others ignored); a row missing either is named. */
async function readPairs(file: string): Promise<AttachmentPair[]> {
  checkTableFile(file);
  const pairs: AttachmentPair[] = [];
  let columns: { company: number; segment: number } | undefined;
  for await (const { line, cells } of readTable(file)) {
    if (!columns) {
      const names = cells.map((c) => c.trim().toLowerCase());
      const company = names.findIndex((n) => COMPANY_HEADERS.has(n));
      const segment = names.findIndex((n) => SEGMENT_HEADERS.has(n));
      if (company < 0 || segment < 0)
        throw new ImportFileError(`${file}:${line}: header: needs the columns companyId and segmentId`);
      columns = { company, segment };
      continue;
    }
    const companyId = (cells[columns.company] ?? '').trim();
    const segmentId = (cells[columns.segment] ?? '').trim();
    if (!companyId || !segmentId)
      throw new ImportFileError(
        `${file}:${line}: ${companyId ? 'segmentId' : 'companyId'}: required, must not be empty`,
      );
    pairs.push({ companyId, segmentId });
  }
  if (pairs.length === 0) throw new ImportFileError(`${file}: no pairs below the header`);
  return pairs;
}

async function list(graph: OpenGraph, flags: Flags, out: (line: string) => void): Promise<number> {
  const page = await listInferredAttachments(graph.executor, {
    industryId: flags['--industry'] ?? null,
    segmentId: flags['--segment'] ?? null,
    // --below is strict ("below 0.8"); the query's bound is inclusive, so step just under it.
    maxConfidence: flags['--below'] === undefined ? null : Number(flags['--below']) - 1e-9,
    first: Number(flags['--limit'] ?? 50),
  });
  if (flags['--csv']) {
    out('companyId,segmentId,confidence,companyName,segmentName,evidence');
    for (const a of page.items)
      out(
        [a.companyId, a.segmentId, a.confidence, a.companyName, a.segmentName, evidenceLine(a)].map(csvCell).join(','),
      );
    return 0;
  }
  for (const a of page.items) {
    out(
      `${a.confidence.toFixed(3)}  ${a.companyId} ${a.companyName} → ${a.segmentId} ${a.segmentName} (rank ${a.rank})`,
    );
    out(`       evidence: ${evidenceLine(a)}`);
  }
  out(`${page.items.length} of ${page.total} inferred attachment(s), least confident first`);
  return 0;
}

function evidenceLine(a: Attachment): string {
  try {
    return formatEvidence(JSON.parse(a.evidence) as Evidence[]);
  } catch {
    return a.evidence;
  }
}

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
