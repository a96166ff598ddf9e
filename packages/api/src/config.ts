import { randomBytes } from 'node:crypto';
import { parseSnapshotEvery } from '@atlas/domain';
import { DEFAULT_READ_LIMITS } from '@atlas/graph';
import { ConfigError } from '@atlas/neo4j-local';
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

export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const mode = env.ATLAS_MODE === 'production' ? 'production' : 'demo';
  if (env.ATLAS_MODE && !['demo', 'production'].includes(env.ATLAS_MODE)) {
    throw new ConfigError(`ATLAS_MODE "${env.ATLAS_MODE}" must be demo or production`);
  }
  const secret = env.ATLAS_JWT_SECRET;
  const weak = mode === 'production' ? secretProblem(secret) : null;
  if (weak) throw new ConfigError(`ATLAS_MODE=production: ATLAS_JWT_SECRET ${weak}`);
  const tokenTtlSeconds = positive(env.ATLAS_TOKEN_TTL ?? '28800', 'ATLAS_TOKEN_TTL');
  if (tokenTtlSeconds > MAX_TOKEN_TTL_SECONDS)
    throw new ConfigError(
      `ATLAS_TOKEN_TTL "${env.ATLAS_TOKEN_TTL}" is over ${MAX_TOKEN_TTL_SECONDS} s (24 h): sign in again daily`,
    );
  const publicHosts = orThrow(parsePublicHosts(env.ATLAS_PUBLIC_HOST));
  if (mode === 'production' && publicHosts.length === 0)
    throw new ConfigError(
      'ATLAS_MODE=production needs ATLAS_PUBLIC_HOST: the host name(s) users type, e.g. atlas.example.gov.cn',
    );
  const cache = env.ATLAS_ANALYTICS_CACHE ?? 'on';
  if (!['on', 'off'].includes(cache)) throw new ConfigError(`ATLAS_ANALYTICS_CACHE "${cache}" must be on or off`);
  return {
    mode,
    // Demo tokens die with the process unless a secret is configured; replicas share ATLAS_JWT_SECRET.
    jwtSecret: secret ? new TextEncoder().encode(secret) : randomBytes(32),
    tokenTtlSeconds,
    demoPassword: env.ATLAS_DEMO_PASSWORD || 'atlas-demo',
    rateLimitPerMinute: positive(env.ATLAS_RATE_LIMIT ?? '1200', 'ATLAS_RATE_LIMIT', true),
    maxBodyBytes: positive(env.ATLAS_MAX_BODY ?? String(1024 * 1024), 'ATLAS_MAX_BODY'),
    analyticsCache: cache === 'on',
    publicHosts,
    corsOrigins: orThrow(parseCorsOrigins(env.ATLAS_CORS_ORIGINS)),
    trustProxy: orThrow(parseTrustProxy(env.ATLAS_TRUST_PROXY)),
    loginLimits: {
      failuresPerUsername: positive(env.ATLAS_LOGIN_FAILURES_PER_USER ?? '5', 'ATLAS_LOGIN_FAILURES_PER_USER'),
      failuresPerAddress: positive(env.ATLAS_LOGIN_FAILURES_PER_ADDRESS ?? '30', 'ATLAS_LOGIN_FAILURES_PER_ADDRESS'),
      windowSeconds: 60 * positive(env.ATLAS_LOGIN_LOCK_MINUTES ?? '15', 'ATLAS_LOGIN_LOCK_MINUTES'),
    },
    snapshotEveryMs: orThrow(parseSnapshotEvery(env.ATLAS_SNAPSHOT_EVERY ?? (mode === 'production' ? '30d' : 'off'))),
  };
}

/** How the API treats Neo4j under load (GraphExecutor settings); the defaults suit one local server. */
export function readDatabaseLimits(env: NodeJS.ProcessEnv = process.env) {
  return {
    readTimeoutMs: positive(
      env.ATLAS_DB_READ_TIMEOUT_MS ?? String(DEFAULT_READ_LIMITS.readTimeoutMs),
      'ATLAS_DB_READ_TIMEOUT_MS',
    ),
    maxConcurrentReads: positive(
      env.ATLAS_DB_MAX_READS ?? String(DEFAULT_READ_LIMITS.maxConcurrentReads),
      'ATLAS_DB_MAX_READS',
    ),
    readQueueMs: positive(
      env.ATLAS_DB_READ_QUEUE_MS ?? String(DEFAULT_READ_LIMITS.readQueueMs),
      'ATLAS_DB_READ_QUEUE_MS',
    ),
  };
}

/** Parsers return their value or one line saying what is wrong. */
function orThrow<T>(parsed: T | string): T {
  if (typeof parsed === 'string') throw new ConfigError(parsed);
  return parsed;
}

function positive(text: string, name: string, zeroAllowed = false): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < (zeroAllowed ? 0 : 1))
    throw new ConfigError(`${name} "${text}" must be a whole number`);
  return value;
}
