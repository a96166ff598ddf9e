import { DEFAULT_GAP_WEIGHTS, type GapView } from '@atlas/domain';
import { gaps } from '@atlas/graph';
import { checkedWeights, describeWeights, statusArgs } from '../arguments';
import { builder } from '../builder';
import { withIndustry } from '../require-record';
import { minConfidenceArgs, radiusArgs, thresholdArgs } from './analytics-args';
import { ChainSegmentRef } from './chain-segment';
import { SegmentStatusEnum } from './enums';
import { ScoreFactorRef } from './score';

const GapWeightsInput = builder.inputType('GapWeightsInput', {
  description: `Per-call gap weights, each in [0, 1]; omitted ones keep their defaults (${describeWeights(
    DEFAULT_GAP_WEIGHTS,
  )}).`,
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
      const weights = checkedWeights(DEFAULT_GAP_WEIGHTS, args.weights);
      const { radius, threshold, minConfidence } = statusArgs(args);
      const { result } = await withIndustry(loaders, args.industryId, (id) =>
        analytics.cached('gaps', { id, radius, weights, threshold, minConfidence }, () =>
          gaps(executor, id, radius, { weights, threshold, minConfidence }),
        ),
      );
      return result;
    },
  }),
);
