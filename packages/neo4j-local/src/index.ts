export { type AdminImportInput, adminImport, assertServerStopped } from './admin-import';
export type { Progress } from './artifacts';
export { ensureClasspath } from './artifacts';
export { ensureNeo4j, type RunningNeo4j } from './ensure';
export { freePort } from './processes';
export type { LocalServer, LocalStatus, StartOptions } from './server';
export { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './server';
export type { LocalServerSettings, Neo4jTarget } from './settings';
export { ConfigError, loadDotEnv, NEO4J_VERSION, repoRoot, resolveTarget } from './settings';
