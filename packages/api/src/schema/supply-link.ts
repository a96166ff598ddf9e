import type { SupplyLink } from '@atlas/graph';
import { builder } from '../builder';
import { badInput } from '../errors';
import { ChainSegmentRef, loadSegment } from './chain-segment';
import { CompanyRef } from './company';

const SupplyLinkRef = builder.objectRef<SupplyLink>('SupplyLink').implement({
  description: 'A SUPPLIES edge seen from its buyer: who supplies, in which segment, for how much a year.',
  fields: (t) => ({
    company: t.field({
      type: CompanyRef,
      resolve: async (link, _a, { loaders }) =>
        (await loaders.company.load(link.companyId)) ??
        Promise.reject(new Error(`supplier ${link.companyId} vanished`)),
    }),
    segmentId: t.exposeID('segmentId'),
    segment: t.field({
      type: ChainSegmentRef,
      resolve: (link, _a, { loaders }) => loadSegment(loaders, link.segmentId),
    }),
    annualValue: t.exposeFloat('annualValue', { description: 'CNY 10k a year.' }),
    source: t.exposeString('source', { nullable: true }),
    confidence: t.exposeFloat('confidence', { nullable: true }),
  }),
});

builder.objectField(CompanyRef, 'suppliers', (t) =>
  t.field({
    type: [SupplyLinkRef],
    description: 'Direct suppliers (SUPPLIES into this firm), largest annual value first.',
    args: { first: t.arg.int({ defaultValue: 20 }) },
    resolve: async (company, { first }, { loaders }) => {
      const limit = first ?? 20;
      if (limit < 1 || limit > 100) throw badInput('first must be between 1 and 100');
      return (await loaders.companySuppliers.load(company.id)).slice(0, limit);
    },
  }),
);
