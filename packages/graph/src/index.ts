export { DatabaseAuthError, DatabaseUnavailableError, mapDriverError } from './errors';
export { type ConnectionSettings, GraphExecutor, run } from './executor';
export { type DatabaseHealth, probeHealth } from './health';
export { type MigrationReport, migrate, SCHEMA_STATEMENTS } from './migrations';
export { toPlain } from './values';
