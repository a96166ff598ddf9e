import { type Attachment, YRD_PROVINCES } from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { setOperationLocality } from '../load/operation-locality';

/**
 * The review queue of 企业挂链 (issue #13 §3): OPERATES_IN edges the classifier wrote (`source: 'inferred'`), read
 * least confident first, and the three things a reviewer does with one — accept (it becomes `confirmed`), reject (the
 * edge goes and a `REJECTED_SEGMENT {at, by}` remembers it, so classifying again does not bring it back) or move it
 * to another segment (reject the old one, confirm the new one). Only inferred edges are ever changed here: an edge
 * from a survey, a contract or the registry is someone's statement, not a guess to review.
 */

export interface AttachmentFilter {
  industryId?: string | null;
  segmentId?: string | null;
  /** Only attachments with confidence ≤ this (inclusive). */
  maxConfidence?: number | null;
  first: number;
  /** An opaque cursor from `attachmentCursor` of the last item of the previous page. */
  after?: string | null;
}

export interface AttachmentPair {
  companyId: string;
  segmentId: string;
}

/** A move or accept named an inferred attachment that is not there (already reviewed, or never made). */
export class AttachmentNotFoundError extends Error {
  constructor(companyId: string, segmentId: string) {
    super(`no inferred attachment of company ${companyId} to segment ${segmentId}`);
    this.name = 'AttachmentNotFoundError';
  }
}

export class BadCursorError extends Error {
  constructor() {
    super('not a cursor of the review queue');
    this.name = 'BadCursorError';
  }
}

interface CursorKey {
  confidence: number;
  companyId: string;
  segmentId: string;
}

/** The page order is (confidence, companyId, segmentId), so the cursor is that triple, base64url JSON. */
export function attachmentCursor(a: Pick<Attachment, 'confidence' | 'companyId' | 'segmentId'>): string {
  const key: CursorKey = { confidence: a.confidence, companyId: a.companyId, segmentId: a.segmentId };
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): CursorKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorKey;
    if (typeof key.confidence === 'number' && typeof key.companyId === 'string' && typeof key.segmentId === 'string') {
      return key;
    }
  } catch {
    // falls through to the error below
  }
  throw new BadCursorError();
}

const INFERRED_MATCH = `MATCH (c:Company)-[o:OPERATES_IN]->(s:Segment)
  WHERE o.source = 'inferred'
    AND ($industryId IS NULL OR s.industryId = $industryId)
    AND ($segmentId IS NULL OR s.id = $segmentId)
    AND ($maxConfidence IS NULL OR o.confidence <= $maxConfidence)`;

const ATTACHMENT_PROJECTION = `{
  companyId: c.id, companyName: c.name, segmentId: s.id, segmentName: s.name, industryId: s.industryId,
  confidence: o.confidence, evidence: coalesce(o.evidence, '[]'), classifiedAt: o.classifiedAt,
  vocabularyVersion: o.vocabularyVersion, rank: o.rank, businessScope: c.businessScope, products: c.products,
  industryCode: c.industryCode }`;

/** Inferred attachments, least confident first in a stable order (confidence, companyId, segmentId). */
export async function listInferredAttachments(
  executor: GraphExecutor,
  filter: AttachmentFilter,
): Promise<{ items: Attachment[]; total: number }> {
  const after = filter.after ? decodeCursor(filter.after) : null;
  const params = {
    industryId: filter.industryId ?? null,
    segmentId: filter.segmentId ?? null,
    maxConfidence: filter.maxConfidence ?? null,
    first: Math.max(0, Math.floor(filter.first)),
    afterConfidence: after?.confidence ?? null,
    afterCompanyId: after?.companyId ?? null,
    afterSegmentId: after?.segmentId ?? null,
  };
  return executor.readTx('listInferredAttachments', async (tx) => {
    const items = await run<{ a: Attachment }>(
      tx,
      `${INFERRED_MATCH}
         AND ($afterConfidence IS NULL OR o.confidence > $afterConfidence
              OR (o.confidence = $afterConfidence AND (c.id > $afterCompanyId
                  OR (c.id = $afterCompanyId AND s.id > $afterSegmentId))))
       RETURN ${ATTACHMENT_PROJECTION} AS a
       ORDER BY o.confidence ASC, c.id ASC, s.id ASC LIMIT toInteger($first)`,
      params,
    );
    const [count] = await run<{ total: number }>(tx, `${INFERRED_MATCH} RETURN count(o) AS total`, params);
    return { items: items.map((r) => r.a), total: count?.total ?? 0 };
  });
}

/**
 * Accepted: `source: 'confirmed'`, confidence 1, who and when; the evidence stays, and the classifier's confidence
 * is kept as `inferredConfidence` (what the reviewer agreed with). Returns how many inferred edges were accepted.
 */
export async function acceptAttachments(
  executor: GraphExecutor,
  pairs: readonly AttachmentPair[],
  by: string,
  now = new Date().toISOString(),
): Promise<number> {
  return changePairs(
    executor,
    'acceptAttachments',
    pairs,
    `SET o.source = 'confirmed', o.inferredConfidence = o.confidence, o.confidence = 1.0,
         o.reviewedAt = $now, o.reviewedBy = $by
     ${setOperationLocality('c', 'o', 's')}`,
    { by, now, yrdProvinces: YRD_PROVINCES },
  );
}

/**
 * Rejected: the inferred edge goes and `(c)-[:REJECTED_SEGMENT {at, by}]->(s)` remembers it (the register import
 * never attaches a firm to a segment it was rejected from). Returns how many inferred edges were removed.
 */
export async function rejectAttachments(
  executor: GraphExecutor,
  pairs: readonly AttachmentPair[],
  by: string,
  now = new Date().toISOString(),
): Promise<number> {
  return changePairs(executor, 'rejectAttachments', pairs, rejectEdge('c', 'o', 's'), { by, now });
}

/**
 * The firm belongs to another segment: the inferred edge to `from` is rejected and an edge to `to` is confirmed
 * (a rejection of `to` the firm had is lifted, since a person now says it belongs there). An edge to `to` that came
 * from a survey, a contract or the registry is left as it is. One transaction; throws AttachmentNotFoundError when
 * there is no inferred edge to `from` or no segment `to`, and then nothing changes.
 */
export async function moveAttachment(
  executor: GraphExecutor,
  move: { companyId: string; fromSegmentId: string; toSegmentId: string },
  by: string,
  now = new Date().toISOString(),
): Promise<void> {
  if (move.fromSegmentId === move.toSegmentId) throw new Error('a move needs two different segments');
  await executor.writeTx('moveAttachment', async (tx) => {
    const [found] = await run<{ ok: boolean }>(
      tx,
      `MATCH (c:Company {id: $companyId})-[o:OPERATES_IN]->(:Segment {id: $fromSegmentId})
       WHERE o.source = 'inferred'
       MATCH (:Segment {id: $toSegmentId})
       RETURN true AS ok`,
      move,
    );
    if (!found) throw new AttachmentNotFoundError(move.companyId, move.fromSegmentId);
    await run(
      tx,
      `MATCH (c:Company {id: $companyId})-[o:OPERATES_IN]->(from:Segment {id: $fromSegmentId})
       WHERE o.source = 'inferred'
       ${rejectEdge('c', 'o', 'from')}
       WITH c
       MATCH (to:Segment {id: $toSegmentId})
       OPTIONAL MATCH (c)-[lifted:REJECTED_SEGMENT]->(to)
       DELETE lifted
       MERGE (c)-[n:OPERATES_IN]->(to)
       WITH c, n, to WHERE n.source IS NULL OR n.source = 'inferred'
       SET n.inferredConfidence = CASE WHEN n.source = 'inferred' THEN n.confidence END,
           n.source = 'confirmed', n.confidence = 1.0, n.reviewedAt = $now, n.reviewedBy = $by,
           n.movedFrom = $fromSegmentId
       ${setOperationLocality('c', 'n', 'to')}`,
      { ...move, by, now, yrdProvinces: YRD_PROVINCES },
    );
  });
}

/**
 * Each pair's inferred edge as `(c)-[o]->(s)`, changed by `change` (Cypher with `$by`, `$now` and whatever else
 * `params` holds); returns how many edges were changed. Pairs with no inferred edge are passed over.
 */
async function changePairs(
  executor: GraphExecutor,
  name: string,
  pairs: readonly AttachmentPair[],
  change: string,
  params: Record<string, unknown>,
): Promise<number> {
  if (pairs.length === 0) return 0;
  const [row] = await executor.write<{ n: number }>(
    name,
    `UNWIND $pairs AS pair
     MATCH (c:Company {id: pair.companyId})-[o:OPERATES_IN]->(s:Segment {id: pair.segmentId})
     WHERE o.source = 'inferred'
     ${change}
     RETURN count(*) AS n`,
    { ...params, pairs: pairs.map(pairParam) },
  );
  return row?.n ?? 0;
}

/** Removes the inferred edge `o` of firm `c` and remembers that `c` is not in segment `s`, who said so and when. */
const rejectEdge = (c: string, o: string, s: string) =>
  `DELETE ${o}
   MERGE (${c})-[r:REJECTED_SEGMENT]->(${s})
   SET r.at = $now, r.by = $by`;

function pairParam(pair: AttachmentPair): AttachmentPair {
  return { companyId: pair.companyId, segmentId: pair.segmentId };
}
