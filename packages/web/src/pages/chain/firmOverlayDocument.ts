import { COMPANY_SUMMARY } from '../../api/documents';
import { graphql, type ResultOf } from '../../api/graphql';

/**
 * The firm overlay's data: per segment of the map, its top firms at the radius and their count (never every firm:
 * the server cuts each segment to `top`). A query of its own, so switching firms on does not refetch the map.
 */
export const CHAIN_MAP_FIRMS = graphql(`
  query ChainMapFirms($industryId: ID!, $radius: Radius, $minConfidence: Float, $top: Int) {
    chainMap(industryId: $industryId, radius: $radius, minConfidence: $minConfidence) {
      segmentFirms(top: $top) { segmentId firmCount firms { id name nameEn size chainLeader } }
    }
  }
`);

export type SegmentFirms = ResultOf<typeof CHAIN_MAP_FIRMS>['chainMap']['segmentFirms'][number];

/** One page of a segment's firms, for the full list the "+N" count node opens (the side panel's LocalFirms). */
export const SEGMENT_FIRM_PAGE = graphql(
  `
  query SegmentFirmPage($segmentId: ID!, $radius: Radius, $first: Int, $after: String, $minConfidence: Float) {
    segmentCompanies(segmentId: $segmentId, radius: $radius, first: $first, after: $after, minConfidence: $minConfidence) {
      totalCount pageInfo { hasNextPage endCursor } nodes { ...CompanySummary }
    }
  }
`,
  [COMPANY_SUMMARY],
);
