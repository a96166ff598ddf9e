import { type ChainMapData, chainMap, type Flow, type IndustryRecord } from '@atlas/graph';
import { radiusOr, requireIndustry, strongThreshold } from '../analytics-guards';
import { builder } from '../builder';
import { ChainSegmentRef } from './chain-segment';
import { RadiusEnum } from './enums';
import { Industry } from './industry';

const FlowRef = builder.objectRef<Flow>('Flow').implement({
  description: 'A FEEDS edge: material or product flows from one leaf segment to another, upstream → downstream.',
  fields: (t) => ({ from: t.exposeID('from'), to: t.exposeID('to') }),
});

const ChainMapRef = builder.objectRef<ChainMapData & { industry: IndustryRecord }>('ChainMap').implement({
  description: 'The chain map (产业链图谱): every segment, parents included, with status at a radius, and the flows.',
  fields: (t) => ({
    industry: t.field({ type: Industry, resolve: (m) => m.industry }),
    segments: t.field({ type: [ChainSegmentRef], resolve: (m) => m.segments }),
    flows: t.field({ type: [FlowRef], resolve: (m) => m.flows }),
  }),
});

builder.queryField('chainMap', (t) =>
  t.field({
    type: ChainMapRef,
    args: {
      industryId: t.arg.id({ required: true }),
      radius: t.arg({ type: RadiusEnum, defaultValue: 'JINSHAN' }),
      threshold: t.arg.int({ defaultValue: 3, description: 'Local firms needed for STRONG.' }),
    },
    resolve: async (_root, args, { executor, loaders, analytics }) => {
      const threshold = strongThreshold(args.threshold);
      const industry = await requireIndustry(loaders, args.industryId);
      const radius = radiusOr(args.radius);
      const map = await analytics.cached('chainMap', { id: industry.id, radius, threshold }, () =>
        chainMap(executor, industry.id, radius, { threshold }),
      );
      return { industry, ...map };
    },
  }),
);
