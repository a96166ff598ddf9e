export type { BlastRadius } from './analytics/blast-radius-view';
export {
  BUYER_FACTORS,
  type BuyerCandidate,
  type BuyerFactor,
  type BuyerMatch,
  type BuyerOpening,
  buyerMatchValues,
  DEFAULT_BUYER_WEIGHTS,
  LEADER_LOCAL_SUPPLIER_THRESHOLD,
  type RankedOpening,
  rankBuyerMatches,
} from './analytics/buyer-match';
export type { ChainMapData, Flow } from './analytics/chain-map-view';
export {
  type ChainSegmentView,
  type KeyLinkRecord,
  type SegmentRow,
  toChainSegment,
  weakestStatus,
} from './analytics/chain-segments';
export { DEFAULT_MIN_CONFIDENCE, minConfidenceProblem } from './analytics/confidence';
export {
  type CoveredLeaf,
  coverageRate,
  coveredLeaf,
  type IndustryKpis,
  industryKpis,
  keyLinkCoverage,
} from './analytics/coverage';
export {
  DEFAULT_INNOVATION_WEIGHTS,
  DEFAULT_SCENARIO_WEIGHTS,
  KIND_MATCH_FACTORS,
  KIND_MATCH_WEIGHTS,
  type KindDemandFacts,
  type KindMatch,
  type KindMatchCandidate,
  type KindMatchFactor,
  kindMatchValues,
  PATENT_SHARE,
  rankKindMatches,
  SCENARIO_TARGET_TRL,
  targetTrlOf,
} from './analytics/demand-kind-match';
export type { DemandKindMatch } from './analytics/demand-kind-match-view';
export {
  criticalityFactor,
  DEFAULT_GAP_WEIGHTS,
  GAP_FACTORS,
  type GapFactor,
  type GapFacts,
  type GapOptions,
  type GapView,
  gapPriorities,
  localPullFactor,
  locationQuotient,
  NON_KEY_LINK_CRITICALITY,
  type RankedGap,
  relatednessFactor,
  resolveGapWeights,
  specialisationFactor,
} from './analytics/gap-priority';
export {
  distanceToJinshanKm,
  EARTH_RADIUS_KM,
  haversineKm,
  JINSHAN_CENTRE,
  type LatLon,
  PROXIMITY_HALF_KM,
  proximity,
} from './analytics/geo';
export {
  DEFAULT_TARGET_WEIGHTS,
  rankInvestmentTargets,
  SIZE_SCALE,
  TARGET_FACTORS,
  type TargetCandidate,
  type TargetFactor,
  type TargetMaxima,
  targetMaxima,
  targetValues,
} from './analytics/investment-targets';
export {
  BIG_HAND,
  bigHandValue,
  capacityFit,
  creditValue,
  DEFAULT_RANKING_LIMIT,
  LOCALITY_SCORE,
  limitProblem,
  localityRing,
  localityValue,
  logShare,
  MAX_RANKING_LIMIT,
  relationshipValue,
  SEGMENT_FIT_DECAY,
  SME_PREFERENCE,
  segmentFit,
  trackRecordValue,
  UNKNOWN_CAPACITY_FIT,
  UNKNOWN_CREDIT,
} from './analytics/match-factors';
export {
  type FunnelCount,
  type MatchmakingKpiValues,
  matchmakingKpis,
  type OutcomeRow,
  sinceInstant,
} from './analytics/matchmaking-kpis';
export type { MatchmakingKpis } from './analytics/matchmaking-kpis-view';
export { type RankedCompany, type RankedId, rankByScore } from './analytics/ranking';
export {
  externalDependence,
  hhi,
  hhiBySegment,
  type PurchasePair,
  type ResilienceReport,
  type SegmentConcentration,
  type SingleSource,
  singleSourcePairs,
} from './analytics/resilience';
export {
  byScoreThenId,
  clamp01,
  explain,
  mergeWeights,
  type Scored,
  type ScoreFactor,
  type Weights,
} from './analytics/score';
export type { SegmentFirms } from './analytics/segment-firms-view';
export { DEFAULT_STRONG_THRESHOLD, type SegmentStatus, segmentStatus } from './analytics/status';
export {
  DEFAULT_MATCH_WEIGHTS,
  type HardFilterInput,
  MATCH_FACTORS,
  type MatchFactor,
  passesHardFilters,
  rankSupplierMatches,
  type SupplierCandidate,
  supplierMatchValues,
} from './analytics/supplier-match';
export {
  type LeaderRate,
  type LeaderValue,
  localSupportRate,
  type SupportRateReport,
  supportRateReport,
  valueShare,
} from './analytics/support-rate';
export {
  closedGaps,
  openedGaps,
  type StatusChange,
  scenarioProblems,
  statusChanges,
  type WhatIfReport,
} from './analytics/what-if';
export { mayRecordOutcome } from './auth/outcome-rules';
export { FIGURE_READER_ROLES, mayReadAggregateOfOthers, mayReadFigure, readsEveryFigure } from './auth/read-access';
export {
  type Decision,
  FIRM_EDITABLE_FIELDS,
  mayEditCompanyFields,
  mayExpressInterest,
  mayPostDemand,
  mayReviewAttachments,
  mayUpdateDemandStatus,
  mayUpsertCompany,
  type Principal,
  ROLES,
  type Role,
} from './auth/roles';
export { checkIndustry, components, findCycle, leafIds, MINIMUMS } from './chain/check';
export {
  type Crosswalk,
  type CrosswalkGroup,
  checkCrosswalk,
  crosswalkFileSchema,
  crosswalkGroupSchema,
  industryOf,
  sameAsIndex,
} from './chain/crosswalk';
export { checkPlausibility, kindOf } from './chain/plausibility';
export {
  BOTTLENECKS,
  type Bottleneck,
  type ChainFile,
  chainFileSchema,
  type IndustryDefinition,
  type KeyLink,
  keyLinksFileSchema,
  roadmapFileSchema,
  SEGMENT_KINDS,
  type Segment,
  type SegmentKind,
  TECH_STAGES,
  type Technology,
  TIERS,
  type Tier,
  UNITS,
  UNITS_BY_CLASS,
  type Unit,
} from './chain/schema';
export type { IndustryRecord, TechnologyRecord } from './chain/structure-records';
export {
  checkVocabulary,
  GENERIC_TERMS,
  MIN_KEYWORDS,
  TERM_LENGTH,
  type VocabularyEntry,
  type VocabularyFile,
  vocabularyEntrySchema,
  vocabularyFileSchema,
} from './chain/vocabulary';
export { CODE_LABELS, codeLabel, type LabelLang } from './code-labels';
export { assert, err, ok, type Result } from './control';
export type { Attachment } from './enterprise/attachment';
export type { Company } from './enterprise/company';
export type { DataQualityReport, DatedFirm, SourceCount, UnresolvedFirm } from './enterprise/data-quality';
export {
  acceptsInterest,
  COLLABORATION_FORMS,
  type CollaborationForm,
  DEMAND_KINDS,
  DEMAND_STATUSES,
  DEMAND_TRANSITIONS,
  type DemandKind,
  type DemandRow,
  type DemandStatus,
  deadlineInstant,
  demandRowSchema,
  KIND_FIELDS,
  kindFieldProblems,
  MAX_WANTED_TECHNOLOGIES,
  SCENARIO_OFFERINGS,
  type ScenarioOffering,
  statusChangeProblem,
} from './enterprise/demand';
export type { DemandInterest, InterestOutcomeFields } from './enterprise/demand-interest';
export type { Demand } from './enterprise/demand-view';
export {
  FUNNEL_STEPS,
  type FunnelStep,
  furthestStep,
  LOST_REASONS,
  type LostReason,
  OUTCOME_STEPS,
  OUTCOME_TRANSITIONS,
  type OutcomeHistoryEntry,
  type OutcomeInput,
  type OutcomeStep,
  outcomeChangeProblem,
  outcomeInputProblems,
  outcomeInputSchema,
  parseHistory,
} from './enterprise/interest-outcome';
export type { CompanyProvenance, Operation } from './enterprise/provenance';
export {
  type CapabilityRow,
  type CertificationRow,
  COMPANY_SIZES,
  type CompanyRow,
  type CompanySize,
  capabilityRowSchema,
  certificationRowSchema,
  companyRowSchema,
  type HoldsRow,
  holdsRowSchema,
  type ParkRow,
  parkRowSchema,
  SOURCES,
  type Source,
  type SupplyRow,
  supplyRowSchema,
} from './enterprise/rows';
export type { SupplyLink } from './enterprise/supply-link';
export { isValidUscc, USCC_ALPHABET, usccCheckChar, usccProblem } from './enterprise/uscc';
export * from './events/index';
export {
  type CellType,
  type ColumnDef,
  coerceCell,
  type HeaderMap,
  IMPORT_COLUMNS,
  IMPORT_KINDS,
  type ImportKind,
  isImportKind,
  resolveHeader,
} from './import/columns';
export {
  type KnownReferences,
  type ReferenceQuery,
  referenceProblems,
  referencesOf,
} from './import/references';
export {
  type BatchResult,
  extraCellsProblem,
  IMPORT_KEYS,
  type ImportProblem,
  type ImportRow,
  type ImportRows,
  isProblem,
  RowValidator,
  rowFromCells,
  type TextRow,
  type ValidRow,
  validateRows,
} from './import/validate';
export { INDUSTRIES, INDUSTRY_IDS, type IndustryId, isIndustryId } from './industries';
export { checkPlatforms, PLATFORMS_PER_INDUSTRY } from './platforms/check';
export { type PlatformCoverage, platformCoverage, type SegmentSupport } from './platforms/coverage';
export {
  MAX_REQUEST_NOTE,
  mayAnswerServiceRequest,
  mayRequestService,
  requestNoteProblem,
  SERVICE_REQUEST_STATUSES,
  SERVICE_REQUEST_TRANSITIONS,
  type ServiceRequestStatus,
  serviceRequestStatusProblem,
} from './platforms/requests';
export {
  PLATFORM_KINDS,
  PLATFORM_STATUSES,
  type PlatformKind,
  type PlatformRow,
  type PlatformStatus,
  type PlatformsFile,
  platformSchema,
  platformsFileSchema,
} from './platforms/schema';
export type { ServicePlatform } from './platforms/service-platform';
export type { ServiceRequest } from './platforms/service-request';
export { DEFAULT_RADIUS, exhaustive, isLocalAt, type Location, RADII, type Radius, YRD_PROVINCES } from './radius';
export type { InstitutionRecord } from './reference/institution-record';
export {
  INSTITUTION_KINDS,
  type Institution,
  type InstitutionKind,
  institutionProblems,
  institutionSchema,
  institutionsFileSchema,
} from './reference/institutions';
export {
  isRefusal,
  REFUSAL_REASONS,
  REFUSALS,
  type Refusal,
  type RefusalParamKind,
  type RefusalParams,
  type RefusalReason,
  refusal,
} from './refusals';
export * from './sites/index';
export * from './snapshots/index';
export { syntheticUscc } from './synthetic/codes';
export { SYNTHETIC_EPOCH } from './synthetic/demands';
export { companyId as syntheticCompanyId } from './synthetic/firm';
export {
  crosswalkOptions,
  DEFAULT_SEED,
  DEMO_SIZE,
  type EnterpriseBatch,
  type GenerateOptions,
  generateEnterpriseBatches,
  generateEnterprises,
  planSynthetic,
  type SyntheticPlan,
} from './synthetic/generate';
export { CHEMICAL_PARK_IDS, JINSHAN_PARKS, JINSHAN_TOWNS, type SyntheticPark } from './synthetic/parks';
export { FOREIGN_SHARE_BY_BOTTLENECK, type IndustryPlan, LEADERS_PER_INDUSTRY } from './synthetic/plan';
export { hashString, mix32, Rng, streamRng } from './synthetic/prng';
export { INDUSTRY_PROFILES, type IndustryProfile, type LeaderTraits, profileOf } from './synthetic/profiles';
