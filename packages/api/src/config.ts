import { randomBytes } from 'node:crypto';
import { ConfigError, type Env, envValue } from '@atlas/config';
import { DEMO_SIZE, parseSnapshotEvery } from '@atlas/domain';
import type { LoginLimits } from './auth/login-limiter';
import { secretProblem } from './auth/secret-rule';
import { parseTrustProxy, type TrustProxy } from './http/client-address';
import { parseCorsOrigins, parsePublicHosts } from './http/origin';

/** Tokens live at most a day (ATLAS_TOKEN_TTL): a stolen one is useful for hours, not weeks. */
export const MAX_TOKEN_TTL_SECONDS = 24 * 60 * 60;

/** How the API runs; read once from the environment (secrets come only from there). */
export interface ApiConfig {
  /** demo: anonymous reads, demo users; production: a token for every operation, no introspection. */
  mode: 'demo' | 'production';
  jwtSecret: Uint8Array;
  tokenTtlSeconds: number;
  demoPassword: string;
  /** Requests per minute per client (user or address); 0 turns the limiter off. */
  rateLimitPerMinute: number;
  maxBodyBytes: number;
  /** Share analytics results between requests until the data changes (analytics-cache.ts); off for benchmarks. */
  analyticsCache: boolean;
  /** Host names this server answers to in production (ATLAS_PUBLIC_HOST, required there); demo: loopback only. */
  publicHosts: string[];
  /** Foreign origins allowed to call the API from a browser (ATLAS_CORS_ORIGINS); empty = same origin only. */
  corsOrigins: string[];
  /** Whose X-Forwarded-For to believe (ATLAS_TRUST_PROXY). */
  trustProxy: TrustProxy;
  /** Failed sign-ins allowed per username and per address in a window (ATLAS_LOGIN_*). */
  loginLimits: LoginLimits;
  /** Take snapshots of every industry this often (ATLAS_SNAPSHOT_EVERY); null: off (the demo default). */
  snapshotEveryMs: number | null;
}

/**
 * The API's settings: the values come validated from @atlas/config's schema (defaults, whole numbers, enums); the
 * rules here are the ones that need the API's knowledge (secret strength, host lists, proxies, the TTL cap).
 */
export function readApiConfig(env: Env = process.env): ApiConfig {
  const mode = envValue('ATLAS_MODE', env);
  // The secret comes from the environment only, never from a file in the repository.
  const secret = envValue('ATLAS_JWT_SECRET', env);
  const weak = mode === 'production' ? secretProblem(secret) : null;
  if (weak) throw new ConfigError(`ATLAS_MODE=production: ATLAS_JWT_SECRET ${weak}`);
  const tokenTtlSeconds = envValue('ATLAS_TOKEN_TTL', env);
  if (tokenTtlSeconds > MAX_TOKEN_TTL_SECONDS)
    throw new ConfigError(
      `ATLAS_TOKEN_TTL "${env.ATLAS_TOKEN_TTL}" is over ${MAX_TOKEN_TTL_SECONDS} s (24 h): sign in again daily`,
    );
  const publicHosts = orThrow(parsePublicHosts(envValue('ATLAS_PUBLIC_HOST', env)));
  if (mode === 'production' && publicHosts.length === 0)
    throw new ConfigError(
      'ATLAS_MODE=production needs ATLAS_PUBLIC_HOST: the host name(s) users type, e.g. atlas.example.gov.cn',
    );
  return {
    mode,
    // Demo tokens die with the process unless a secret is configured; replicas share ATLAS_JWT_SECRET.
    jwtSecret: secret ? new TextEncoder().encode(secret) : randomBytes(32),
    tokenTtlSeconds,
    demoPassword: envValue('ATLAS_DEMO_PASSWORD', env),
    rateLimitPerMinute: envValue('ATLAS_RATE_LIMIT', env),
    maxBodyBytes: envValue('ATLAS_MAX_BODY', env),
    analyticsCache: envValue('ATLAS_ANALYTICS_CACHE', env) === 'on',
    publicHosts,
    corsOrigins: orThrow(parseCorsOrigins(envValue('ATLAS_CORS_ORIGINS', env))),
    trustProxy: orThrow(parseTrustProxy(envValue('ATLAS_TRUST_PROXY', env))),
    loginLimits: {
      failuresPerUsername: envValue('ATLAS_LOGIN_FAILURES_PER_USER', env),
      failuresPerAddress: envValue('ATLAS_LOGIN_FAILURES_PER_ADDRESS', env),
      windowSeconds: 60 * envValue('ATLAS_LOGIN_LOCK_MINUTES', env),
    },
    snapshotEveryMs: orThrow(
      parseSnapshotEvery(envValue('ATLAS_SNAPSHOT_EVERY', env) ?? (mode === 'production' ? '30d' : 'off')),
    ),
  };
}

/** How the API treats Neo4j under load (GraphExecutor settings); the defaults suit one local server. */
export function readDatabaseLimits(env: Env = process.env) {
  return {
    readTimeoutMs: envValue('ATLAS_DB_READ_TIMEOUT_MS', env),
    maxConcurrentReads: envValue('ATLAS_DB_MAX_READS', env),
    readQueueMs: envValue('ATLAS_DB_READ_QUEUE_MS', env),
  };
}

/** Where and how `pnpm start` serves (main.ts): listen address, log level, the demo set's size on an empty graph. */
export function readServerSettings(env: Env = process.env) {
  return {
    port: envValue('ATLAS_PORT', env),
    host: envValue('ATLAS_HOST', env),
    logLevel: envValue('ATLAS_LOG_LEVEL', env),
    demoSize: envValue('ATLAS_DEMO_SIZE', env) ?? DEMO_SIZE,
  };
}

/** Parsers return their value or one line saying what is wrong. */
function orThrow<T>(parsed: T | string): T {
  if (typeof parsed === 'string') throw new ConfigError(parsed);
  return parsed;
}
