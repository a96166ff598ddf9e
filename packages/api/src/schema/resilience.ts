import type { Radius, SegmentConcentration } from '@atlas/domain';
import { type ResilienceReport, resilience, type SingleSource } from '@atlas/graph';
import { industryAtRadius } from '../analytics-guards';
import { builder } from '../builder';
import type { Loaders } from '../loaders';
import { figureOf } from '../read-scopes';
import { checkedMinConfidence, minConfidenceArgs, radiusArgs } from './analytics-args';
import { ChainSegmentRef, loadSegment } from './chain-segment';
import { CompanyRef } from './company';

type AtRadius<T> = T & { radius: Radius };

async function loadCompany(loaders: Loaders, id: string) {
  const company = await loaders.company.load(id);
  if (!company) throw new Error(`company ${id} vanished`);
  return company;
}

const SingleSourceRef = builder.objectRef<AtRadius<SingleSource>>('SingleSource').implement({
  description: 'A chain leader buys this segment from exactly one supplier.',
  fields: (t) => ({
    leader: t.field({ type: CompanyRef, resolve: (s, _a, { loaders }) => loadCompany(loaders, s.leaderId) }),
    segment: t.field({
      type: ChainSegmentRef,
      resolve: (s, _a, { loaders }) => loadSegment(loaders, s.segmentId, s.radius),
    }),
    supplier: t.field({ type: CompanyRef, resolve: (s, _a, { loaders }) => loadCompany(loaders, s.supplierId) }),
    value: t.exposeFloat('value', {
      ...figureOf((s: AtRadius<SingleSource>) => [s.leaderId, s.supplierId]),
      description:
        'CNY 10k a year; null unless you are the leader, the supplier, a promotion officer, analyst or admin.',
    }),
    supplierLocal: t.exposeBoolean('supplierLocal'),
  }),
});

const SegmentHHIRef = builder.objectRef<AtRadius<SegmentConcentration>>('SegmentHHI').implement({
  description: 'Concentration of the chain leaders’ purchases of a segment: Σ share² over suppliers (0..1).',
  fields: (t) => ({
    segment: t.field({
      type: ChainSegmentRef,
      resolve: (h, _a, { loaders }) => loadSegment(loaders, h.segmentId, h.radius),
    }),
    hhi: t.exposeFloat('hhi', { nullable: true }),
    suppliers: t.exposeInt('suppliers'),
    totalValue: t.exposeFloat('totalValue'),
  }),
});

const ResilienceReportRef = builder.objectRef<AtRadius<ResilienceReport>>('ResilienceReport').implement({
  description: 'How fragile an industry’s supply is: single sources, concentration, dependence on the outside.',
  fields: (t) => ({
    singleSourceCount: t.exposeInt('singleSourceCount'),
    singleSources: t.field({
      type: [SingleSourceRef],
      resolve: (r) => r.singleSources.map((s) => ({ ...s, radius: r.radius })),
    }),
    hhiBySegment: t.field({
      type: [SegmentHHIRef],
      resolve: (r) => r.hhiBySegment.map((h) => ({ ...h, radius: r.radius })),
    }),
    externalDependence: t.exposeFloat('externalDependence', {
      nullable: true,
      description: '1 − local supporting rate at the radius',
    }),
  }),
});

builder.queryField('resilience', (t) =>
  t.field({
    type: ResilienceReportRef,
    args: {
      industryId: t.arg.id({ required: true }),
      ...radiusArgs(),
      ...minConfidenceArgs(),
    },
    resolve: async (_root, args, { executor, loaders, analytics }) => {
      const minConfidence = checkedMinConfidence(args.minConfidence);
      const { industry, radius } = await industryAtRadius(loaders, args);
      const found = await analytics.cached('resilience', { id: industry.id, radius, minConfidence }, () =>
        resilience(executor, industry.id, radius, { minConfidence }),
      );
      return { ...found, radius };
    },
  }),
);
