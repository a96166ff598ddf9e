import type { SegmentStatus } from './types';

/** Shapes of the service-platform documents (api/platformDocuments.ts). */
export type PlatformStatus = 'OPERATING' | 'PLANNED';

export interface PlatformSegment {
  id: string;
  name: string;
  nameEn: string;
  parentId: string | null;
  status: SegmentStatus;
}

export interface ServiceRequestView {
  id: string;
  note: string;
  status: string;
  at: string;
  company: { id: string; name: string; nameEn: string | null };
}

export interface ServicePlatformView {
  id: string;
  industryId: string;
  name: string;
  nameEn: string;
  kind: string;
  status: PlatformStatus;
  operator: string;
  location: string;
  services: string[];
  servicesEn: string[];
  contact: string;
  source: string;
  segmentIds: string[];
  segments: PlatformSegment[];
  requestCount: number;
  requests: ServiceRequestView[];
}

export interface PlatformPageData {
  servicePlatforms: ServicePlatformView[];
  platformCoverage: {
    share: number;
    supported: Array<{ segment: { id: string } }>;
    unsupported: Array<{ segment: PlatformSegment; status: SegmentStatus }>;
  };
}

/** The light shape of SEGMENT_PLATFORMS. */
export interface PlatformMark {
  id: string;
  name: string;
  nameEn: string;
  kind: string;
  status: PlatformStatus;
  segments: Array<{ id: string; parentId: string | null }>;
}
