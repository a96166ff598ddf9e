import type { BlastRadius } from '@atlas/domain';
import { blastRadius, MAX_BLAST_HOPS } from '@atlas/graph';
import { blastHops, DEFAULT_BLAST_HOPS } from '../arguments';
import { builder } from '../builder';
import { aggregateOfOthers, figureOf } from '../read-scopes';
import { linkedRecord, requireRecord } from '../require-record';
import { CompanyRef } from './company';

/** How many reached companies one answer lists; the count and the values still cover them all. */
export const MAX_BLAST_REACHED = 500;

const BlastHitRef = builder.objectRef<{ companyId: string; hops: number }>('BlastHit').implement({
  description: 'A company downstream of the one in question, and the fewest SUPPLIES hops to it.',
  fields: (t) => ({
    company: t.field({
      type: CompanyRef,
      resolve: (h, _a, { loaders }) => linkedRecord('company', h.companyId, loaders.company),
    }),
    hops: t.exposeInt('hops'),
  }),
});

const BlastRadiusRef = builder.objectRef<BlastRadius>('BlastRadius').implement({
  description: 'Who is hit if a company stops supplying: companies downstream within k hops, and the value at stake.',
  fields: (t) => ({
    company: t.field({
      type: CompanyRef,
      resolve: (b, _a, { loaders }) => linkedRecord('company', b.companyId, loaders.company),
    }),
    hops: t.exposeInt('hops'),
    reached: t.field({
      type: [BlastHitRef],
      description: `The nearest ${MAX_BLAST_REACHED} companies at most (fewest hops, then id); companyCount counts all.`,
      resolve: (b) => b.reached.slice(0, MAX_BLAST_REACHED),
    }),
    companyCount: t.int({ resolve: (b) => b.reached.length }),
    valueAtStake: t.exposeFloat('valueAtStake', {
      ...aggregateOfOthers,
      description:
        'Σ annualValue of SUPPLIES on those paths (CNY 10k): it sums other firms’ links, so null unless you are a promotion officer, analyst or admin.',
    }),
    directValue: t.exposeFloat('directValue', {
      ...figureOf((b: BlastRadius) => [b.companyId]),
      description:
        'Σ annualValue of its own SUPPLIES (CNY 10k); null unless it is your firm, or you are a promotion officer, analyst or admin.',
    }),
  }),
});

builder.queryField('blastRadius', (t) =>
  t.field({
    type: BlastRadiusRef,
    args: {
      companyId: t.arg.id({ required: true }),
      hops: t.arg.int({ defaultValue: DEFAULT_BLAST_HOPS, description: `1..${MAX_BLAST_HOPS}` }),
    },
    resolve: async (_root, args, { executor, analytics }) => {
      const hops = blastHops(args.hops);
      // The same for every viewer (figures are hidden per field), so shared like the other analytics.
      return requireRecord('company', args.companyId, (companyId) =>
        analytics.cached('blastRadius', { companyId, hops }, () => blastRadius(executor, companyId, hops)),
      );
    },
  }),
);
