import type { Company } from '../enterprise/company';

/** One segment's firms for the chain map's firm overlay: the first `top` in list order, and how many there are. */
export interface SegmentFirms {
  segmentId: string;
  /** Distinct firms local at R operating in the segment itself (what `segmentCompanies` counts for a leaf). */
  firmCount: number;
  firms: Company[];
}
