import { graphql } from './graphql';

/**
 * GraphQL documents of the analytics pages. Typed from packages/api/schema.graphql: a field the schema lacks fails
 * `pnpm typecheck` (test/unit/web-typed-documents.test.ts proves it).
 */
export const FACTORS = graphql(`
  fragment Factors on ScoreFactor { factor value weight contribution }
`);

export const COMPANY_SUMMARY = graphql(`
  fragment CompanySummary on Company { id name nameEn size chainLeader province city district creditScore synthetic }
`);

/** Where a firm's record and its attachments came from, how sure, how old (issue #13 §4). */
export const PROVENANCE = graphql(`
  fragment Provenance on Company {
    source updatedAt importedAt operations { segmentId source confidence classifiedAt reviewedAt reviewedBy }
  }
`);

export const SEGMENT = graphql(`
  fragment Segment on ChainSegment {
    id name nameEn tier status localCount parentId
    keyLink { id criticality bottleneck targetYear note noteEn }
  }
`);

export const CHAIN_MAP = graphql(
  `
  query ChainMap($industryId: ID!, $radius: Radius, $minConfidence: Float) {
    chainMap(industryId: $industryId, radius: $radius, minConfidence: $minConfidence) {
      industry { id name nameEn }
      segments { ...Segment }
      flows { from to }
    }
  }
`,
  [SEGMENT],
);

export const GAPS = graphql(
  `
  query Gaps($industryId: ID!, $radius: Radius) {
    gaps(industryId: $industryId, radius: $radius) { segment { ...Segment } status priority factors { ...Factors } }
  }
`,
  [SEGMENT, FACTORS],
);

export const INVESTMENT_TARGETS = graphql(
  `
  query InvestmentTargets($segmentId: ID!, $radius: Radius, $limit: Int) {
    investmentTargets(segmentId: $segmentId, radius: $radius, limit: $limit) {
      score factors { ...Factors } company { ...CompanySummary }
    }
  }
`,
  [FACTORS, COMPANY_SUMMARY],
);

export const SUPPORT_RATE = graphql(`
  fragment SupportRate on SupportRate { coverage keyLinkCoverage byValue }
`);

export const WHAT_IF = graphql(
  `
  query WhatIf($industryId: ID!, $attract: [ID!], $remove: [ID!], $radius: Radius) {
    whatIf(industryId: $industryId, attract: $attract, remove: $remove, radius: $radius) {
      before { ...SupportRate } after { ...SupportRate } closedGaps singleSourceDelta
      changes { segmentId before after beforeCount afterCount }
    }
  }
`,
  [SUPPORT_RATE],
);

export const ROADMAP = graphql(`
  query Roadmap($industryId: ID!) {
    roadmap(industryId: $industryId) { id name nameEn trl horizon stage segmentIds precedes }
  }
`);

/** Local firms of one segment, with where each record came from. */
export const SEGMENT_COMPANIES = graphql(
  `
  query SegmentCompanies($segmentId: ID!, $radius: Radius, $first: Int, $minConfidence: Float) {
    segmentCompanies(segmentId: $segmentId, radius: $radius, first: $first, minConfidence: $minConfidence) {
      totalCount nodes { ...CompanySummary ...Provenance }
    }
  }
`,
  [COMPANY_SUMMARY, PROVENANCE],
);

/** Downstream firms hit if this one stops supplying (docs/design.md §4.8). */
export const BLAST_RADIUS = graphql(
  `
  query BlastRadius($companyId: ID!, $hops: Int) {
    blastRadius(companyId: $companyId, hops: $hops) {
      hops companyCount directValue valueAtStake reached { hops company { ...CompanySummary } }
    }
  }
`,
  [COMPANY_SUMMARY],
);

// ── Review queue, provenance and data quality (issue #13 §3–4) ──

export const REVIEW_QUEUE = graphql(`
  query ReviewQueue($industryId: ID, $first: Int, $after: String) {
    reviewQueue(industryId: $industryId, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes {
        companyId companyName segmentId segmentName industryId confidence classifiedAt vocabularyVersion
        businessScope products industryCode evidence { field terms code }
      }
    }
  }
`);

export const ACCEPT_ATTACHMENTS = graphql(`
  mutation AcceptAttachments($pairs: [AttachmentPairInput!]!) {
    acceptAttachments(pairs: $pairs) { changed reviewedBy }
  }
`);

export const REJECT_ATTACHMENTS = graphql(`
  mutation RejectAttachments($pairs: [AttachmentPairInput!]!) {
    rejectAttachments(pairs: $pairs) { changed reviewedBy }
  }
`);

export const MOVE_ATTACHMENT = graphql(`
  mutation MoveAttachment($companyId: ID!, $fromSegmentId: ID!, $toSegmentId: ID!) {
    moveAttachment(companyId: $companyId, fromSegmentId: $fromSegmentId, toSegmentId: $toSegmentId) {
      changed reviewedBy
    }
  }
`);

/** The leaves of an industry, for the review's segment picker. */
export const LEAF_SEGMENTS = graphql(`
  query LeafSegments($industryId: ID!) {
    chainMap(industryId: $industryId) { segments { id name nameEn tier leaf } }
  }
`);

export const COMPANY_PROVENANCE = graphql(`
  query CompanyProvenance($id: ID!) {
    company(id: $id) {
      id source updatedAt importedAt businessScope products industryCode address addressResolved
      operations {
        segmentId source confidence classifiedAt reviewedAt reviewedBy
        segment { id name nameEn } evidence { field terms code }
      }
      suppliers(first: 12) { segmentId source confidence since company { id name nameEn } }
    }
  }
`);

export const DATA_QUALITY = graphql(`
  query DataQuality($industryId: ID!) {
    dataQuality(industryId: $industryId) {
      firms attachments unreviewedShare undated unresolvedAddresses
      firmsBySource { source count } attachmentsBySource { source count }
      oldest { id name source updatedAt } unresolvedExamples { id name address }
    }
  }
`);
