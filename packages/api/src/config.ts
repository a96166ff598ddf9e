import { randomBytes } from 'node:crypto';
import { DEFAULT_READ_LIMITS } from '@atlas/graph';
import { ConfigError } from '@atlas/neo4j-local';

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
}

export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const mode = env.ATLAS_MODE === 'production' ? 'production' : 'demo';
  if (env.ATLAS_MODE && !['demo', 'production'].includes(env.ATLAS_MODE)) {
    throw new ConfigError(`ATLAS_MODE "${env.ATLAS_MODE}" must be demo or production`);
  }
  const secret = env.ATLAS_JWT_SECRET;
  if (mode === 'production' && (!secret || secret.length < 32)) {
    throw new ConfigError('ATLAS_MODE=production needs ATLAS_JWT_SECRET of at least 32 characters');
  }
  const cache = env.ATLAS_ANALYTICS_CACHE ?? 'on';
  if (!['on', 'off'].includes(cache)) throw new ConfigError(`ATLAS_ANALYTICS_CACHE "${cache}" must be on or off`);
  return {
    mode,
    // Demo tokens die with the process unless a secret is configured; replicas share ATLAS_JWT_SECRET.
    jwtSecret: secret ? new TextEncoder().encode(secret) : randomBytes(32),
    tokenTtlSeconds: positive(env.ATLAS_TOKEN_TTL ?? '28800', 'ATLAS_TOKEN_TTL'),
    demoPassword: env.ATLAS_DEMO_PASSWORD || 'atlas-demo',
    rateLimitPerMinute: positive(env.ATLAS_RATE_LIMIT ?? '1200', 'ATLAS_RATE_LIMIT', true),
    maxBodyBytes: positive(env.ATLAS_MAX_BODY ?? String(1024 * 1024), 'ATLAS_MAX_BODY'),
    analyticsCache: cache === 'on',
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

function positive(text: string, name: string, zeroAllowed = false): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < (zeroAllowed ? 0 : 1))
    throw new ConfigError(`${name} "${text}" must be a whole number`);
  return value;
}
