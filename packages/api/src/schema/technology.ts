import type { TechnologyRecord } from '@atlas/domain';
import { roadmapOfIndustry } from '@atlas/graph';
import { builder } from '../builder';
import { requireIndustry } from '../require-record';
import { ChainSegmentRef, loadSegments } from './chain-segment';

export const TechnologyRef = builder.objectRef<TechnologyRecord>('Technology').implement({
  description: 'A technology of the roadmap (技术路线图): readiness today, the year it is expected at scale.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    trl: t.exposeInt('trl', { description: 'Technology readiness level, 1..9' }),
    horizon: t.exposeInt('horizon'),
    stage: t.exposeString('stage'),
    segmentIds: t.exposeIDList('segmentIds', { description: 'Segments it ENABLES.' }),
    segments: t.field({
      type: [ChainSegmentRef],
      description: 'Segments it ENABLES, with their status in Jinshan.',
      resolve: (tech, _args, { loaders }) => loadSegments(loaders, tech.segmentIds),
    }),
    precedes: t.exposeIDList('precedes', { description: 'Technologies that build on this one.' }),
  }),
});

builder.queryField('roadmap', (t) =>
  t.field({
    type: [TechnologyRef],
    description: 'The technology roadmap of an industry, by horizon year.',
    args: { industryId: t.arg.id({ required: true }) },
    resolve: async (_root, { industryId }, { executor, loaders }) => {
      const industry = await requireIndustry(loaders, industryId);
      return roadmapOfIndustry(executor, industry.id);
    },
  }),
);
