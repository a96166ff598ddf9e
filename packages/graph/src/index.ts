export { type ImportFiles, ImportReferenceError, writeImportFiles } from './bulk/import-files';
export { BUMP_DATA_VERSION, readDataVersion } from './data-version';
export {
  DatabaseAuthError,
  DatabaseBusyError,
  DatabaseUnavailableError,
  mapDriverError,
  UniqueConstraintError,
} from './errors';
export { type ConnectionSettings, DEFAULT_READ_LIMITS, GraphExecutor, run } from './executor';
export { renderEventScheduleXlsx } from './export/event-schedule-xlsx';
export * from './export/index';
export { type DatabaseHealth, probeHealth } from './health';
export { DEMO_EVENT_ID, demoEventInput, loadDemoEvent } from './load/demo-event';
export { DEMO_EXTRAS, type DemoExtra, loadDemoExtras } from './load/demo-extras';
export { demoSitesExtra } from './load/demo-sites';
export {
  upsertCapabilities,
  upsertCertifications,
  upsertCompanies,
  upsertDemands,
  upsertHoldings,
  upsertParks,
  upsertSupplies,
} from './load/enterprises';
export { type IndustryLoadReport, loadIndustries } from './load/industries';
export { DataFileError, readCrosswalk, readIndustryDefinitions } from './load/industry-files';
export { INSTITUTIONS_FILE, institutionsLoader, readInstitutions, upsertInstitutions } from './load/institutions';
export { refreshOperationLocality, repairOperationLocality } from './load/operation-locality';
export { type PlatformEntry, readPlatformFiles } from './load/platform-files';
export { loadPlatforms, platformLoader } from './load/platforms';
export { loadReferenceData, REFERENCE_LOADERS, type ReferenceLoader } from './load/reference-data';
export {
  createRegisterCompanies,
  type FirmClassification,
  knownParks,
  type RegisterCompany,
  registerIdentities,
  replaceInferredAttachments,
  upsertRegisterCompanies,
} from './load/register';
export {
  checkDemoSize,
  isGraphEmpty,
  removeSyntheticData,
  SeedMismatchError,
  type SeedOptions,
  type SeedReport,
  seedDemo,
} from './load/seed';
export { type MigrationReport, migrate, SCHEMA_STATEMENTS } from './migrations';
export { blastRadius, MAX_BLAST_HOPS } from './queries/blast-radius';
export { type BuyerMatchQuery, buyerMatches } from './queries/buyer-matches';
export { chainMap } from './queries/chain-map';
export { industriesByIds, keyLinksOfIndustry, roadmapOfIndustry } from './queries/chain-structure';
export {
  COMPANY_PROJECTION,
  certificationsByCompanyIds,
  companiesByIds,
  companiesInSegment,
  normalizeCompany,
  segmentIdsByCompanyIds,
  suppliersByCompanyIds,
} from './queries/companies';
export { dataQuality } from './queries/data-quality';
export { interestsByDemandIds } from './queries/demand-interests';
export {
  type DemandKindMatchQuery,
  demandKindMatches,
  demandKindOf,
  technologiesByIds,
} from './queries/demand-kind-matches';
export {
  createDemand,
  type DemandFilter,
  demandsByIds,
  demandsPage,
  recordInterest,
  setDemandStatus,
} from './queries/demands';
export {
  deleteMeeting,
  eventScoringFacts,
  insertMeeting,
  meetingById,
  meetingId,
  meetingsByEventIds,
  replaceMeetings,
  type ScheduledPair,
  setMeetingOutcome,
  setMeetingResponse,
} from './queries/event-meetings';
export {
  createEvent,
  type EventFilter,
  eventsByIds,
  listEvents,
  type NewEvent,
  type RegistrationResult,
  registrationsByEventIds,
  setEventStatus,
  upsertRegistration,
} from './queries/events';
export { existingIds } from './queries/existing-ids';
export { type GapQueryOptions, gaps } from './queries/gaps';
export { countCompanies, countEnabledAdmins } from './queries/graph-state';
export { matchmakingKpis, type RecordOutcomeResult, recordInterestOutcome } from './queries/interest-outcomes';
export { type InvestmentTargetQuery, investmentTargets } from './queries/investment-targets';
export { industryKpisByIds } from './queries/kpis';
export { isLocalCypher, localityParams } from './queries/locality';
export {
  createServiceRequest,
  platformsByIds,
  platformsByIndustry,
  platformsBySegmentIds,
  serviceRequestById,
  serviceRequestsByPlatformIds,
  setServiceRequestStatus,
} from './queries/platforms';
export { operationsByCompanyIds, provenanceByCompanyIds } from './queries/provenance';
export { resilience } from './queries/resilience';
export {
  type AttachmentFilter,
  AttachmentNotFoundError,
  type AttachmentPair,
  acceptAttachments,
  attachmentCursor,
  BadCursorError,
  listInferredAttachments,
  moveAttachment,
  rejectAttachments,
} from './queries/review';
export type { Scenario } from './queries/scenario';
export { type CompanySearch, escapeLucene, searchCompanies } from './queries/search';
export { MAX_SEGMENT_FIRMS_TOP, segmentFirms } from './queries/segment-firms';
export { chainSegmentsByIds, type StatusOptions } from './queries/segment-status';
export {
  listSites,
  type SiteFilter,
  type SitesForResult,
  sitesFor,
  upsertSites,
} from './queries/sites';
export { type SupplierMatchQuery, supplierMatches } from './queries/supplier-matches';
export { supportRate } from './queries/support-rate';
export {
  changeUser,
  createUser,
  type DemoAccounts,
  demoUserCompanies,
  disableDemoUsers,
  disabledDemoUsers,
  disableUsers,
  ensureUsers,
  listUsers,
  type NewUser,
  type StoredUser,
  type UserChange,
  type UserSummary,
  type UserWriteRefusal,
  upgradePasswordHash,
  userById,
  userByUsername,
} from './queries/users';
export { whatIf } from './queries/what-if';
export { ReadGate } from './read-gate';
export * from './snapshots/index';
export { toPlain, withNulls } from './values';
