import { randomUUID } from 'node:crypto';
import {
  acceptsInterest,
  type Demand,
  type DemandInterest,
  demandRowSchema,
  mayExpressInterest,
  mayPostDemand,
  mayReadFigure,
  mayUpdateDemandStatus,
  refusal,
  statusChangeProblem,
} from '@atlas/domain';
import { createDemand, demandsPage, recordInterest, setDemandStatus, technologiesByIds } from '@atlas/graph';
import { enforce, requireUser } from '../auth/guard';
import { builder } from '../builder';
import { badInput, companyRequired } from '../errors';
import { figureOf } from '../read-scopes';
import { linkedRecord, requireRecord } from '../require-record';
import { ChainSegmentRef, loadSegment } from './chain-segment';
import { CompanyRef } from './company';
import { CollaborationFormEnum, DemandKindEnum, ScenarioOfferingEnum } from './demand-kind-enums';
import { DemandStatusEnum, RadiusEnum } from './enums';
import { encodeCursor, PageInfo, pageArgs, pageOf, pageRequest } from './pagination';

export const DemandInterestRef = builder.objectRef<DemandInterest>('DemandInterest').implement({
  description: 'A firm’s answer to a demand.',
  fields: (t) => ({
    company: t.field({
      type: CompanyRef,
      resolve: (i, _a, { loaders }) => linkedRecord('company', i.companyId, loaders.company),
    }),
    note: t.exposeString('note', { nullable: true }),
    at: t.exposeString('at', { nullable: true }),
  }),
});

const posterFigure = (d: Demand) => [d.posterId];
const POSTER_ONLY = 'Null unless you are the poster, a promotion officer, analyst or admin.';

export const DemandRef = builder.objectRef<Demand>('Demand').implement({
  description: 'A chain leader\'s posted need ("大手拉小手"): what, how much, which certifications, how far.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    status: t.field({ type: DemandStatusEnum, resolve: (d) => d.status }),
    segmentId: t.exposeID('segmentId'),
    segment: t.field({ type: ChainSegmentRef, resolve: (d, _a, { loaders }) => loadSegment(loaders, d.segmentId) }),
    poster: t.field({
      type: CompanyRef,
      resolve: (d, _a, { loaders }) => linkedRecord('company', d.posterId, loaders.company),
    }),
    quantity: t.exposeFloat('quantity', { ...figureOf(posterFigure), description: POSTER_ONLY }),
    unit: t.exposeString('unit', { nullable: true }),
    budget: t.exposeFloat('budget', { ...figureOf(posterFigure), description: POSTER_ONLY }),
    requiredCerts: t.exposeStringList('requiredCerts'),
    radius: t.field({ type: RadiusEnum, nullable: true, resolve: (d) => (d.radius as never) ?? null }),
    createdAt: t.exposeString('createdAt'),
    expiresAt: t.exposeString('expiresAt', { nullable: true }),
    interestedCount: t.exposeInt('interestedCount', {
      description: 'How many firms answered (public: a count names no firm).',
    }),
    interests: t.field({
      type: [DemandInterestRef],
      description:
        'Who answered, with their notes: all of them for the poster, promotion officers, analysts and admins; an interested firm sees its own; everyone else none.',
      resolve: async (d, _a, { loaders, user }) =>
        (await loaders.demandInterests.load(d.id)).filter(
          (i) => mayReadFigure(user, [d.posterId, i.companyId]).allowed,
        ),
    }),
  }),
});

const DemandConnection = builder
  .objectRef<{ nodes: Demand[]; totalCount: number; hasNextPage: boolean }>('DemandConnection')
  .implement({
    fields: (t) => ({
      nodes: t.field({ type: [DemandRef], resolve: (c) => c.nodes }),
      totalCount: t.exposeInt('totalCount'),
      pageInfo: t.field({
        type: PageInfo,
        resolve: (c) => {
          const last = c.nodes.at(-1);
          return {
            hasNextPage: c.hasNextPage,
            endCursor: last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
          };
        },
      }),
    }),
  });

/** A cursor this API made: the last row's id and ISO creation time (anything else is BAD_USER_INPUT). */
const isKey = (v: unknown): v is { createdAt: string; id: string } => {
  const key = typeof v === 'object' && v !== null ? (v as { id?: unknown; createdAt?: unknown }) : {};
  return (
    typeof key.id === 'string' &&
    key.id.length > 0 &&
    key.id.length <= 64 &&
    typeof key.createdAt === 'string' &&
    !Number.isNaN(Date.parse(key.createdAt))
  );
};

builder.queryField('demands', (t) =>
  t.field({
    type: DemandConnection,
    args: {
      status: t.arg({ type: DemandStatusEnum }),
      industryId: t.arg.id(),
      posterId: t.arg.id(),
      kind: t.arg({ type: DemandKindEnum, description: 'Only this kind; demands stored without a kind are ORDERs.' }),
      ...pageArgs(),
    },
    resolve: async (_root, args, { executor }) => {
      const { first, after } = pageRequest(args, isKey);
      const filter = {
        status: args.status ?? null,
        industryId: args.industryId ? String(args.industryId) : null,
        posterId: args.posterId ? String(args.posterId) : null,
        kind: args.kind ?? null,
      };
      const { demands, total } = await demandsPage(executor, filter, first + 1, after);
      return { ...pageOf(demands, first), totalCount: total };
    },
  }),
);

const PostDemandInput = builder.inputType('PostDemandInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    segmentId: t.id({ required: true }),
    quantity: t.float(),
    unit: t.string(),
    budget: t.float(),
    requiredCerts: t.stringList(),
    radius: t.field({ type: RadiusEnum }),
    expiresAt: t.string(),
    description: t.string(),
    posterId: t.id({ description: 'Admins only: post for this company; others post for their own.' }),
    kind: t.field({ type: DemandKindEnum, description: 'ORDER when omitted; each kind has its own fields below.' }),
    wantedTechnologyIds: t.idList({ description: 'SCENARIO and INNOVATION (required, 1–10): roadmap technology ids.' }),
    offering: t.field({ type: ScenarioOfferingEnum, description: 'SCENARIO (required): what is opened.' }),
    pilotSite: t.string({ description: 'SCENARIO (required): where, in words.' }),
    availableFrom: t.string({ description: 'SCENARIO: open from (YYYY-MM-DD).' }),
    durationMonths: t.int({ description: 'SCENARIO: for how many months.' }),
    support: t.string({ description: 'SCENARIO: what the poster offers the pilot.' }),
    problem: t.string({ description: 'INNOVATION (required): the technology problem.' }),
    targetTrl: t.int({ description: 'INNOVATION (required): the readiness level to reach, 1–9.' }),
    collaborationForm: t.field({ type: CollaborationFormEnum, description: 'INNOVATION (required).' }),
  }),
});

builder.mutationField('postDemand', (t) =>
  t.field({
    type: DemandRef,
    args: { input: t.arg({ type: PostDemandInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const user = requireUser(context);
      const posterId = String(input.posterId ?? user.companyId ?? '');
      enforce(mayPostDemand(user, posterId));
      if (!posterId) throw badInput('posterId is required for a user without a company');
      const parsed = demandRowSchema.safeParse({
        id: `demand.${randomUUID()}`,
        posterId,
        title: input.title,
        description: input.description ?? '',
        segmentId: String(input.segmentId),
        quantity: input.quantity ?? null,
        unit: input.unit ?? null,
        budget: input.budget ?? null,
        requiredCerts: input.requiredCerts ?? [],
        radius: input.radius ?? 'YRD',
        status: 'OPEN',
        createdAt: new Date().toISOString(),
        expiresAt: input.expiresAt ?? null,
        kind: input.kind ?? 'ORDER',
        wantedTechnologyIds: (input.wantedTechnologyIds ?? []).map(String),
        offering: input.offering ?? null,
        pilotSite: input.pilotSite ?? null,
        availableFrom: input.availableFrom ?? null,
        durationMonths: input.durationMonths ?? null,
        support: input.support ?? null,
        problem: input.problem ?? null,
        targetTrl: input.targetTrl ?? null,
        collaborationForm: input.collaborationForm ?? null,
      });
      if (!parsed.success) {
        throw badInput(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      }
      if (parsed.data.expiresAt && Number.isNaN(Date.parse(parsed.data.expiresAt))) {
        throw badInput('expiresAt: not an ISO date');
      }
      const known = await technologiesByIds(context.executor, parsed.data.wantedTechnologyIds);
      const unknown = parsed.data.wantedTechnologyIds.filter((id) => !known.some((k) => k.id === id));
      if (unknown.length) throw badInput(`wantedTechnologyIds: unknown technology ${unknown.join(', ')}`);
      const demand = await requireRecord('segment or poster company', `${parsed.data.segmentId} / ${posterId}`, () =>
        createDemand(context.executor, parsed.data),
      );
      context.logger.info({ demandId: demand.id, posterId, user: user.username }, 'demand posted');
      return demand;
    },
  }),
);

builder.mutationField('updateDemandStatus', (t) =>
  t.field({
    type: DemandRef,
    args: { id: t.arg.id({ required: true }), status: t.arg({ type: DemandStatusEnum, required: true }) },
    resolve: async (_root, { id, status }, context) => {
      const user = requireUser(context);
      const demand = await requireRecord('demand', id, context.loaders.demand);
      enforce(mayUpdateDemandStatus(user, demand.posterId));
      const problem = statusChangeProblem(demand.status, status);
      if (problem) throw badInput(problem);
      return linkedRecord('demand', demand.id, (demandId) => setDemandStatus(context.executor, demandId, status));
    },
  }),
);

builder.mutationField('expressInterest', (t) =>
  t.field({
    type: DemandRef,
    args: {
      demandId: t.arg.id({ required: true }),
      note: t.arg.string(),
      companyId: t.arg.id({ description: 'Admins only: on behalf of this company; firms act as themselves.' }),
    },
    resolve: async (_root, args, context) => {
      const user = requireUser(context);
      if ((args.note ?? '').length > 500)
        throw badInput(refusal('NOTE_TOO_LONG', 'note is at most 500 characters', { max: 500 }));
      const demand = await requireRecord('demand', args.demandId, context.loaders.demand);
      const companyId = String(args.companyId ?? user.companyId ?? '');
      enforce(mayExpressInterest(user, companyId, demand.posterId));
      if (!companyId) throw companyRequired();
      if (!acceptsInterest(demand, new Date()))
        throw badInput(
          refusal('DEMAND_NOT_ACCEPTING_INTEREST', `the demand is ${demand.status} or past its deadline`, {
            status: demand.status,
          }),
        );
      const at = new Date().toISOString();
      return requireRecord('company', companyId, () =>
        recordInterest(context.executor, demand.id, companyId, args.note ?? null, at),
      );
    },
  }),
);
