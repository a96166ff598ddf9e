import { randomUUID } from 'node:crypto';
import {
  DEFAULT_GAP_WEIGHTS,
  mayAnswerServiceRequest,
  mayReadFigure,
  mayRequestService,
  PLATFORM_KINDS,
  PLATFORM_STATUSES,
  platformCoverage,
  refusal,
  requestNoteProblem,
  SERVICE_REQUEST_STATUSES,
  type SegmentSupport,
  type ServicePlatform,
  type ServiceRequest,
  serviceRequestStatusProblem,
} from '@atlas/domain';
import {
  createServiceRequest,
  gaps,
  platformsByIds,
  platformsByIndustry,
  platformsBySegmentIds,
  serviceRequestById,
  serviceRequestsByPlatformIds,
  setServiceRequestStatus,
} from '@atlas/graph';
import DataLoader from 'dataloader';
import { checkedWeights, statusArgs } from '../arguments';
import { enforce, requireUser } from '../auth/guard';
import { builder } from '../builder';
import type { AtlasContext } from '../context';
import { badInput, companyRequired } from '../errors';
import { linkedRecord, requireIndustry, requireRecord, withIndustry } from '../require-record';
import { minConfidenceArgs, radiusArgs, thresholdArgs } from './analytics-args';
import { ChainSegmentRef, loadSegment, loadSegments } from './chain-segment';
import { CompanyRef } from './company';
import { SegmentStatusEnum } from './enums';

const PlatformKindEnum = builder.enumType('PlatformKind', { values: PLATFORM_KINDS });
const PlatformStatusEnum = builder.enumType('PlatformStatus', {
  description: 'OPERATING: the plan treats it as existing; PLANNED: the plan asks for it, not known to exist yet.',
  values: PLATFORM_STATUSES.map((s) => s.toUpperCase()) as ['OPERATING', 'PLANNED'],
});
const ServiceRequestStatusEnum = builder.enumType('ServiceRequestStatus', { values: SERVICE_REQUEST_STATUSES });

/** Per-request loaders of this file, kept beside the shared ones (one query per list, not per item). */
const platformLoaders = new WeakMap<object, ReturnType<typeof createPlatformLoaders>>();
function createPlatformLoaders(context: AtlasContext) {
  const { executor } = context;
  return {
    byId: new DataLoader<string, ServicePlatform | null>(async (ids) => {
      const found = new Map((await platformsByIds(executor, ids)).map((p) => [p.id, p]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    bySegment: new DataLoader<string, ServicePlatform[]>(async (ids) => {
      const found = await platformsBySegmentIds(executor, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    requests: new DataLoader<string, ServiceRequest[]>(async (ids) => {
      const found = await serviceRequestsByPlatformIds(executor, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
function loadersOf(context: AtlasContext) {
  let loaders = platformLoaders.get(context.loaders);
  if (!loaders) {
    loaders = createPlatformLoaders(context);
    platformLoaders.set(context.loaders, loaders);
  }
  return loaders;
}

export const ServicePlatformRef = builder.objectRef<ServicePlatform>('ServicePlatform');

const ServiceRequestRef = builder.objectRef<ServiceRequest>('ServiceRequest').implement({
  description: 'A firm asking a service platform for a service (释放创新资源).',
  fields: (t) => ({
    id: t.exposeID('id'),
    platform: t.field({
      type: ServicePlatformRef,
      resolve: (r, _a, context) => linkedRecord('service platform', r.platformId, loadersOf(context).byId),
    }),
    company: t.field({
      type: CompanyRef,
      resolve: (r, _a, { loaders }) => linkedRecord('company', r.companyId, loaders.company),
    }),
    note: t.exposeString('note'),
    status: t.field({ type: ServiceRequestStatusEnum, resolve: (r) => r.status }),
    at: t.exposeString('at'),
  }),
});

ServicePlatformRef.implement({
  description:
    'A public service platform or shared facility of an industry (pilot plant, testing centre, flight service, ' +
    'computing, fund…) from the reviewed data/industries/<id>/platforms.yaml, with the leaf segments it serves.',
  fields: (t) => ({
    id: t.exposeID('id'),
    industryId: t.exposeID('industryId'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    kind: t.field({ type: PlatformKindEnum, resolve: (p) => p.kind }),
    status: t.field({
      type: PlatformStatusEnum,
      resolve: (p) => p.status.toUpperCase() as 'OPERATING' | 'PLANNED',
    }),
    operator: t.exposeString('operator'),
    location: t.exposeString('location'),
    services: t.exposeStringList('services'),
    servicesEn: t.exposeStringList('servicesEn'),
    contact: t.exposeString('contact', { description: 'A public office (never a person).' }),
    source: t.exposeString('source', { description: 'Where the fact comes from (plan section, or "planned (…)").' }),
    segmentIds: t.exposeIDList('segmentIds', { description: 'The leaf segments it serves.' }),
    segments: t.field({
      type: [ChainSegmentRef],
      description: 'The leaf segments it serves, with their status in 金山区.',
      resolve: (p, _a, { loaders }) => loadSegments(loaders, p.segmentIds),
    }),
    requestCount: t.int({
      description: 'How many service requests it has (public: a count names no firm).',
      resolve: async (p, _a, context) => (await loadersOf(context).requests.load(p.id)).length,
    }),
    requests: t.field({
      type: [ServiceRequestRef],
      description:
        'Service requests, oldest first: all of them for promotion officers, analysts and admins; a firm sees its own; everyone else none.',
      resolve: async (p, _a, context) =>
        (await loadersOf(context).requests.load(p.id)).filter(
          (r) => mayReadFigure(context.user, [r.companyId]).allowed,
        ),
    }),
  }),
});

builder.objectField(ChainSegmentRef, 'platforms', (t) =>
  t.field({
    type: [ServicePlatformRef],
    description:
      'Service platforms supporting this segment (for a parent: its leaves); empty when none does ("no supporting platform").',
    resolve: (s, _a, context) => loadersOf(context).bySegment.load(s.id),
  }),
);

builder.queryField('servicePlatforms', (t) =>
  t.field({
    type: [ServicePlatformRef],
    description: 'The service platforms and shared facilities of an industry (一业一亮点), operating ones first.',
    args: { industryId: t.arg.id({ required: true }) },
    resolve: async (_root, args, { executor, loaders }) => {
      const industry = await requireIndustry(loaders, args.industryId);
      return platformsByIndustry(executor, industry.id);
    },
  }),
);

const SegmentSupportRef = builder.objectRef<SegmentSupport>('SegmentSupport').implement({
  description: 'A weak or missing segment and the platforms that support it (none: no supporting platform).',
  fields: (t) => ({
    segment: t.field({ type: ChainSegmentRef, resolve: (s, _a, { loaders }) => loadSegment(loaders, s.segmentId) }),
    status: t.field({ type: SegmentStatusEnum, resolve: (s) => s.status }),
    platforms: t.field({
      type: [ServicePlatformRef],
      resolve: async (s, _a, context) => {
        const found = await loadersOf(context).byId.loadMany(s.platformIds);
        return found.filter((p): p is ServicePlatform => p !== null && !(p instanceof Error));
      },
    }),
  }),
});

const PlatformCoverageRef = builder.objectRef<ReturnType<typeof platformCoverage>>('PlatformCoverage').implement({
  description: 'Which WEAK/MISSING segments of an industry have a supporting platform and which have none.',
  fields: (t) => ({
    supported: t.field({ type: [SegmentSupportRef], resolve: (c) => c.supported }),
    unsupported: t.field({ type: [SegmentSupportRef], resolve: (c) => c.unsupported }),
    share: t.exposeFloat('share', { description: 'supported / (supported + unsupported); 1 with no gaps.' }),
  }),
});

builder.queryField('platformCoverage', (t) =>
  t.field({
    type: PlatformCoverageRef,
    description: 'The gaps of an industry (same arguments as `gaps`), split by whether a platform supports them.',
    args: { industryId: t.arg.id({ required: true }), ...radiusArgs(), ...thresholdArgs(), ...minConfidenceArgs() },
    resolve: async (_root, args, context) => {
      const { executor, loaders, analytics } = context;
      const { radius, threshold, minConfidence } = statusArgs(args);
      // The same cache entry as `gaps` with default weights: the gap page's two queries share one computation.
      const weights = checkedWeights(DEFAULT_GAP_WEIGHTS, null);
      const { result: ranked } = await withIndustry(loaders, args.industryId, (id) =>
        analytics.cached('gaps', { id, radius, weights, threshold, minConfidence }, () =>
          gaps(executor, id, radius, { weights, threshold, minConfidence }),
        ),
      );
      const bySegment = await loadersOf(context).bySegment.loadMany(ranked.map((g) => g.segment.id));
      const platformIds = new Map(
        ranked.map((g, i) => {
          const found = bySegment[i];
          return [g.segment.id, Array.isArray(found) ? found.map((p) => p.id) : []] as const;
        }),
      );
      return platformCoverage(
        ranked.map((g) => ({ segmentId: g.segment.id, status: g.status })),
        platformIds,
      );
    },
  }),
);

builder.mutationField('requestService', (t) =>
  t.field({
    type: ServiceRequestRef,
    description: 'A firm asks a platform for a service (SMEs and chain leaders as themselves; admins for a firm).',
    args: {
      platformId: t.arg.id({ required: true }),
      note: t.arg.string({ required: true }),
      companyId: t.arg.id({ description: 'Admins only: on behalf of this company; firms act as themselves.' }),
    },
    resolve: async (_root, args, context) => {
      const user = requireUser(context);
      const companyId = String(args.companyId ?? user.companyId ?? '');
      enforce(mayRequestService(user, companyId));
      if (!companyId) throw companyRequired();
      const problem = requestNoteProblem(args.note);
      if (problem) throw badInput(problem);
      const platformId = String(args.platformId);
      await requireRecord('service platform', platformId, loadersOf(context).byId);
      const request = await requireRecord('company', companyId, () =>
        createServiceRequest(context.executor, {
          id: `request.${randomUUID()}`,
          platformId,
          companyId,
          note: args.note.trim(),
          at: new Date().toISOString(),
        }),
      );
      context.logger.info({ requestId: request.id, platformId, companyId, user: user.username }, 'service requested');
      return request;
    },
  }),
);

builder.mutationField('updateServiceRequestStatus', (t) =>
  t.field({
    type: ServiceRequestRef,
    description: 'The promotion office answers or closes a request (OPEN → ANSWERED → CLOSED, or OPEN → CLOSED).',
    args: { id: t.arg.id({ required: true }), status: t.arg({ type: ServiceRequestStatusEnum, required: true }) },
    resolve: async (_root, args, context) => {
      const user = requireUser(context);
      enforce(mayAnswerServiceRequest(user));
      const id = String(args.id);
      const request = await requireRecord('service request', id, (key) => serviceRequestById(context.executor, key));
      const problem = serviceRequestStatusProblem(request.status, args.status);
      if (problem) throw badInput(problem);
      const updated = await setServiceRequestStatus(context.executor, id, request.status, args.status);
      if (!updated)
        throw badInput(refusal('SERVICE_REQUEST_CHANGED', 'the request changed meanwhile; reload and try again'));
      context.logger.info({ requestId: id, status: args.status, user: user.username }, 'service request answered');
      return updated;
    },
  }),
);
