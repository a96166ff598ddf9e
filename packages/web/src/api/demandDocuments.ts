import { COMPANY_SUMMARY, FACTORS } from './documents';
import { graphql } from './graphql';

/** Documents of the demand board and sign-in (docs/design.md §5), with the SCENARIO and INNOVATION fields (#19). */
export const DEMAND = graphql(`
  fragment Demand on Demand {
    id title description status quantity unit budget requiredCerts radius createdAt expiresAt interestedCount
    poster { id name nameEn } segment { id name nameEn }
    kind wantedTechnologies { id name nameEn trl } offering pilotSite availableFrom durationMonths
    support problem targetTrl collaborationForm
  }
`);

export const DEMANDS = graphql(
  `
  query Demands($status: DemandStatus, $industryId: ID, $kind: DemandKind, $first: Int, $after: String) {
    demands(status: $status, industryId: $industryId, kind: $kind, first: $first, after: $after) {
      nodes { ...Demand }
      totalCount
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [DEMAND],
);

const MATCH = graphql(
  `
  fragment Match on Match { score factors { ...Factors } company { ...CompanySummary } demandId segmentId }
`,
  [FACTORS, COMPANY_SUMMARY],
);

export const SUPPLIER_MATCHES = graphql(
  `
  query SupplierMatches($demandId: ID!, $limit: Int) { supplierMatches(demandId: $demandId, limit: $limit) { ...Match } }
`,
  [MATCH],
);

/** With the demand and segment behind each match. */
export const BUYER_MATCHES = graphql(
  `
  query BuyerMatches($companyId: ID!, $limit: Int) { buyerMatches(companyId: $companyId, limit: $limit) { ...Match } }
`,
  [MATCH],
);

export const POST_DEMAND = graphql(
  `
  mutation PostDemand($input: PostDemandInput!) { postDemand(input: $input) { ...Demand } }
`,
  [DEMAND],
);

export const UPDATE_DEMAND_STATUS = graphql(
  `
  mutation UpdateDemandStatus($id: ID!, $status: DemandStatus!) { updateDemandStatus(id: $id, status: $status) { ...Demand } }
`,
  [DEMAND],
);

export const EXPRESS_INTEREST = graphql(
  `
  mutation ExpressInterest($demandId: ID!, $note: String) { expressInterest(demandId: $demandId, note: $note) { ...Demand } }
`,
  [DEMAND],
);

export const COMPANY = graphql(
  `
  query Company($id: ID!) {
    company(id: $id) {
      ...CompanySummary uscc park lat lon certifications segments { id name nameEn tier status }
      suppliers(first: 12) { segmentId segment { id name nameEn } annualValue company { ...CompanySummary } }
    }
  }
`,
  [COMPANY_SUMMARY],
);
