/** Documents of the service platforms (docs/platforms.md), checked against schema.graphql by platformDocuments.test.ts. */
const SEGMENT_REF = 'id name nameEn parentId status';
const PLATFORM = `id industryId name nameEn kind status operator location services servicesEn contact source
  segmentIds segments { ${SEGMENT_REF} }`;

/** The platform page: every platform, its requests (as the viewer may see them) and the gaps' coverage. */
export const PLATFORM_PAGE = `query PlatformPage($industryId: ID!) {
  servicePlatforms(industryId: $industryId) {
    ${PLATFORM} requestCount requests { id note status at company { id name nameEn } }
  }
  platformCoverage(industryId: $industryId) {
    share
    supported { segment { id } }
    unsupported { segment { ${SEGMENT_REF} } status }
  }
}`;

/** The marks on the gap page and the segment panel: platforms with the segments they serve. */
export const SEGMENT_PLATFORMS = `query SegmentPlatforms($industryId: ID!) {
  servicePlatforms(industryId: $industryId) { id name nameEn kind status segments { id parentId } }
}`;

export const REQUEST_SERVICE = `mutation RequestService($platformId: ID!, $note: String!) {
  requestService(platformId: $platformId, note: $note) { id note status at }
}`;

/** The queries a service request changes. */
export const PLATFORM_QUERIES = ['servicePlatforms'] as const;

export const UPDATE_SERVICE_REQUEST_STATUS = `mutation UpdateServiceRequestStatus($id: ID!, $status: ServiceRequestStatus!) {
  updateServiceRequestStatus(id: $id, status: $status) { id status }
}`;
