/**
 * The classifier's public shapes (企业挂链). Other packages code against these: the register import writes
 * OPERATES_IN edges from a Candidate (`confidence`, `evidence` as JSON of Evidence[], `vocabularyVersion`).
 */

/** What a register row says about a firm, as the register writes it. */
export interface RegisterText {
  /** 企业名称 */
  name: string;
  /** 经营范围 */
  businessScope?: string;
  /** 主营产品 */
  products?: string;
  /** 所属行业: a GB/T 4754-2017 code (C3985, 3985) or its name (电子专用材料制造) */
  industry?: string;
}

export const EVIDENCE_FIELDS = ['name', 'businessScope', 'products', 'industry'] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

/** Which terms of one field argued for a candidate; `code` is the GB/T 4754 class that matched (field industry). */
export interface Evidence {
  field: EvidenceField;
  terms: string[];
  code?: string;
}

/** One explained input of a candidate's confidence: `value` is the factor's raw value, `weight` its coefficient. */
export interface Factor {
  name: string;
  value: number;
  weight?: number;
}

export interface Candidate {
  segmentId: string;
  segmentName: string;
  industryId: string;
  /** In [0, 1]: the calibrated probability that an analyst would attach the firm here. */
  confidence: number;
  evidence: Evidence[];
  factors: Factor[];
}

export interface Classification {
  /** Best first; [] = abstained. */
  candidates: Candidate[];
  /** Why nothing was attached, when candidates is empty. */
  abstainReason?: string;
}

export interface Classifier {
  /** Short hash of the vocabulary files: stored on inferred attachments, so any vocabulary edit re-versions them. */
  readonly vocabularyVersion: string;
  /** Up to `top` (default 3, at most 3) leaf segments, or none. */
  classify(text: RegisterText, top?: number): Classification;
}
