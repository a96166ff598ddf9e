import { type LeaderRate, type SupportRateReport, supportRate } from '@atlas/graph';
import { radiusOr, requireIndustry, strongThreshold } from '../analytics-guards';
import { builder } from '../builder';
import { CompanyRef } from './company';
import { RadiusEnum } from './enums';

const LeaderRateRef = builder.objectRef<LeaderRate>('LeaderRate').implement({
  description: 'A chain leader’s local supporting rate by value; null when nothing is recorded as supplied to it.',
  fields: (t) => ({
    company: t.field({ type: CompanyRef, resolve: (l) => l.company }),
    rate: t.exposeFloat('rate', { nullable: true }),
    localValue: t.exposeFloat('localValue', { description: 'CNY 10k a year from local suppliers' }),
    totalValue: t.exposeFloat('totalValue', { description: 'CNY 10k a year from all suppliers' }),
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
      radius: t.arg({ type: RadiusEnum, defaultValue: 'JINSHAN' }),
      threshold: t.arg.int({ defaultValue: 3, description: 'Local firms needed for STRONG.' }),
    },
    resolve: async (_root, args, { executor, loaders, analytics }) => {
      const threshold = strongThreshold(args.threshold);
      const industry = await requireIndustry(loaders, args.industryId);
      const radius = radiusOr(args.radius);
      return analytics.cached('localSupportRate', { id: industry.id, radius, threshold }, () =>
        supportRate(executor, industry.id, radius, { threshold }),
      );
    },
  }),
);
