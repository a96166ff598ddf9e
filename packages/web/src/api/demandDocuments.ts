import { COMPANY_SUMMARY } from './documents';

/** Documents of the demand board and sign-in (docs/design.md §5). */
const FACTORS = 'factors { factor value weight contribution }';
const demandFields = (segment: string) => `id title description status quantity unit budget requiredCerts radius
  createdAt expiresAt interestedCount poster { id name nameEn } ${segment}`;
/** SCENARIO and INNOVATION fields (#19): asked first; servers without kinds get the variants without them. */
const KIND_FIELDS = `kind wantedTechnologies { id name nameEn trl } offering pilotSite availableFrom durationMonths
  support problem targetTrl collaborationForm`;
/** The contract's `Demand.segment`, then the `segmentId` that earlier servers offer instead. */
const DEMAND_VARIANTS = [
  `${demandFields('segment { id name nameEn }')} ${KIND_FIELDS}`,
  demandFields('segment { id name nameEn }'),
  demandFields('segmentId'),
];
const each = (make: (fields: string) => string) => DEMAND_VARIANTS.map(make);

const demandsQuery = (fields: string, withKind: boolean) => `query Demands($status: DemandStatus, $industryId: ID${
  withKind ? ', $kind: DemandKind' : ''
}, $first: Int, $after: String) {
  demands(status: $status, industryId: $industryId${withKind ? ', kind: $kind' : ''}, first: $first, after: $after) {
    nodes { ${fields} }
    totalCount
    pageInfo { hasNextPage endCursor }
  }
}`;
/** The kind filter rides with the kind fields; older servers get the variants without both. */
export const DEMANDS = DEMAND_VARIANTS.map((fields, i) => demandsQuery(fields, i === 0));

export const SUPPLIER_MATCHES = `query SupplierMatches($demandId: ID!, $limit: Int) {
  supplierMatches(demandId: $demandId, limit: $limit) { score ${FACTORS} company { ${COMPANY_SUMMARY} } }
}`;

const buyerMatches = (extra: string) => `query BuyerMatches($companyId: ID!, $limit: Int) {
  buyerMatches(companyId: $companyId, limit: $limit) { score ${FACTORS} company { ${COMPANY_SUMMARY} } ${extra} }
}`;
/** With the demand and segment behind each match when the server has them (beyond the contract). */
export const BUYER_MATCHES = [buyerMatches('demandId segmentId'), buyerMatches('')];

export const POST_DEMAND = each(
  (fields) => `mutation PostDemand($input: PostDemandInput!) { postDemand(input: $input) { ${fields} } }`,
);

export const UPDATE_DEMAND_STATUS = each(
  (fields) => `mutation UpdateDemandStatus($id: ID!, $status: DemandStatus!) {
  updateDemandStatus(id: $id, status: $status) { ${fields} }
}`,
);

export const EXPRESS_INTEREST = each(
  (fields) => `mutation ExpressInterest($demandId: ID!, $note: String) {
  expressInterest(demandId: $demandId, note: $note) { ${fields} }
}`,
);

export const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { token user { id username role companyId } }
}`;

export const ME = 'query Me { me { id username role companyId } }';

export const COMPANY = `query Company($id: ID!) {
  company(id: $id) {
    ${COMPANY_SUMMARY} uscc park lat lon certifications segments { id name nameEn tier status }
    suppliers(first: 12) { segmentId segment { id name nameEn } annualValue company { ${COMPANY_SUMMARY} } }
  }
}`;

/** The queries a demand mutation changes. */
export const DEMAND_QUERIES = ['demands', 'supplierMatches', 'buyerMatches'] as const;
