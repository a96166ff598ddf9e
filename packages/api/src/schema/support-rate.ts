import type { LeaderRate, SupportRateReport } from '@atlas/domain';
import { supportRate } from '@atlas/graph';
import { statusArgs } from '../arguments';
import { builder } from '../builder';
import { figureOf } from '../read-scopes';
import { withIndustry } from '../require-record';
import { minConfidenceArgs, radiusArgs, thresholdArgs } from './analytics-args';
import { CompanyRef } from './company';

const leaderFigure = (l: LeaderRate) => [l.company.id];
const LEADER_ONLY = 'Null unless you are this leader, a promotion officer, analyst or admin.';

const LeaderRateRef = builder.objectRef<LeaderRate>('LeaderRate').implement({
  description: 'A chain leader’s local supporting rate by value; null when nothing is recorded as supplied to it.',
  fields: (t) => ({
    company: t.field({ type: CompanyRef, resolve: (l) => l.company }),
    rate: t.exposeFloat('rate', { ...figureOf(leaderFigure), description: LEADER_ONLY }),
    localValue: t.exposeFloat('localValue', {
      ...figureOf(leaderFigure),
      description: `CNY 10k a year from local suppliers. ${LEADER_ONLY}`,
    }),
    totalValue: t.exposeFloat('totalValue', {
      ...figureOf(leaderFigure),
      description: `CNY 10k a year from all suppliers. ${LEADER_ONLY}`,
    }),
  }),
});

export const SupportRateRef = builder.objectRef<SupportRateReport>('SupportRate').implement({
  description:
    'Coverage, criticality-weighted key-link coverage and the local supporting rate by value (本地配套率) at a radius.',
  fields: (t) => ({
    coverage: t.exposeFloat('coverage'),
    keyLinkCoverage: t.exposeFloat('keyLinkCoverage'),
    byValue: t.exposeFloat('byValue', { nullable: true }),
    perLeader: t.field({ type: [LeaderRateRef], resolve: (r) => r.perLeader }),
  }),
});

builder.queryField('localSupportRate', (t) =>
  t.field({
    type: SupportRateRef,
    args: {
      industryId: t.arg.id({ required: true }),
      ...radiusArgs(),
      ...thresholdArgs(),
      ...minConfidenceArgs(),
    },
    resolve: async (_root, args, { executor, loaders, analytics }) => {
      // The threshold is checked like every status argument's, but coverage does not depend on it (MISSING or not).
      const { radius, minConfidence } = statusArgs(args);
      const { result } = await withIndustry(loaders, args.industryId, (id) =>
        analytics.cached('localSupportRate', { id, radius, minConfidence }, () =>
          supportRate(executor, id, radius, { scenario: { minConfidence } }),
        ),
      );
      return result;
    },
  }),
);
