import { userInfo } from 'node:os';
import type { Attachment } from '@atlas/domain';
import {
  AttachmentNotFoundError,
  type AttachmentPair,
  acceptAttachments,
  listInferredAttachments,
  moveAttachment,
  rejectAttachments,
} from '@atlas/graph';
import { type Evidence, formatEvidence } from '@atlas/register';
import { defineCommand, UsageError } from '../args';
import { ImportFileError } from '../import/errors';
import { checkTableFile, readTable } from '../import/table';
import { type GraphOpener, type OpenGraph, openGraph as openConfiguredGraph, withGraph } from '../open-graph';
import { numberOption, wholeNumberOption } from '../option-parsers';
import { printable } from '../printable';

const USAGE =
  'atlas review list [--industry id] [--segment id] [--below c] [--limit N] [--csv] | accept|reject <companyId> ' +
  '<segmentId> | accept|reject --file pairs.csv (companyId,segmentId: what list --csv writes) | move <companyId> ' +
  '<fromSegmentId> <toSegmentId>; accept, reject and move take [--by name]';

const OPTIONS = {
  industry: { type: 'string' },
  segment: { type: 'string' },
  below: { type: 'string' },
  limit: { type: 'string' },
  by: { type: 'string' },
  file: { type: 'string' },
  csv: { type: 'boolean' },
} as const;
const ACTIONS = ['list', 'accept', 'reject', 'move'];

/**
 * The CLI twin of the /review page (企业挂链, issue #13): inferred attachments least confident first with their
 * evidence, and accept (→ confirmed), reject (remembered, so a re-import does not bring it back) or move. The bulk
 * form takes a CSV of pairs, typically `review list --csv` saved, trimmed in Excel, and given back.
 */
export const createReviewCommand = (openGraph: GraphOpener = openConfiguredGraph) =>
  defineCommand({
    name: 'review',
    summary: 'review inferred attachments of register firms: list, accept, reject, move',
    usage: USAGE,
    options: OPTIONS,
    async run({ values, positionals: [action, ...positional] }, print) {
      const out = (line: string) => print(printable(line));
      if (!action || !ACTIONS.includes(action)) throw new UsageError('expected list, accept, reject or move');
      if (action === 'list' && positional.length > 0) throw new UsageError('list takes options only');
      const list = {
        industry: values.industry,
        segment: values.segment,
        below: numberOption('below', values.below),
        limit: wholeNumberOption('limit', values.limit, 50, { min: 1 }),
        csv: values.csv === true,
      };
      const by = values.by ?? `cli:${userInfo().username}`;
      try {
        const pairs = action === 'accept' || action === 'reject' ? await pairsOf(positional, values.file) : [];
        if (action === 'move' && positional.length !== 3)
          throw new UsageError('move needs <companyId> <fromSegmentId> <toSegmentId>');
        return await withGraph(openGraph, out, async (graph) => {
          if (action === 'list') return printList(graph, list, out);
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
        });
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

interface ListOptions {
  industry: string | undefined;
  segment: string | undefined;
  below: number | undefined;
  limit: number;
  csv: boolean;
}

async function pairsOf(positional: string[], file: string | undefined): Promise<AttachmentPair[]> {
  if (file !== undefined) {
    if (positional.length > 0) throw new UsageError('give either <companyId> <segmentId> or --file, not both');
    return readPairs(file);
  }
  if (positional.length !== 2) throw new UsageError('needs <companyId> <segmentId> (or --file pairs.csv)');
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

async function printList(graph: OpenGraph, options: ListOptions, out: (line: string) => void): Promise<number> {
  const page = await listInferredAttachments(graph.executor, {
    industryId: options.industry ?? null,
    segmentId: options.segment ?? null,
    // --below is strict ("below 0.8"); the query's bound is inclusive, so step just under it.
    maxConfidence: options.below === undefined ? null : options.below - 1e-9,
    first: options.limit,
  });
  if (options.csv) {
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
