import { type DemandKindMatch, type InstitutionRecord, KIND_MATCH_WEIGHTS } from '@atlas/domain';
import { demandKindMatches, demandKindOf, technologiesByIds } from '@atlas/graph';
import { checkedLimit, checkedMinConfidence, describeWeights } from '../arguments';
import { builder } from '../builder';
import { badInput } from '../errors';
import { requireRecord } from '../require-record';
import { limitArgs, minConfidenceArgs } from './analytics-args';
import { CompanyRef } from './company';
import { DemandRef } from './demand';
import {
  CollaborationFormEnum,
  DemandKindEnum,
  InstitutionKindEnum,
  MatchCandidateTypeEnum,
  ScenarioOfferingEnum,
} from './demand-kind-enums';
import { ScoreFactorRef } from './score';

/** A wanted technology as a demand names it (a slice of the roadmap's Technology). */
const WantedTechnologyRef = builder
  .objectRef<{ id: string; name: string; nameEn: string; trl: number; industryId: string }>('WantedTechnology')
  .implement({
    description: 'A roadmap technology a SCENARIO or INNOVATION demand asks for, with its readiness today.',
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.exposeString('name'),
      nameEn: t.exposeString('nameEn'),
      trl: t.exposeInt('trl', { description: 'Technology readiness level, 1..9, from the roadmap.' }),
      industryId: t.exposeID('industryId'),
    }),
  });

builder.objectFields(DemandRef, (t) => ({
  kind: t.field({
    type: DemandKindEnum,
    description: 'ORDER, SCENARIO or INNOVATION; demands posted before kinds existed are ORDERs.',
    resolve: (d) => d.kind,
  }),
  wantedTechnologyIds: t.exposeIDList('wantedTechnologyIds', { description: 'SCENARIO and INNOVATION.' }),
  wantedTechnologies: t.field({
    type: [WantedTechnologyRef],
    description: 'The wanted technologies with their roadmap names and TRL.',
    resolve: (d, _a, { executor }) => technologiesByIds(executor, d.wantedTechnologyIds),
  }),
  offering: t.field({ type: ScenarioOfferingEnum, nullable: true, resolve: (d) => d.offering }),
  pilotSite: t.exposeString('pilotSite', { nullable: true, description: 'SCENARIO: where, in words.' }),
  availableFrom: t.exposeString('availableFrom', { nullable: true, description: 'SCENARIO: open from (YYYY-MM-DD).' }),
  durationMonths: t.exposeInt('durationMonths', { nullable: true }),
  support: t.exposeString('support', { nullable: true, description: 'SCENARIO: what the poster offers the pilot.' }),
  problem: t.exposeString('problem', { nullable: true, description: 'INNOVATION: the technology problem.' }),
  targetTrl: t.exposeInt('targetTrl', { nullable: true, description: 'INNOVATION: the TRL to reach.' }),
  collaborationForm: t.field({ type: CollaborationFormEnum, nullable: true, resolve: (d) => d.collaborationForm }),
}));

export const InstitutionRef = builder.objectRef<InstitutionRecord>('Institution').implement({
  description:
    'A university, key laboratory or research institute (data/reference/institutions.yaml, a reviewed set) and the roadmap technologies it researches.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    kind: t.field({ type: InstitutionKindEnum, resolve: (i) => i.kind }),
    city: t.exposeString('city'),
    province: t.exposeString('province'),
    website: t.exposeString('website', { nullable: true }),
  }),
});

const DemandMatchRef = builder.objectRef<DemandKindMatch>('DemandMatch').implement({
  description: 'A firm or an institution matched to a SCENARIO or INNOVATION demand, with the factors of its score.',
  fields: (t) => ({
    type: t.field({ type: MatchCandidateTypeEnum, resolve: (m) => m.type }),
    company: t.field({ type: CompanyRef, nullable: true, resolve: (m) => m.company }),
    institution: t.field({ type: InstitutionRef, nullable: true, resolve: (m) => m.institution }),
    score: t.exposeFloat('score'),
    factors: t.field({ type: [ScoreFactorRef], resolve: (m) => m.factors }),
    technologyIds: t.exposeIDList('technologyIds', {
      description: 'The wanted technologies it holds (firms) or researches (institutions).',
    }),
  }),
});

builder.queryField('demandMatches', (t) =>
  t.field({
    type: [DemandMatchRef],
    description:
      'Firms that hold a wanted technology or operate in the segment, and institutions that research one, for a ' +
      `SCENARIO (${describeWeights(KIND_MATCH_WEIGHTS.SCENARIO)}) or INNOVATION ` +
      `(${describeWeights(KIND_MATCH_WEIGHTS.INNOVATION)}) demand, best first (ties by id). ORDERs: supplierMatches.`,
    args: {
      demandId: t.arg.id({ required: true }),
      ...limitArgs(),
      ...minConfidenceArgs(),
    },
    resolve: async (_root, args, { executor, analytics }) => {
      const minConfidence = checkedMinConfidence(args.minConfidence);
      const limit = checkedLimit(args.limit);
      const demandId = String(args.demandId);
      const kind = await requireRecord('demand', demandId, (id) => demandKindOf(executor, id));
      if (kind === 'ORDER') throw badInput('an ORDER demand is matched by supplierMatches');
      const weights = KIND_MATCH_WEIGHTS[kind];
      return requireRecord('demand', demandId, () =>
        analytics.cached('demandMatches', { demandId, limit, weights, minConfidence }, () =>
          demandKindMatches(executor, { demandId, limit, weights, minConfidence }),
        ),
      );
    },
  }),
);
