import type { LostReason, OutcomeHistoryEntry, OutcomeStep } from './interest-outcome';

/**
 * The outcome an INTERESTED edge carries (docs/outcomes.md): its step (absent on edges from before outcomes: read
 * as INTERESTED), the history as a JSON list of {step, at, by}, and the contract's value (万元) and dates.
 */
export interface InterestOutcomeFields {
  posterId: string;
  step: OutcomeStep;
  history: OutcomeHistoryEntry[];
  contractValue: number | null;
  contractedAt: string | null;
  deliveredAt: string | null;
  lostReason: LostReason | null;
  outcomeNote: string | null;
}

/** A firm's INTERESTED edge to a demand: who answered, when, with what note, and what came of it. */
export interface DemandInterest extends InterestOutcomeFields {
  demandId: string;
  companyId: string;
  note: string | null;
  at: string | null;
}
