import type { CollaborationForm, DemandKind, DemandStatus, ScenarioOffering } from './demand';

/** A demand as read models see it (the backing type of GraphQL `Demand`); `DemandRow` is what a poster writes. */
export interface Demand {
  id: string;
  title: string;
  description: string | null;
  status: DemandStatus;
  segmentId: string;
  posterId: string;
  quantity: number | null;
  unit: string | null;
  budget: number | null;
  requiredCerts: string[];
  radius: string | null;
  createdAt: string;
  expiresAt: string | null;
  interestedCount: number;
  /** ORDER for demands stored before kinds existed. */
  kind: DemandKind;
  wantedTechnologyIds: string[];
  offering: ScenarioOffering | null;
  pilotSite: string | null;
  availableFrom: string | null;
  durationMonths: number | null;
  support: string | null;
  problem: string | null;
  targetTrl: number | null;
  collaborationForm: CollaborationForm | null;
}
