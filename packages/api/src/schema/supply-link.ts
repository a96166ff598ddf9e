import type { SupplyLink } from '@atlas/domain';
import { DEFAULT_PAGE_SIZE, pageSize } from '../arguments';
import { builder } from '../builder';
import { figureOf } from '../read-scopes';
import { linkedRecord } from '../require-record';
import { ChainSegmentRef, loadSegment } from './chain-segment';
import { CompanyRef } from './company';

/** A supplier link with the firm it supplies: both are parties to its value. */
type BuyerSupplyLink = SupplyLink & { buyerId: string };

const SupplyLinkRef = builder.objectRef<BuyerSupplyLink>('SupplyLink').implement({
  description: 'A SUPPLIES edge seen from its buyer: who supplies, in which segment, for how much a year.',
  fields: (t) => ({
    company: t.field({
      type: CompanyRef,
      resolve: (link, _a, { loaders }) => linkedRecord('supplier', link.companyId, loaders.company),
    }),
    segmentId: t.exposeID('segmentId'),
    segment: t.field({
      type: ChainSegmentRef,
      resolve: (link, _a, { loaders }) => loadSegment(loaders, link.segmentId),
    }),
    annualValue: t.exposeFloat('annualValue', {
      ...figureOf((link: BuyerSupplyLink) => [link.companyId, link.buyerId]),
      description:
        'CNY 10k a year; null unless you are the supplier, the buyer, a promotion officer, analyst or admin.',
    }),
    source: t.exposeString('source', { nullable: true }),
    confidence: t.exposeFloat('confidence', { nullable: true }),
    since: t.int({
      nullable: true,
      description: 'The year the relationship began, as recorded.',
      // Stored as the driver sends numbers (a float): read back as the year it is.
      resolve: (link) => (link.since == null || link.since === '' ? null : Math.round(Number(link.since))),
    }),
  }),
});

builder.objectField(CompanyRef, 'suppliers', (t) =>
  t.field({
    type: [SupplyLinkRef],
    description: 'Direct suppliers (SUPPLIES into this firm), largest annual value first.',
    args: { first: t.arg.int({ defaultValue: DEFAULT_PAGE_SIZE }) },
    resolve: async (company, { first }, { loaders }) => {
      const limit = pageSize(first);
      const links = await loaders.companySuppliers.load(company.id);
      return links.slice(0, limit).map((link) => ({ ...link, buyerId: company.id }));
    },
  }),
);
