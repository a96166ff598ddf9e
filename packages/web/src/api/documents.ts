/**
 * GraphQL documents of the analytics pages, written against docs/design.md §5 and checked against
 * packages/api/schema.graphql by a unit test (documents.test.ts).
 */
const FACTORS = 'factors { factor value weight contribution }';
export const COMPANY_SUMMARY = 'id name nameEn size chainLeader province city district creditScore synthetic';
/** Where a firm's record and its attachments came from, how sure, how old (issue #13 §4). */
const PROVENANCE =
  'source updatedAt importedAt operations { segmentId source confidence classifiedAt reviewedAt reviewedBy }';
const KEY_LINK = 'keyLink { id criticality bottleneck targetYear note noteEn }';
export const SEGMENT = `id name nameEn tier status localCount parentId ${KEY_LINK}`;

export const INDUSTRIES_WITH_KPIS = `query IndustriesWithKpis($radius: Radius!) {
  industries { id name nameEn kpis(radius: $radius) { coverage keyLinkCoverage localSupportRate missing weak } }
}`;

export const INDUSTRIES = 'query Industries { industries { id name nameEn } }';

export const CHAIN_MAP = `query ChainMap($industryId: ID!, $radius: Radius, $minConfidence: Float) {
  chainMap(industryId: $industryId, radius: $radius, minConfidence: $minConfidence) {
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

/** Local firms of one segment: not in the docs/design.md §5 contract yet (proposed to the API). */
export const SEGMENT_COMPANIES = `query SegmentCompanies($segmentId: ID!, $radius: Radius, $first: Int, $minConfidence: Float) {
  segmentCompanies(segmentId: $segmentId, radius: $radius, first: $first, minConfidence: $minConfidence) {
    totalCount nodes { ${COMPANY_SUMMARY} ${PROVENANCE} }
  }
}`;

/** Downstream firms hit if this one stops supplying (beyond the contract; docs/design.md §4.8). */
export const BLAST_RADIUS = `query BlastRadius($companyId: ID!, $hops: Int) {
  blastRadius(companyId: $companyId, hops: $hops) {
    hops companyCount directValue valueAtStake reached { hops company { ${COMPANY_SUMMARY} } }
  }
}`;

// ── Review queue, provenance and data quality (issue #13 §3–4) ──

const EVIDENCE = 'evidence { field terms code }';

export const REVIEW_QUEUE = `query ReviewQueue($industryId: ID, $first: Int, $after: String) {
  reviewQueue(industryId: $industryId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      companyId companyName segmentId segmentName industryId confidence classifiedAt vocabularyVersion
      businessScope products industryCode ${EVIDENCE}
    }
  }
}`;

export const ACCEPT_ATTACHMENTS = `mutation AcceptAttachments($pairs: [AttachmentPairInput!]!) {
  acceptAttachments(pairs: $pairs) { changed reviewedBy }
}`;

export const REJECT_ATTACHMENTS = `mutation RejectAttachments($pairs: [AttachmentPairInput!]!) {
  rejectAttachments(pairs: $pairs) { changed reviewedBy }
}`;

export const MOVE_ATTACHMENT = `mutation MoveAttachment($companyId: ID!, $fromSegmentId: ID!, $toSegmentId: ID!) {
  moveAttachment(companyId: $companyId, fromSegmentId: $fromSegmentId, toSegmentId: $toSegmentId) {
    changed reviewedBy
  }
}`;

/** The leaves of an industry, for the review's segment picker. */
export const LEAF_SEGMENTS = `query LeafSegments($industryId: ID!) {
  chainMap(industryId: $industryId) { segments { id name nameEn tier leaf } }
}`;

export const COMPANY_PROVENANCE = `query CompanyProvenance($id: ID!) {
  company(id: $id) {
    id ${PROVENANCE} businessScope products industryCode address addressResolved
    operations { segment { id name nameEn } ${EVIDENCE} }
    suppliers(first: 12) { segmentId source confidence since company { id name nameEn } }
  }
}`;

export const DATA_QUALITY = `query DataQuality($industryId: ID!) {
  dataQuality(industryId: $industryId) {
    firms attachments unreviewedShare undated unresolvedAddresses
    firmsBySource { source count } attachmentsBySource { source count }
    oldest { id name source updatedAt } unresolvedExamples { id name address }
  }
}`;
