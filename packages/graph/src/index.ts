export { DatabaseAuthError, DatabaseUnavailableError, mapDriverError } from './errors';
export { type ConnectionSettings, GraphExecutor, run } from './executor';
export { type DatabaseHealth, probeHealth } from './health';
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
export { DataFileError, readIndustryDefinitions } from './load/industry-files';
export { type MigrationReport, migrate, SCHEMA_STATEMENTS } from './migrations';
export {
  COMPANY_PROJECTION,
  certificationsByCompanyIds,
  companiesByIds,
  normalizeCompany,
  segmentIdsByCompanyIds,
} from './queries/companies';
export { isLocalCypher, localityParams } from './queries/locality';
export { toPlain } from './values';
