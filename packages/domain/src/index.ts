export {
  byScoreThenId,
  clamp01,
  explain,
  mergeWeights,
  type Scored,
  type ScoreFactor,
  type Weights,
} from './analytics/score';
export { DEFAULT_STRONG_THRESHOLD, type SegmentStatus, segmentStatus } from './analytics/status';
export { checkIndustry, components, findCycle, leafIds, MINIMUMS } from './chain/check';
export {
  BOTTLENECKS,
  type Bottleneck,
  type ChainFile,
  chainFileSchema,
  type IndustryDefinition,
  type KeyLink,
  keyLinksFileSchema,
  roadmapFileSchema,
  type Segment,
  TECH_STAGES,
  type Technology,
  TIERS,
  type Tier,
} from './chain/schema';
export { assert, err, ok, type Result } from './control';
export type { Company } from './enterprise/company';
export { DEMAND_STATUSES, type DemandRow, type DemandStatus, demandRowSchema } from './enterprise/demand';
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
export { isValidUscc, USCC_ALPHABET, usccCheckChar, usccProblem } from './enterprise/uscc';
export { INDUSTRIES, INDUSTRY_IDS, type IndustryId, isIndustryId } from './industries';
export { exhaustive, isLocalAt, type Location, RADII, type Radius, YRD_PROVINCES } from './radius';
