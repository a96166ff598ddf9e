import type { ChainMapData, Flow, IndustryRecord, Radius } from '@atlas/domain';
import { chainMap } from '@atlas/graph';
import { statusArgs } from '../arguments';
import { builder } from '../builder';
import { withIndustry } from '../require-record';
import { minConfidenceArgs, radiusArgs, thresholdArgs } from './analytics-args';
import { ChainSegmentRef } from './chain-segment';
import { Industry } from './industry';

const FlowRef = builder.objectRef<Flow>('Flow').implement({
  description: 'A FEEDS edge: material or product flows from one leaf segment to another, upstream → downstream.',
  fields: (t) => ({ from: t.exposeID('from'), to: t.exposeID('to') }),
});

/** What the map was asked for travels with it: `segmentFirms` (chain-map-firms.ts) reads the same radius and confidence. */
export type ChainMapParent = ChainMapData & { industry: IndustryRecord; radius: Radius; minConfidence: number };

export const ChainMapRef = builder.objectRef<ChainMapParent>('ChainMap').implement({
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
      const { radius, threshold, minConfidence } = statusArgs(args);
      const { industry, result: map } = await withIndustry(loaders, args.industryId, (id) =>
        analytics.cached('chainMap', { id, radius, threshold, minConfidence }, () =>
          chainMap(executor, id, radius, { threshold, scenario: { minConfidence } }),
        ),
      );
      return { industry, ...map, radius, minConfidence };
    },
  }),
);
