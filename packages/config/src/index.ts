export { ConfigError } from './config-error';
export { ENV_VARIABLES, type EnvName, type EnvReader, type EnvVariable } from './env-schema';
export { renderEnvTable, withEnvTable } from './operations-table';
export { type Env, type EnvValue, envIsSet, envValue } from './read-env';
export { loadDotEnv, repoRoot } from './repo-root';
