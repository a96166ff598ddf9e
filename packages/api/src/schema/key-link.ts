import { BOTTLENECKS, type KeyLinkRecord } from '@atlas/domain';
import { keyLinksOfIndustry } from '@atlas/graph';
import { builder } from '../builder';
import { requireIndustry } from '../require-record';
import { ChainSegmentRef, loadSegment } from './chain-segment';

export const KeyLinkRef = builder.objectRef<KeyLinkRecord>('KeyLink').implement({
  description: 'An entry of the key-link list (关键环节清单): a critical segment and why it is a bottleneck.',
  fields: (t) => ({
    id: t.exposeID('id'),
    segmentId: t.exposeID('segmentId'),
    segment: t.field({
      type: ChainSegmentRef,
      description: 'The segment, with its status in Jinshan.',
      resolve: (k, _args, { loaders }) => loadSegment(loaders, k.segmentId),
    }),
    criticality: t.exposeInt('criticality', { description: '1..5' }),
    bottleneck: t.exposeString('bottleneck', {
      description: BOTTLENECKS.join(' | '),
    }),
    targetYear: t.exposeInt('targetYear', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    noteEn: t.exposeString('noteEn', { nullable: true }),
  }),
});

builder.objectField(ChainSegmentRef, 'keyLink', (t) =>
  t.field({ type: KeyLinkRef, nullable: true, resolve: (s) => s.keyLink }),
);

builder.queryField('keyLinks', (t) =>
  t.field({
    type: [KeyLinkRef],
    description: 'The key-link list of an industry, most critical first.',
    args: { industryId: t.arg.id({ required: true }) },
    resolve: async (_root, { industryId }, { executor, loaders }) => {
      const industry = await requireIndustry(loaders, industryId);
      return keyLinksOfIndustry(executor, industry.id);
    },
  }),
);
