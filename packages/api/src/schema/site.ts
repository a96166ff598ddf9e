import {
  isChemicalPark,
  mayListSites,
  mayReadSitePrices,
  maySeeTakenSites,
  SITE_AVAILABILITIES,
  SITE_KINDS,
  SITE_USES,
  type Site,
  type SiteCheck,
  type SiteFitView,
  type SiteReason,
} from '@atlas/domain';
import { listSites, sitesFor } from '@atlas/graph';
import { enforce, requireUser } from '../auth/guard';
import { builder } from '../builder';
import { requireRecord } from '../require-record';
import { ScoreFactorRef } from './score';

/** The land and floor inventory (docs/sites.md): `sitesFor` beside each investment target, `sites` for the office. */
const SiteKindEnum = builder.enumType('SiteKind', {
  description: 'PLOT 地块 (land to build on), FLOOR 标准厂房楼层 (工业上楼), BUILDING 独栋厂房.',
  values: SITE_KINDS,
});
const SiteUseEnum = builder.enumType('SiteUse', {
  description: 'Permitted use: M0 研发, M1/M2/M3 一/二/三类工业, W 仓储.',
  values: SITE_USES,
});
const SiteAvailabilityEnum = builder.enumType('SiteAvailability', { values: SITE_AVAILABILITIES });

const ReasonParamRef = builder.objectRef<{ key: string; value: string }>('SiteReasonParam').implement({
  fields: (t) => ({ key: t.exposeString('key'), value: t.exposeString('value') }),
});

const params = (reason: SiteReason) =>
  Object.entries(reason.params).map(([key, value]) => ({ key, value: String(value) }));

const SiteCheckRef = builder.objectRef<SiteCheck>('SiteCheck').implement({
  description:
    'One check of a site against what a segment needs: `code` and `params` for translation, `text` in English.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    code: t.exposeString('code'),
    text: t.exposeString('text'),
    params: t.field({ type: [ReasonParamRef], resolve: params }),
  }),
});

const SiteRef = builder.objectRef<Site>('Site').implement({
  description: 'A plot or floor in a Jinshan park; prices only for promotion officers, analysts and admins.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    parkId: t.exposeID('parkId'),
    parkName: t.exposeString('parkName'),
    chemicalPark: t.boolean({ description: 'In a 化工园区.', resolve: (s) => isChemicalPark(s.parkId) }),
    kind: t.field({ type: SiteKindEnum, resolve: (s) => s.kind }),
    area: t.exposeFloat('area', { description: 'm²: land for a plot, floor area for a floor or building.' }),
    use: t.field({ type: SiteUseEnum, resolve: (s) => s.use }),
    floorLevel: t.int({ nullable: true, resolve: (s) => s.floorLevel ?? null }),
    floorLoading: t.float({ nullable: true, description: 'kN/m².', resolve: (s) => s.floorLoading ?? null }),
    energyQuota: t.exposeFloat('energyQuota', { description: '能耗指标, tce per year.' }),
    vocsQuota: t.exposeFloat('vocsQuota', { description: 'VOCs 排放指标, t per year.' }),
    availability: t.field({ type: SiteAvailabilityEnum, resolve: (s) => s.availability }),
    availableFrom: t.string({ nullable: true, resolve: (s) => s.availableFrom ?? null }),
    landPrice: t.float({
      nullable: true,
      description: '出让价, 万元/亩; null unless the viewer is a promotion officer, analyst or admin.',
      resolve: (s, _args, { user }) => (mayReadSitePrices(user) ? (s.landPrice ?? null) : null),
    }),
    rent: t.float({
      nullable: true,
      description: '租金, 元/m²·天; null unless the viewer is a promotion officer, analyst or admin.',
      resolve: (s, _args, { user }) => (mayReadSitePrices(user) ? (s.rent ?? null) : null),
    }),
    synthetic: t.exposeBoolean('synthetic'),
  }),
});

const SiteFitRef = builder.objectRef<SiteFitView>('SiteFit').implement({
  description:
    'A site checked against what a firm of a segment needs: fits when no check fails; reasons list failed checks first. The score ranks sites and carries its factors.',
  fields: (t) => ({
    site: t.field({ type: SiteRef, resolve: (f) => f.site }),
    fits: t.exposeBoolean('fits'),
    reasons: t.field({ type: [SiteCheckRef], resolve: (f) => f.checks }),
    score: t.exposeFloat('score'),
    factors: t.field({ type: [ScoreFactorRef], resolve: (f) => f.factors }),
  }),
});

builder.queryField('sitesFor', (t) =>
  t.field({
    type: [SiteFitRef],
    description:
      'The sites that fit what the company would need to come into the segment (docs/sites.md), best first; when none fits, at most the 3 closest (fewest failed checks) with their reasons. TAKEN sites only for promotion officers, analysts and admins.',
    args: { companyId: t.arg.id({ required: true }), segmentId: t.arg.id({ required: true }) },
    resolve: async (_root, args, { executor, user }) => {
      const companyId = String(args.companyId);
      const segmentId = String(args.segmentId);
      const today = new Date().toISOString().slice(0, 10);
      const found = await requireRecord('company or segment', `${companyId} / ${segmentId}`, () =>
        sitesFor(executor, { companyId, segmentId, today, seesTaken: maySeeTakenSites(user) }),
      );
      return found.sites;
    },
  }),
);

builder.queryField('sites', (t) =>
  t.field({
    type: [SiteRef],
    description: 'The site inventory, by park then id: promotion officers, analysts and admins.',
    args: {
      parkId: t.arg.id({ required: false }),
      available: t.arg.boolean({ required: false, description: 'true: AVAILABLE only; false: reserved or taken.' }),
    },
    resolve: async (_root, args, context) => {
      enforce(mayListSites(requireUser(context)));
      const { executor } = context;
      return listSites(executor, {
        parkId: args.parkId ? String(args.parkId) : null,
        available: args.available ?? null,
      });
    },
  }),
);
