import { DEFAULT_TARGET_WEIGHTS } from '@atlas/domain';
import { investmentTargets } from '@atlas/graph';
import { describeWeights, radiusOr, rankingArgs } from '../arguments';
import { builder } from '../builder';
import { requireRecord } from '../require-record';
import { limitArgs, minConfidenceArgs, radiusArgs } from './analytics-args';
import { MatchRef } from './score';

const TargetWeightsInput = builder.inputType('TargetWeightsInput', {
  description: `Per-call investment-target weights, each in [0, 1]; omitted ones keep their defaults (${describeWeights(
    DEFAULT_TARGET_WEIGHTS,
  )}).`,
  fields: (t) => ({
    scale: t.float({ description: 'Size class, employees and capacity in the segment, against the best candidate.' }),
    proximity: t.float({ description: '1 / (1 + km to the 金山区 centre / 200).' }),
    localPull: t.float({ description: 'Local firms in the segments the candidate’s segments FEED (log-scaled).' }),
    technology: t.float({ description: 'Holds a technology that ENABLES the segment; more patents, more value.' }),
    credit: t.float({ description: 'creditScore / 100 (unknown 0.5).' }),
  }),
});

builder.queryField('investmentTargets', (t) =>
  t.field({
    type: [MatchRef],
    description:
      'Firms not local at the radius that operate in the segment, best targets for 靶向招商 first (ties by id).',
    args: {
      segmentId: t.arg.id({ required: true }),
      ...radiusArgs(),
      ...limitArgs(),
      weights: t.arg({ type: TargetWeightsInput }),
      ...minConfidenceArgs(),
    },
    resolve: async (_root, args, { executor, analytics }) => {
      const { limit, weights, minConfidence } = rankingArgs(DEFAULT_TARGET_WEIGHTS, args);
      const radius = radiusOr(args.radius);
      return requireRecord('segment', args.segmentId, (segmentId) =>
        analytics.cached('investmentTargets', { segmentId, radius, limit, weights, minConfidence }, () =>
          investmentTargets(executor, { segmentId, radius, limit, weights, minConfidence }),
        ),
      );
    },
  }),
);
