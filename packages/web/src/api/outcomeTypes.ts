import type { FunnelStep, LostReason, OutcomeStep } from '@atlas/domain';
import type { CompanySummary } from './types';

/** A firm's answer to a demand with what came of it (the API lists only those the viewer may see). */
export interface DemandInterestWithOutcome {
  company: Pick<CompanySummary, 'id' | 'name' | 'nameEn'>;
  note: string | null;
  at: string | null;
  outcome: OutcomeStep;
  /** 万元; null when not contracted or not the viewer's to read. */
  contractValue: number | null;
  contractedAt: string | null;
  deliveredAt: string | null;
  lostReason: LostReason | null;
  outcomeNote: string | null;
}

export interface MatchmakingKpis {
  matches: number;
  contracted: number;
  delivered: number;
  lost: number;
  funnel: Array<{ step: FunnelStep; reached: number; conversion: number | null }>;
  lostByReason: Array<{ reason: LostReason; count: number }>;
  /** 万元; null unless the viewer is a district-wide role. */
  contractedValue: number | null;
  contractedValueJinshan: number | null;
  contractedValueShanghai: number | null;
  contractedValueNonLocal: number | null;
  deliveredValue: number | null;
}
