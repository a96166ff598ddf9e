import { graphql } from './graphql';

/** Documents of matchmaking outcomes (docs/outcomes.md): interests with their outcome, recording a step, the KPIs. */
export const INTEREST = graphql(`
  fragment Interest on DemandInterest {
    company { id name nameEn } note at outcome contractValue contractedAt deliveredAt lostReason outcomeNote
  }
`);

export const DEMAND_INTERESTS = graphql(
  `
  query DemandInterests($posterId: ID) { demands(posterId: $posterId, first: 50) { nodes { id interests { ...Interest } } } }
`,
  [INTEREST],
);

export const RECORD_INTEREST_OUTCOME = graphql(
  `
  mutation RecordInterestOutcome($demandId: ID!, $companyId: ID!, $step: OutcomeStep!,
    $contractValue: Float, $date: String, $reason: LostReason, $note: String) {
    recordInterestOutcome(demandId: $demandId, companyId: $companyId, step: $step, contractValue: $contractValue,
      date: $date, reason: $reason, note: $note) { ...Interest }
  }
`,
  [INTEREST],
);

export const MATCHMAKING_KPIS = graphql(`
  query MatchmakingKpis($industryId: ID!, $since: String) {
    matchmakingKpis(industryId: $industryId, since: $since) {
      matches contracted delivered lost
      funnel { step reached conversion }
      lostByReason { reason count }
      contractedValue contractedValueJinshan contractedValueShanghai contractedValueNonLocal deliveredValue
    }
  }
`);
