/** Moved to @atlas/config (issue #16); re-exported so importers not yet moved keep working. */
export { ConfigError, loadDotEnv, repoRoot } from '@atlas/config';
export { type AdminImportInput, adminImport, assertServerStopped } from './admin-import';
export type { Progress } from './artifacts';
export { ensureClasspath } from './artifacts';
export { ensureNeo4j, type RunningNeo4j } from './ensure';
export { freePort } from './processes';
export type { LocalServer, LocalStatus, StartOptions } from './server';
export { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './server';
export type { LocalServerSettings, Neo4jTarget } from './settings';
export { NEO4J_VERSION, resolveTarget } from './settings';
