import { COLLABORATION_FORMS, DEMAND_KINDS, INSTITUTION_KINDS, SCENARIO_OFFERINGS } from '@atlas/domain';
import { builder } from '../builder';

export const DemandKindEnum = builder.enumType('DemandKind', {
  description: 'ORDER: buys a segment’s product; SCENARIO: 开放应用场景 for a pilot; INNOVATION: 联合研发 / 技术需求.',
  values: DEMAND_KINDS,
});

export const ScenarioOfferingEnum = builder.enumType('ScenarioOffering', {
  description: 'What a scenario opens for piloting: a production line, a route, a site, a dataset, something else.',
  values: SCENARIO_OFFERINGS,
});

export const CollaborationFormEnum = builder.enumType('CollaborationForm', {
  description: '联合研发 JOINT_RD, 委托开发 COMMISSIONED, 技术许可 LICENSING, 技术转让 TRANSFER.',
  values: COLLABORATION_FORMS,
});

export const InstitutionKindEnum = builder.enumType('InstitutionKind', {
  description: 'A university, a key laboratory, or a research institute (incl. new R&D institutes).',
  values: INSTITUTION_KINDS,
});

export const MatchCandidateTypeEnum = builder.enumType('MatchCandidateType', {
  values: ['COMPANY', 'INSTITUTION'] as const,
});
