/** Documents of matchmaking outcomes (docs/outcomes.md): interests with their outcome, recording a step, the KPIs. */

const INTEREST_FIELDS =
  'company { id name nameEn } note at outcome contractValue contractedAt deliveredAt lostReason outcomeNote';

export const DEMAND_INTERESTS = `query DemandInterests($posterId: ID) {
  demands(posterId: $posterId, first: 50) { nodes { id interests { ${INTEREST_FIELDS} } } }
}`;

export const RECORD_INTEREST_OUTCOME = `mutation RecordInterestOutcome($demandId: ID!, $companyId: ID!, $step: OutcomeStep!,
  $contractValue: Float, $date: String, $reason: LostReason, $note: String) {
  recordInterestOutcome(demandId: $demandId, companyId: $companyId, step: $step, contractValue: $contractValue,
    date: $date, reason: $reason, note: $note) { ${INTEREST_FIELDS} }
}`;

export const MATCHMAKING_KPIS = `query MatchmakingKpis($industryId: ID!, $since: String) {
  matchmakingKpis(industryId: $industryId, since: $since) {
    matches contracted delivered lost
    funnel { step reached conversion }
    lostByReason { reason count }
    contractedValue contractedValueJinshan contractedValueShanghai contractedValueNonLocal deliveredValue
  }
}`;

/** The queries recording an outcome changes (the trackRecord factor is in the supplier matches). */
export const OUTCOME_QUERIES = ['demands', 'matchmakingKpis', 'supplierMatches'] as const;
