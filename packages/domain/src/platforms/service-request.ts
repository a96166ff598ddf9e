import type { ServiceRequestStatus } from './requests';

/** A firm's request to a platform (its REQUESTED_SERVICE edge; the backing type of GraphQL `ServiceRequest`). */
export interface ServiceRequest {
  id: string;
  platformId: string;
  companyId: string;
  note: string;
  status: ServiceRequestStatus;
  at: string;
}
