import { graphql } from './graphql';

/** Documents of the service platforms (docs/platforms.md). */
const SEGMENT_REF = graphql(`fragment SegmentRef on ChainSegment { id name nameEn parentId status }`);

/** The platform page: every platform, its requests (as the viewer may see them) and the gaps' coverage. */
export const PLATFORM_PAGE = graphql(
  `
  query PlatformPage($industryId: ID!) {
    servicePlatforms(industryId: $industryId) {
      id industryId name nameEn kind status operator location services servicesEn contact source
      segmentIds segments { ...SegmentRef }
      requestCount requests { id note status at company { id name nameEn } }
    }
    platformCoverage(industryId: $industryId) {
      share
      supported { segment { id } }
      unsupported { segment { ...SegmentRef } status }
    }
  }
`,
  [SEGMENT_REF],
);

/** The marks on the gap page and the segment panel: platforms with the segments they serve. */
export const SEGMENT_PLATFORMS = graphql(`
  query SegmentPlatforms($industryId: ID!) {
    servicePlatforms(industryId: $industryId) { id name nameEn kind status segments { id parentId } }
  }
`);

export const REQUEST_SERVICE = graphql(`
  mutation RequestService($platformId: ID!, $note: String!) {
    requestService(platformId: $platformId, note: $note) { id note status at }
  }
`);

export const UPDATE_SERVICE_REQUEST_STATUS = graphql(`
  mutation UpdateServiceRequestStatus($id: ID!, $status: ServiceRequestStatus!) {
    updateServiceRequestStatus(id: $id, status: $status) { id status }
  }
`);
