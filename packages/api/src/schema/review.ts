import { type Attachment, DEFAULT_RADIUS, mayReviewAttachments } from '@atlas/domain';
import {
  AttachmentNotFoundError,
  acceptAttachments,
  attachmentCursor,
  BadCursorError,
  listInferredAttachments,
  moveAttachment,
  rejectAttachments,
} from '@atlas/graph';
import { pageSize } from '../arguments';
import { enforce, requireUser } from '../auth/guard';
import { builder } from '../builder';
import type { AtlasContext } from '../context';
import { badInput, notFound } from '../errors';
import { linkedRecord, requireRecord } from '../require-record';
import { ChainSegmentRef, loadSegment } from './chain-segment';
import { CompanyRef } from './company';
import { EvidenceMatchRef, parseEvidence } from './evidence';
import { badCursor, PageInfo, pageArgs, pageOf } from './pagination';

/** At most this many attachments in one bulk accept or reject (one write transaction). */
export const MAX_REVIEW_BATCH = 500;

const AttachmentRef = builder.objectRef<Attachment>('Attachment').implement({
  description: 'An inferred attachment (OPERATES_IN written by classification) waiting for review.',
  fields: (t) => ({
    companyId: t.exposeID('companyId'),
    companyName: t.exposeString('companyName'),
    company: t.field({
      type: CompanyRef,
      resolve: (a, _args, { loaders }) => linkedRecord('company', a.companyId, loaders.company),
    }),
    segmentId: t.exposeID('segmentId'),
    segmentName: t.exposeString('segmentName'),
    segment: t.field({ type: ChainSegmentRef, resolve: (a, _args, { loaders }) => loadSegment(loaders, a.segmentId) }),
    industryId: t.exposeID('industryId'),
    confidence: t.exposeFloat('confidence'),
    evidence: t.field({ type: [EvidenceMatchRef], resolve: (a) => parseEvidence(a.evidence) }),
    classifiedAt: t.string({ nullable: true, resolve: (a) => (a.classifiedAt ? String(a.classifiedAt) : null) }),
    vocabularyVersion: t.string({ nullable: true, resolve: (a) => a.vocabularyVersion ?? null }),
    rank: t.int({ nullable: true, resolve: (a) => (typeof a.rank === 'number' ? a.rank : null) }),
    businessScope: t.string({ nullable: true, resolve: (a) => a.businessScope ?? null }),
    products: t.string({ nullable: true, resolve: (a) => a.products ?? null }),
    industryCode: t.string({ nullable: true, resolve: (a) => a.industryCode ?? null }),
  }),
});

const AttachmentConnection = builder
  .objectRef<{ nodes: Attachment[]; totalCount: number; hasNextPage: boolean }>('AttachmentConnection')
  .implement({
    fields: (t) => ({
      nodes: t.field({ type: [AttachmentRef], resolve: (c) => c.nodes }),
      totalCount: t.exposeInt('totalCount'),
      pageInfo: t.field({
        type: PageInfo,
        resolve: (c) => {
          const last = c.nodes.at(-1);
          return { hasNextPage: c.hasNextPage, endCursor: last ? attachmentCursor(last) : null };
        },
      }),
    }),
  });

/** The signed-in reviewer (officer or admin), or UNAUTHENTICATED / FORBIDDEN. */
function requireReviewer(context: AtlasContext) {
  const user = requireUser(context);
  enforce(mayReviewAttachments(user));
  return user;
}

builder.queryField('reviewQueue', (t) =>
  t.field({
    type: AttachmentConnection,
    description:
      'Inferred attachments waiting for review, least confident first (ties by company, then segment id). ' +
      'Promotion officers and admins only.',
    args: {
      industryId: t.arg.id(),
      segmentId: t.arg.id(),
      ...pageArgs(),
    },
    resolve: async (_root, args, context) => {
      requireReviewer(context);
      const first = pageSize(args.first);
      try {
        // The cursor is the graph's own (keyset over confidence, company, segment): it decodes it.
        const { items, total } = await listInferredAttachments(context.executor, {
          industryId: args.industryId ? String(args.industryId) : null,
          segmentId: args.segmentId ? String(args.segmentId) : null,
          first: first + 1,
          after: args.after ?? null,
        });
        return { ...pageOf(items, first), totalCount: total };
      } catch (error) {
        if (error instanceof BadCursorError) throw badCursor();
        throw error;
      }
    },
  }),
);

const AttachmentPairInput = builder.inputType('AttachmentPairInput', {
  fields: (t) => ({ companyId: t.id({ required: true }), segmentId: t.id({ required: true }) }),
});

const ReviewResult = builder.objectRef<{ changed: number; reviewedBy: string }>('ReviewResult').implement({
  description: 'What a review did: how many inferred attachments changed (already reviewed ones are skipped).',
  fields: (t) => ({ changed: t.exposeInt('changed'), reviewedBy: t.exposeString('reviewedBy') }),
});

function checkedPairs(pairs: ReadonlyArray<{ companyId: string | number; segmentId: string | number }>) {
  if (pairs.length === 0) throw badInput('pairs: give at least one attachment');
  if (pairs.length > MAX_REVIEW_BATCH) throw badInput(`pairs: at most ${MAX_REVIEW_BATCH} attachments at once`);
  return pairs.map((p) => ({ companyId: String(p.companyId), segmentId: String(p.segmentId) }));
}

for (const [name, apply, verb] of [
  ['acceptAttachments', acceptAttachments, 'Confirm'],
  ['rejectAttachments', rejectAttachments, 'Reject (and remember the rejection of)'],
] as const) {
  builder.mutationField(name, (t) =>
    t.field({
      type: ReviewResult,
      description: `${verb} inferred attachments; the reviewer is recorded. Promotion officers and admins only.`,
      args: { pairs: t.arg({ type: [AttachmentPairInput], required: true }) },
      resolve: async (_root, args, context) => {
        const user = requireReviewer(context);
        const pairs = checkedPairs(args.pairs);
        const changed = await apply(context.executor, pairs, user.username);
        context.logger.info({ user: user.username, requested: pairs.length, changed }, name);
        return { changed, reviewedBy: user.username };
      },
    }),
  );
}

builder.mutationField('moveAttachment', (t) =>
  t.field({
    type: ReviewResult,
    description:
      'The firm belongs to another leaf segment: the inferred attachment is rejected and the new one confirmed. ' +
      'Promotion officers and admins only.',
    args: {
      companyId: t.arg.id({ required: true }),
      fromSegmentId: t.arg.id({ required: true }),
      toSegmentId: t.arg.id({ required: true }),
    },
    resolve: async (_root, args, context) => {
      const user = requireReviewer(context);
      const move = {
        companyId: String(args.companyId),
        fromSegmentId: String(args.fromSegmentId),
        toSegmentId: String(args.toSegmentId),
      };
      if (move.fromSegmentId === move.toSegmentId) throw badInput('toSegmentId: the firm is already there');
      const target = await requireRecord('segment', move.toSegmentId, (id) =>
        context.loaders.chainSegment.load({ id, radius: DEFAULT_RADIUS }),
      );
      if (!target.leaf)
        throw badInput(`toSegmentId: ${move.toSegmentId} is not a leaf segment (firms attach to leaves)`);
      try {
        await moveAttachment(context.executor, move, user.username);
      } catch (error) {
        if (error instanceof AttachmentNotFoundError)
          throw notFound('inferred attachment', `${move.companyId} → ${move.fromSegmentId}`);
        throw error;
      }
      context.logger.info({ user: user.username, ...move }, 'moveAttachment');
      return { changed: 1, reviewedBy: user.username };
    },
  }),
);
