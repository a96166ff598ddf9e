/**
 * GraphQL documents of the analytics pages, written against DESIGN §5 and checked against
 * packages/api/schema.graphql by a unit test (documents.test.ts).
 */
const FACTORS = 'factors { factor value weight contribution }';
export const COMPANY_SUMMARY = 'id name nameEn size chainLeader province city district creditScore synthetic';
const KEY_LINK = 'keyLink { id criticality bottleneck targetYear note noteEn }';
export const SEGMENT = `id name nameEn tier status localCount parentId ${KEY_LINK}`;

export const INDUSTRIES_WITH_KPIS = `query IndustriesWithKpis($radius: Radius!) {
  industries { id name nameEn kpis(radius: $radius) { coverage keyLinkCoverage localSupportRate missing weak } }
}`;

export const INDUSTRIES = 'query Industries { industries { id name nameEn } }';

export const CHAIN_MAP = `query ChainMap($industryId: ID!, $radius: Radius) {
  chainMap(industryId: $industryId, radius: $radius) {
    industry { id name nameEn }
    segments { ${SEGMENT} }
    flows { from to }
  }
}`;

export const GAPS = `query Gaps($industryId: ID!, $radius: Radius) {
  gaps(industryId: $industryId, radius: $radius) { segment { ${SEGMENT} } status priority ${FACTORS} }
}`;

export const INVESTMENT_TARGETS = `query InvestmentTargets($segmentId: ID!, $radius: Radius, $limit: Int) {
  investmentTargets(segmentId: $segmentId, radius: $radius, limit: $limit) {
    score ${FACTORS} company { ${COMPANY_SUMMARY} }
  }
}`;

const RATE = 'coverage keyLinkCoverage byValue';
const whatIf = (extra: string) => `query WhatIf($industryId: ID!, $attract: [ID!], $remove: [ID!], $radius: Radius) {
  whatIf(industryId: $industryId, attract: $attract, remove: $remove, radius: $radius) {
    before { ${RATE} } after { ${RATE} } closedGaps singleSourceDelta ${extra}
  }
}`;
/** With the per-segment changes when the server has them (beyond the contract). */
export const WHAT_IF = [whatIf('changes { segmentId before after beforeCount afterCount }'), whatIf('')];

export const SUPPORT_RATE = `query SupportRate($industryId: ID!, $radius: Radius) {
  localSupportRate(industryId: $industryId, radius: $radius) { ${RATE} }
}`;

export const ROADMAP = `query Roadmap($industryId: ID!) {
  roadmap(industryId: $industryId) { id name nameEn trl horizon stage segmentIds precedes }
}`;

/** Local firms of one segment: not in the DESIGN §5 contract yet (proposed to the API). */
export const SEGMENT_COMPANIES = `query SegmentCompanies($segmentId: ID!, $radius: Radius, $first: Int) {
  segmentCompanies(segmentId: $segmentId, radius: $radius, first: $first) { totalCount nodes { ${COMPANY_SUMMARY} } }
}`;

/** Downstream firms hit if this one stops supplying (beyond the contract; DESIGN §4.8). */
export const BLAST_RADIUS = `query BlastRadius($companyId: ID!, $hops: Int) {
  blastRadius(companyId: $companyId, hops: $hops) {
    hops companyCount directValue valueAtStake reached { hops company { ${COMPANY_SUMMARY} } }
  }
}`;
