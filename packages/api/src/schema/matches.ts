import { DEFAULT_BUYER_WEIGHTS, DEFAULT_MATCH_WEIGHTS } from '@atlas/domain';
import { buyerMatches, supplierMatches } from '@atlas/graph';
import { describeWeights, rankingArgs } from '../arguments';
import { builder } from '../builder';
import { requireRecord } from '../require-record';
import { limitArgs, minConfidenceArgs } from './analytics-args';
import { MatchRef } from './score';

const MatchWeightsInput = builder.inputType('MatchWeightsInput', {
  description: `Per-call supplier-match weights, each in [0, 1]; omitted ones keep their defaults (${describeWeights(
    DEFAULT_MATCH_WEIGHTS,
  )}).`,
  fields: (t) => ({
    segmentFit: t.float({ description: 'Needed segment 1, a child 0.8, a grandchild 0.64.' }),
    locality: t.float({ description: '金山区 1, 上海市 0.75, YRD 0.5, China 0.25, abroad 0.' }),
    capacityFit: t.float({ description: 'min(1, capacity / quantity); no quantity 1; unknown capacity 0.5.' }),
    credit: t.float({ description: 'creditScore / 100 (unknown 0.5).' }),
    sme: t.float({ description: 'Small or micro 1, medium 0.6, large 0.2 (大手拉小手).' }),
    relationship: t.float({ description: 'Already supplies the poster: this segment 1, another 0.5.' }),
    trackRecord: t.float({
      description: '1 − 1/(1 + contracted + delivered) over its recorded outcomes (docs/outcomes.md); none 0.',
    }),
  }),
});

const BuyerWeightsInput = builder.inputType('BuyerWeightsInput', {
  description: `Per-call buyer-match weights, each in [0, 1]; omitted ones keep their defaults (${describeWeights(
    DEFAULT_BUYER_WEIGHTS,
  )}).`,
  fields: (t) => ({
    segmentFit: t.float({ description: 'Needed segment 1, a child 0.8, a grandchild 0.64.' }),
    locality: t.float({ description: 'The buyer’s ring: 金山区 1, 上海市 0.75, YRD 0.5, China 0.25, abroad 0.' }),
    capacityFit: t.float({ description: 'min(1, capacity / quantity); no quantity 1; unknown capacity 0.5.' }),
    credit: t.float({ description: 'The buyer’s creditScore / 100 (unknown 0.5).' }),
    bigHand: t.float({ description: 'Chain leader or large buyer 1, medium 0.6, small or micro 0.2.' }),
    relationship: t.float({ description: 'Already supplies the buyer: this segment 1, another 0.5.' }),
  }),
});

builder.queryField('supplierMatches', (t) =>
  t.field({
    type: [MatchRef],
    description:
      'Firms that pass the demand’s hard filters (segment or a child, every required certification, not the ' +
      'poster, within its radius), best first (ties by id).',
    args: {
      demandId: t.arg.id({ required: true }),
      ...limitArgs(),
      weights: t.arg({ type: MatchWeightsInput }),
      ...minConfidenceArgs(),
    },
    resolve: async (_root, args, { executor, analytics }) => {
      const { limit, weights, minConfidence } = rankingArgs(DEFAULT_MATCH_WEIGHTS, args);
      return requireRecord('demand', args.demandId, (demandId) =>
        analytics.cached('supplierMatches', { demandId, limit, weights, minConfidence }, () =>
          supplierMatches(executor, { demandId, limit, weights, minConfidence }),
        ),
      );
    },
  }),
);

builder.queryField('buyerMatches', (t) =>
  t.field({
    type: [MatchRef],
    description:
      'Buyers for a firm: posters of open demands it qualifies for (with demandId) and chain leaders downstream ' +
      'with fewer than 3 local suppliers for its segment (demandId null), best first.',
    args: {
      companyId: t.arg.id({ required: true }),
      ...limitArgs(),
      weights: t.arg({ type: BuyerWeightsInput }),
      ...minConfidenceArgs(),
    },
    resolve: async (_root, args, { executor, analytics }) => {
      const { limit, weights, minConfidence } = rankingArgs(DEFAULT_BUYER_WEIGHTS, args);
      return requireRecord('company', args.companyId, (companyId) =>
        analytics.cached('buyerMatches', { companyId, limit, weights, minConfidence }, () =>
          buyerMatches(executor, { companyId, limit, weights, minConfidence }),
        ),
      );
    },
  }),
);
