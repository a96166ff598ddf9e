import { COMPANY_SUMMARY } from './documents';

/** Documents of SCENARIO and INNOVATION demands (#19 item 2): explained matches, firms and institutions. */
export const DEMAND_MATCHES = `query DemandMatches($demandId: ID!, $limit: Int) {
  demandMatches(demandId: $demandId, limit: $limit) {
    type score technologyIds factors { factor value weight contribution }
    company { ${COMPANY_SUMMARY} }
    institution { id name nameEn kind city }
  }
}`;
