import type { Radius, ResilienceReport, SegmentConcentration, SingleSource } from '@atlas/domain';
import { resilience } from '@atlas/graph';
import { statusArgs } from '../arguments';
import { builder } from '../builder';
import { figureOf } from '../read-scopes';
import { linkedRecord, withIndustry } from '../require-record';
import { minConfidenceArgs, radiusArgs } from './analytics-args';
import { ChainSegmentRef, loadSegment } from './chain-segment';
import { CompanyRef } from './company';

type AtRadius<T> = T & { radius: Radius };

const SingleSourceRef = builder.objectRef<AtRadius<SingleSource>>('SingleSource').implement({
  description: 'A chain leader buys this segment from exactly one supplier.',
  fields: (t) => ({
    leader: t.field({
      type: CompanyRef,
      resolve: (s, _a, { loaders }) => linkedRecord('company', s.leaderId, loaders.company),
    }),
    segment: t.field({
      type: ChainSegmentRef,
      resolve: (s, _a, { loaders }) => loadSegment(loaders, s.segmentId, s.radius),
    }),
    supplier: t.field({
      type: CompanyRef,
      resolve: (s, _a, { loaders }) => linkedRecord('company', s.supplierId, loaders.company),
    }),
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
      const { radius, minConfidence } = statusArgs(args);
      const { result } = await withIndustry(loaders, args.industryId, (id) =>
        analytics.cached('resilience', { id, radius, minConfidence }, () =>
          resilience(executor, id, radius, { minConfidence }),
        ),
      );
      return { ...result, radius };
    },
  }),
);
