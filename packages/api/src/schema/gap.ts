import { DEFAULT_GAP_WEIGHTS, resolveGapWeights } from '@atlas/domain';
import { type GapView, gaps } from '@atlas/graph';
import { industryAtRadius } from '../analytics-guards';
import { builder } from '../builder';
import { badInput } from '../errors';
import { checkedMinConfidence, minConfidenceArgs, radiusArgs, thresholdArgs } from './analytics-args';
import { ChainSegmentRef } from './chain-segment';
import { SegmentStatusEnum } from './enums';
import { ScoreFactorRef } from './score';

const GapWeightsInput = builder.inputType('GapWeightsInput', {
  description: `Per-call gap weights, each in [0, 1]; omitted ones keep their defaults (${Object.entries(
    DEFAULT_GAP_WEIGHTS,
  )
    .map(([f, w]) => `${f} ${w}`)
    .join(', ')}).`,
  fields: (t) => ({
    criticality: t.float(),
    localPull: t.float(),
    relatedness: t.float(),
    specialisation: t.float(),
  }),
});

const GapRef = builder.objectRef<GapView>('Gap').implement({
  description: 'A MISSING or WEAK segment with its priority: the sum of its factors’ contributions.',
  fields: (t) => ({
    segment: t.field({ type: ChainSegmentRef, resolve: (g) => g.segment }),
    status: t.field({ type: SegmentStatusEnum, resolve: (g) => g.status }),
    priority: t.exposeFloat('priority'),
    factors: t.field({ type: [ScoreFactorRef], resolve: (g) => g.factors }),
  }),
});

builder.queryField('gaps', (t) =>
  t.field({
    type: [GapRef],
    description: 'Missing and weak segments of an industry, highest priority first (ties by segment id).',
    args: {
      industryId: t.arg.id({ required: true }),
      ...radiusArgs(),
      weights: t.arg({ type: GapWeightsInput }),
      ...thresholdArgs(),
      ...minConfidenceArgs(),
    },
    resolve: async (_root, args, { executor, loaders, analytics }) => {
      const { weights, problems } = resolveGapWeights(args.weights ?? {});
      if (problems.length > 0) throw badInput(problems.join('; '));
      const minConfidence = checkedMinConfidence(args.minConfidence);
      const { industry, radius, threshold } = await industryAtRadius(loaders, args);
      return analytics.cached('gaps', { id: industry.id, radius, weights, threshold, minConfidence }, () =>
        gaps(executor, industry.id, radius, { weights, threshold, minConfidence }),
      );
    },
  }),
);
