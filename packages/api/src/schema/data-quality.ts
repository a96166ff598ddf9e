import type { DataQualityReport, DatedFirm, SourceCount, UnresolvedFirm } from '@atlas/domain';
import { dataQuality } from '@atlas/graph';
import { builder } from '../builder';
import { requireIndustry } from '../require-record';

const SourceCountRef = builder.objectRef<SourceCount>('SourceCount').implement({
  description: 'How many records came from one source (registry, survey, synthetic, inferred, confirmed, rejected…).',
  fields: (t) => ({ source: t.exposeString('source'), count: t.exposeInt('count') }),
});

const DatedFirmRef = builder.objectRef<DatedFirm>('DatedFirm').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    source: t.exposeString('source', { nullable: true }),
    updatedAt: t.exposeString('updatedAt', { nullable: true }),
  }),
});

const UnresolvedFirmRef = builder.objectRef<UnresolvedFirm>('UnresolvedFirm').implement({
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name'), address: t.exposeString('address') }),
});

const DataQualityRef = builder.objectRef<DataQualityReport>('DataQuality').implement({
  description:
    'Where an industry’s firms and attachments came from, how much is unreviewed, how old, what is unresolved.',
  fields: (t) => ({
    industryId: t.exposeID('industryId'),
    firms: t.exposeInt('firms', { description: 'Firms attached to any of its segments.' }),
    firmsBySource: t.field({ type: [SourceCountRef], resolve: (r) => r.firmsBySource }),
    attachments: t.exposeInt('attachments', { description: 'OPERATES_IN edges into its segments.' }),
    attachmentsBySource: t.field({
      type: [SourceCountRef],
      description: 'Rejected ones (remembered, no longer attached) are listed as source "rejected".',
      resolve: (r) => r.attachmentsBySource,
    }),
    unreviewedShare: t.exposeFloat('unreviewedShare', {
      nullable: true,
      description: 'Inferred (not yet reviewed) ÷ attachments; null without attachments.',
    }),
    oldest: t.field({
      type: [DatedFirmRef],
      description: 'The ten least recently written firm records, oldest first.',
      resolve: (r) => r.oldest,
    }),
    undated: t.exposeInt('undated', { description: 'Firm records without any date.' }),
    unresolvedAddresses: t.exposeInt('unresolvedAddresses', {
      description: 'Firms whose register address did not resolve to a district.',
    }),
    unresolvedExamples: t.field({ type: [UnresolvedFirmRef], resolve: (r) => r.unresolvedExamples }),
  }),
});

builder.queryField('dataQuality', (t) =>
  t.field({
    type: DataQualityRef,
    description: 'Provenance and freshness of one industry’s data (firms by source, share unreviewed, oldest records).',
    args: { industryId: t.arg.id({ required: true }) },
    resolve: async (_root, args, { executor, loaders, analytics }) => {
      const industry = await requireIndustry(loaders, args.industryId);
      return analytics.cached('dataQuality', { id: industry.id }, () => dataQuality(executor, industry.id));
    },
  }),
);
