/** Where a firm's record came from and when it was written; the register's own texts where it has them. */
export interface CompanyProvenance {
  id: string;
  source: string | null;
  importedAt: string | null;
  updatedAt: string | null;
  businessScope: string | null;
  /** Text from the register; a list where an older import kept one. */
  products: string | string[] | null;
  industryCode: string | null;
  address: string | null;
  addressResolved: boolean | null;
}

/** One OPERATES_IN edge of a firm with its provenance: who said so, how sure, when, and who reviewed it. */
export interface Operation {
  companyId: string;
  segmentId: string;
  source: string | null;
  confidence: number | null;
  classifiedAt: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  /** JSON of the classifier's evidence, as stored. */
  evidence: string | null;
}
