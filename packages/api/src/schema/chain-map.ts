import { type ChainMapData, chainMap, type Flow, type IndustryRecord } from '@atlas/graph';
import { industryAtRadius } from '../analytics-guards';
import { builder } from '../builder';
import { checkedMinConfidence, minConfidenceArgs, radiusArgs, thresholdArgs } from './analytics-args';
import { ChainSegmentRef } from './chain-segment';
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
      ...radiusArgs(),
      ...thresholdArgs(),
      ...minConfidenceArgs(),
    },
    resolve: async (_root, args, { executor, loaders, analytics }) => {
      const minConfidence = checkedMinConfidence(args.minConfidence);
      const { industry, radius, threshold } = await industryAtRadius(loaders, args);
      const map = await analytics.cached('chainMap', { id: industry.id, radius, threshold, minConfidence }, () =>
        chainMap(executor, industry.id, radius, { threshold, scenario: { minConfidence } }),
      );
      return { industry, ...map };
    },
  }),
);
