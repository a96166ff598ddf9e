/** How many records of one kind came from one source (registry, survey, synthetic, inferred, confirmed…). */
export interface SourceCount {
  source: string;
  count: number;
}

/** A firm with the date its record was last written (null when it was never dated). */
export interface DatedFirm {
  id: string;
  name: string;
  source: string | null;
  updatedAt: string | null;
}

/** A firm whose address yielded no district. */
export interface UnresolvedFirm {
  id: string;
  name: string;
  address: string;
}

/** The backing model of GraphQL `DataQuality`: where an industry's data came from, and how fresh and sure it is. */
export interface DataQualityReport {
  industryId: string;
  firms: number;
  firmsBySource: SourceCount[];
  /** Live attachments (rejections are listed by source but not counted here). */
  attachments: number;
  attachmentsBySource: SourceCount[];
  /** Inferred attachments ÷ attachments (rejected ones excluded); null without attachments. */
  unreviewedShare: number | null;
  /** The least recently written firms, oldest first. */
  oldest: DatedFirm[];
  /** Firms whose record carries no date at all (never imported or edited since dates were kept). */
  undated: number;
  unresolvedAddresses: number;
  unresolvedExamples: UnresolvedFirm[];
}
