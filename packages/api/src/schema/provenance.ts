import type { CompanyProvenance, Operation } from '@atlas/domain';
import { type GraphExecutor, operationsByCompanyIds, provenanceByCompanyIds } from '@atlas/graph';
import DataLoader from 'dataloader';
import { builder } from '../builder';
import type { AtlasContext } from '../context';
import { ChainSegmentRef, loadSegment } from './chain-segment';
import { CompanyRef } from './company';
import { EvidenceMatchRef, parseEvidence } from './evidence';

/**
 * Provenance (issue #13 §4): where each firm's record and each of its attachments came from, how sure and how old.
 * Its loaders live here, one pair per request (keyed on the request's context), so a list of firms costs two queries.
 */
const perRequest = new WeakMap<AtlasContext, ReturnType<typeof provenanceLoaders>>();

function provenanceLoaders(executor: GraphExecutor) {
  return {
    provenance: new DataLoader<string, CompanyProvenance | null>(async (ids) => {
      const found = await provenanceByCompanyIds(executor, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    operations: new DataLoader<string, Operation[]>(async (ids) => {
      const found = await operationsByCompanyIds(executor, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}

function loadersOf(context: AtlasContext) {
  let loaders = perRequest.get(context);
  if (!loaders) {
    loaders = provenanceLoaders(context.executor);
    perRequest.set(context, loaders);
  }
  return loaders;
}

const provenanceOf = (id: string, context: AtlasContext) => loadersOf(context).provenance.load(id);

const OperationRef = builder.objectRef<Operation>('Operation').implement({
  description: 'An OPERATES_IN edge of a firm with its provenance: source, confidence, when classified or reviewed.',
  fields: (t) => ({
    segmentId: t.exposeID('segmentId'),
    segment: t.field({ type: ChainSegmentRef, resolve: (o, _a, { loaders }) => loadSegment(loaders, o.segmentId) }),
    source: t.exposeString('source', { nullable: true, description: 'inferred, confirmed, survey, registry…' }),
    confidence: t.exposeFloat('confidence', { nullable: true }),
    classifiedAt: t.exposeString('classifiedAt', { nullable: true }),
    reviewedAt: t.exposeString('reviewedAt', { nullable: true }),
    reviewedBy: t.exposeString('reviewedBy', { nullable: true }),
    evidence: t.field({ type: [EvidenceMatchRef], resolve: (o) => parseEvidence(o.evidence) }),
  }),
});

builder.objectFields(CompanyRef, (t) => ({
  source: t.string({
    nullable: true,
    description: 'Where the record came from: registry, survey, synthetic…',
    resolve: async (c, _a, context) => (await provenanceOf(c.id, context))?.source ?? null,
  }),
  importedAt: t.string({
    nullable: true,
    resolve: async (c, _a, context) => (await provenanceOf(c.id, context))?.importedAt ?? null,
  }),
  updatedAt: t.string({
    nullable: true,
    description: 'When the record was last written (ISO 8601).',
    resolve: async (c, _a, context) => (await provenanceOf(c.id, context))?.updatedAt ?? null,
  }),
  businessScope: t.string({
    nullable: true,
    description: '经营范围, from the register.',
    resolve: async (c, _a, context) => (await provenanceOf(c.id, context))?.businessScope ?? null,
  }),
  products: t.string({
    nullable: true,
    description: '主营产品, from the register.',
    resolve: async (c, _a, context) => {
      const products = (await provenanceOf(c.id, context))?.products ?? null;
      return Array.isArray(products) ? products.join('；') : products;
    },
  }),
  industryCode: t.string({
    nullable: true,
    description: '所属行业 (GB/T 4754), from the register.',
    resolve: async (c, _a, context) => (await provenanceOf(c.id, context))?.industryCode ?? null,
  }),
  address: t.string({
    nullable: true,
    description: '注册地址, from the register.',
    resolve: async (c, _a, context) => (await provenanceOf(c.id, context))?.address ?? null,
  }),
  addressResolved: t.boolean({
    nullable: true,
    description: 'Whether the address resolved to a province, city and district; null when there is no address.',
    resolve: async (c, _a, context) => (await provenanceOf(c.id, context))?.addressResolved ?? null,
  }),
  operations: t.field({
    type: [OperationRef],
    description: 'Its attachments to segments with their provenance, in segment id order.',
    resolve: (c, _a, context) => loadersOf(context).operations.load(c.id),
  }),
}));
