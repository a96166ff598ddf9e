/** An inferred OPERATES_IN edge awaiting review, with what the reviewer needs to judge it (GraphQL `Attachment`). */
export interface Attachment {
  companyId: string;
  companyName: string;
  segmentId: string;
  segmentName: string;
  industryId: string;
  confidence: number;
  /** JSON text of the classifier's Evidence[] (as stored on the edge). */
  evidence: string;
  classifiedAt: string;
  vocabularyVersion: string;
  rank: number;
  businessScope: string | null;
  products: string | null;
  industryCode: string | null;
}
