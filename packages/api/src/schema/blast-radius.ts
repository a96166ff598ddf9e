import { type BlastRadius, blastRadius, MAX_BLAST_HOPS } from '@atlas/graph';
import { builder } from '../builder';
import { badInput, notFound } from '../errors';
import { CompanyRef } from './company';

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
    reached: t.field({ type: [BlastHitRef], resolve: (b) => b.reached }),
    companyCount: t.int({ resolve: (b) => b.reached.length }),
    valueAtStake: t.exposeFloat('valueAtStake', { description: 'Σ annualValue of SUPPLIES on those paths (CNY 10k)' }),
    directValue: t.exposeFloat('directValue', { description: 'Σ annualValue of its own SUPPLIES (CNY 10k)' }),
  }),
});

builder.queryField('blastRadius', (t) =>
  t.field({
    type: BlastRadiusRef,
    args: {
      companyId: t.arg.id({ required: true }),
      hops: t.arg.int({ defaultValue: 2, description: `1..${MAX_BLAST_HOPS}` }),
    },
    resolve: async (_root, args, { executor }) => {
      const hops = args.hops ?? 2;
      if (!Number.isInteger(hops) || hops < 1 || hops > MAX_BLAST_HOPS)
        throw badInput(`hops must be an integer in 1..${MAX_BLAST_HOPS}`);
      const result = await blastRadius(executor, String(args.companyId), hops);
      if (!result) throw notFound('company', String(args.companyId));
      return result;
    },
  }),
);
