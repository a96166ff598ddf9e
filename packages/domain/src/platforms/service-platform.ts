import type { PlatformKind, PlatformStatus } from './schema';

/** A service platform as read models see it (the backing type of GraphQL `ServicePlatform`). */
export interface ServicePlatform {
  id: string;
  industryId: string;
  name: string;
  nameEn: string;
  kind: PlatformKind;
  status: PlatformStatus;
  operator: string;
  location: string;
  services: string[];
  servicesEn: string[];
  contact: string;
  source: string;
  /** The leaf segments it SERVES, by id. */
  segmentIds: string[];
}
