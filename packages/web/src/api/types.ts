import type { DemandKindFields, DemandKindInput } from './demandKindTypes';
/**
 * Types of the GraphQL API as the web sees it, written to match packages/api/schema.graphql (docs/design.md §5).
 * Only the fields our documents select are listed.
 */
export type Radius = 'JINSHAN' | 'SHANGHAI' | 'YRD' | 'CHINA' | 'WORLD';
export type SegmentStatus = 'MISSING' | 'WEAK' | 'STRONG';
export type DemandStatus = 'OPEN' | 'SHORTLISTED' | 'CONTACTED' | 'CONTRACTED' | 'CLOSED' | 'EXPIRED';
export type Role = 'ADMIN' | 'PROMOTION_OFFICER' | 'CHAIN_LEADER' | 'SME' | 'ANALYST';
export type Tier = 'upstream' | 'midstream' | 'downstream';

export interface ScoreFactor {
  factor: string;
  value: number;
  weight: number;
  contribution: number;
}

export interface IndustryKpis {
  coverage: number;
  keyLinkCoverage: number;
  localSupportRate: number | null;
  missing: number;
  weak: number;
}

export interface Industry {
  id: string;
  name: string;
  nameEn: string;
}

export interface IndustryWithKpis extends Industry {
  kpis: IndustryKpis;
}

export interface KeyLink {
  id: string;
  criticality: number;
  bottleneck: string;
  targetYear: number | null;
  note: string | null;
  noteEn?: string | null;
}

export interface ChainSegment {
  id: string;
  name: string;
  nameEn: string;
  tier: string;
  status: SegmentStatus;
  localCount: number;
  parentId: string | null;
  keyLink: KeyLink | null;
}

export interface Flow {
  from: string;
  to: string;
}

export interface ChainMap {
  industry: Industry;
  segments: ChainSegment[];
  flows: Flow[];
}

export interface CompanySummary {
  id: string;
  name: string;
  nameEn: string | null;
  size: string;
  chainLeader: boolean;
  province: string;
  city: string | null;
  district: string | null;
  creditScore: number | null;
  synthetic: boolean;
}

export interface Company extends CompanySummary {
  uscc: string;
  park: string | null;
  lat: number | null;
  lon: number | null;
  segments: Array<Pick<ChainSegment, 'id' | 'name' | 'nameEn' | 'tier' | 'status'>>;
  certifications: string[];
  /** Direct suppliers, largest annual value (CNY 10k) first. */
  suppliers: Array<{
    segmentId: string;
    segment: Pick<ChainSegment, 'id' | 'name' | 'nameEn'>;
    /** Null unless the viewer is the supplier, the buyer or a district-wide role (SECURITY.md "Read matrix"). */
    annualValue: number | null;
    company: CompanySummary;
  }>;
}

export interface Match {
  company: CompanySummary;
  score: number;
  factors: ScoreFactor[];
  /** Buyer matches: the open demand behind it (beyond the contract). */
  demandId?: string | null;
  segmentId?: string | null;
}

export interface Gap {
  segment: ChainSegment;
  status: SegmentStatus;
  priority: number;
  factors: ScoreFactor[];
}

export interface SupportRate {
  coverage: number;
  keyLinkCoverage: number;
  byValue: number | null;
}

export interface SegmentChange {
  segmentId: string;
  before: SegmentStatus;
  after: SegmentStatus;
  beforeCount: number;
  afterCount: number;
}

export interface WhatIfResult {
  before: SupportRate;
  after: SupportRate;
  closedGaps: string[];
  singleSourceDelta: number;
  changes?: SegmentChange[];
}

export interface BlastRadius {
  hops: number;
  companyCount: number;
  /** Null unless the viewer is this firm or a district-wide role; valueAtStake: district-wide roles only. */
  directValue: number | null;
  valueAtStake: number | null;
  reached: Array<{ hops: number; company: CompanySummary }>;
}

export interface Technology {
  id: string;
  name: string;
  nameEn: string;
  trl: number;
  horizon: number;
  stage: string;
  segmentIds: string[];
  precedes: string[];
}

export interface Demand extends DemandKindFields {
  id: string;
  title: string;
  description: string | null;
  status: DemandStatus;
  /** The contract's field; servers without it send `segmentId`. */
  segment?: Pick<ChainSegment, 'id' | 'name' | 'nameEn'>;
  segmentId?: string;
  poster: Pick<CompanySummary, 'id' | 'name' | 'nameEn'>;
  quantity: number | null;
  unit: string | null;
  budget: number | null;
  requiredCerts: string[];
  radius: Radius | null;
  createdAt: string;
  expiresAt: string | null;
  interestedCount: number;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

export interface User {
  id: string;
  username: string;
  role: Role;
  companyId: string | null;
}

export interface PostDemandInput extends DemandKindInput {
  title: string;
  segmentId: string;
  quantity: number | null;
  unit: string | null;
  budget: number | null;
  requiredCerts: string[];
  radius: Radius;
  expiresAt: string | null;
  description: string | null;
}

// ── Review queue, provenance and data quality (issue #13 §3–4) ──

export interface Operation {
  segmentId: string;
  source: string | null;
  confidence: number | null;
  classifiedAt: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
}

export interface Provenance {
  source: string | null;
  updatedAt: string | null;
  importedAt: string | null;
  operations: Operation[];
}

export interface EvidenceMatch {
  field: string;
  terms: string[];
  code: string | null;
}

export interface Attachment {
  companyId: string;
  companyName: string;
  segmentId: string;
  segmentName: string;
  industryId: string;
  confidence: number;
  classifiedAt: string | null;
  vocabularyVersion: string | null;
  businessScope: string | null;
  products: string | null;
  industryCode: string | null;
  evidence: EvidenceMatch[];
}

export interface ReviewQueuePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Attachment[];
}

export interface SourceCount {
  source: string;
  count: number;
}

export interface DataQuality {
  firms: number;
  attachments: number;
  unreviewedShare: number | null;
  undated: number;
  unresolvedAddresses: number;
  firmsBySource: SourceCount[];
  attachmentsBySource: SourceCount[];
  oldest: Array<{ id: string; name: string; source: string | null; updatedAt: string | null }>;
  unresolvedExamples: Array<{ id: string; name: string; address: string }>;
}
