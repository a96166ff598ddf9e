import { type BlastRadius, blastRadius, MAX_BLAST_HOPS } from '@atlas/graph';
import { builder } from '../builder';
import { badInput, notFound } from '../errors';
import { aggregateOfOthers, figureOf } from '../read-scopes';
import { CompanyRef } from './company';

/** How many reached companies one answer lists; the count and the values still cover them all. */
export const MAX_BLAST_REACHED = 500;

const BlastHitRef = builder.objectRef<{ companyId: string; hops: number }>('BlastHit').implement({
  description: 'A company downstream of the one in question, and the fewest SUPPLIES hops to it.',
  fields: (t) => ({
    company: t.field({
      type: CompanyRef,
      resolve: async (h, _a, { loaders }) => {
        const company = await loaders.company.load(h.companyId);
        if (!company) throw new Error(`company ${h.companyId} vanished`);
        return company;
      },
    }),
    hops: t.exposeInt('hops'),
  }),
});

const BlastRadiusRef = builder.objectRef<BlastRadius>('BlastRadius').implement({
  description: 'Who is hit if a company stops supplying: companies downstream within k hops, and the value at stake.',
  fields: (t) => ({
    company: t.field({
      type: CompanyRef,
      resolve: async (b, _a, { loaders }) => {
        const company = await loaders.company.load(b.companyId);
        if (!company) throw new Error(`company ${b.companyId} vanished`);
        return company;
      },
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
      hops: t.arg.int({ defaultValue: 2, description: `1..${MAX_BLAST_HOPS}` }),
    },
    resolve: async (_root, args, { executor, analytics }) => {
      const hops = args.hops ?? 2;
      if (!Number.isInteger(hops) || hops < 1 || hops > MAX_BLAST_HOPS)
        throw badInput(`hops must be an integer in 1..${MAX_BLAST_HOPS}`);
      const companyId = String(args.companyId);
      // The same for every viewer (figures are hidden per field), so shared like the other analytics.
      const result = await analytics.cached('blastRadius', { companyId, hops }, () =>
        blastRadius(executor, companyId, hops),
      );
      if (!result) throw notFound('company', String(args.companyId));
      return result;
    },
  }),
);
