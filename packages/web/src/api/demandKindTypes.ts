import type { CompanySummary, ScoreFactor } from './types';

/** Demand kinds (#19 item 2); mirrors the enums of schema.graphql. */
export type DemandKind = 'ORDER' | 'SCENARIO' | 'INNOVATION';
export type ScenarioOffering = 'LINE' | 'ROUTE' | 'SITE' | 'DATASET' | 'OTHER';
export type CollaborationForm = 'JOINT_RD' | 'COMMISSIONED' | 'LICENSING' | 'TRANSFER';

export interface WantedTechnology {
  id: string;
  name: string;
  nameEn: string;
  trl: number;
}

/** The per-kind fields of a demand; absent from servers that predate kinds (then it is an ORDER). */
export interface DemandKindFields {
  kind?: DemandKind;
  wantedTechnologies?: WantedTechnology[];
  offering?: ScenarioOffering | null;
  pilotSite?: string | null;
  availableFrom?: string | null;
  durationMonths?: number | null;
  support?: string | null;
  problem?: string | null;
  targetTrl?: number | null;
  collaborationForm?: CollaborationForm | null;
}

export interface DemandKindInput {
  kind?: DemandKind;
  wantedTechnologyIds?: string[];
  offering?: ScenarioOffering | null;
  pilotSite?: string | null;
  availableFrom?: string | null;
  durationMonths?: number | null;
  support?: string | null;
  problem?: string | null;
  targetTrl?: number | null;
  collaborationForm?: CollaborationForm | null;
}

export interface DemandMatch {
  type: 'COMPANY' | 'INSTITUTION';
  score: number;
  factors: ScoreFactor[];
  technologyIds: string[];
  company: CompanySummary | null;
  institution: { id: string; name: string; nameEn: string; kind: string; city: string } | null;
}
