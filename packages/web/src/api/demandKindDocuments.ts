import { COMPANY_SUMMARY, FACTORS } from './documents';
import { graphql } from './graphql';

/** Documents of SCENARIO and INNOVATION demands (#19 item 2): explained matches, firms and institutions. */
export const DEMAND_MATCHES = graphql(
  `
  query DemandMatches($demandId: ID!, $limit: Int) {
    demandMatches(demandId: $demandId, limit: $limit) {
      type score technologyIds factors { ...Factors }
      company { ...CompanySummary }
      institution { id name nameEn kind city }
    }
  }
`,
  [FACTORS, COMPANY_SUMMARY],
);
