import { z } from 'zod';

/** Which process reads a variable: the API server (`pnpm start`), the `atlas` CLI, `pnpm bench`, Vite's dev server. */
export type EnvReader = 'api' | 'cli' | 'bench' | 'web dev';

export interface EnvVariable<T extends z.ZodType = z.ZodType> {
  /** Parses the raw text (never empty: an empty value counts as unset); its output is what readers get. */
  schema: T;
  /** The raw text used when the variable is unset; none: readers get undefined and decide (see `shown`). */
  fallback?: string;
  /** The default as documented, when it is not simply `fallback` (computed, or mode-dependent). */
  shown?: string;
  /** demo, production or both: the ATLAS_MODE the variable matters in. */
  modes: 'both' | 'demo' | 'production';
  readBy: readonly EnvReader[];
  meaning: string;
  /** What the error says after `NAME "value"` when the schema refuses the value. */
  problem: string;
}

const whole = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .transform((text) => Number(text.trim().replaceAll('_', '')))
    .pipe(z.number().int().min(min).max(max));
const text = z.string();
const WHOLE = 'must be a whole number';
const BOTH_READERS = ['api', 'cli', 'bench'] as const;

/**
 * Every environment variable the platform reads, with its default, meaning and where it applies: the one place
 * (issue #16) — readers go through `envValue` (read-env.ts), and docs/OPERATIONS.md's table is rendered from here
 * (operations-table.ts; a test keeps the two equal). Rules that need domain knowledge (the JWT secret's strength,
 * host lists, proxy addresses, snapshot intervals) stay with their reader, which gets the raw text.
 */
export const ENV_VARIABLES = {
  ATLAS_MODE: {
    schema: z.enum(['demo', 'production']),
    fallback: 'demo',
    modes: 'both',
    readBy: ['api', 'cli'],
    meaning:
      '`production`: every operation but `login` needs a token, no introspection, no GraphiQL, no demo users; `atlas seed` refuses',
    problem: 'must be demo or production',
  },
  ATLAS_HOST: {
    schema: text,
    fallback: '127.0.0.1',
    modes: 'both',
    readBy: ['api'],
    meaning: 'address the API and web app listen on; demo mode refuses anything but loopback',
    problem: 'is not a host',
  },
  ATLAS_PORT: {
    schema: whole(1, 65_535),
    fallback: '4000',
    modes: 'both',
    readBy: ['api'],
    meaning: 'port of the API and web app',
    problem: 'is not a port',
  },
  ATLAS_JWT_SECRET: {
    schema: text,
    shown: 'random per process (demo)',
    modes: 'both',
    readBy: ['api'],
    meaning:
      'token signing secret; production: ≥ 43 characters, ≥ 12 different, no placeholder; the same on all replicas',
    problem: 'is not a secret',
  },
  ATLAS_TOKEN_TTL: {
    schema: whole(1),
    fallback: '28800',
    shown: '`28800` (8 h)',
    modes: 'both',
    readBy: ['api'],
    meaning: 'token lifetime in seconds, at most `86400` (24 h)',
    problem: WHOLE,
  },
  ATLAS_PUBLIC_HOST: {
    schema: text,
    shown: 'unset',
    modes: 'production',
    readBy: ['api'],
    meaning: 'production (required): accepted `Host` names, `host[:port]`, comma-separated; others get `421`',
    problem: 'is not a host list',
  },
  ATLAS_CORS_ORIGINS: {
    schema: text,
    shown: 'unset (same origin only)',
    modes: 'both',
    readBy: ['api'],
    meaning: 'exact origins allowed to call the API from a browser, comma-separated',
    problem: 'is not an origin list',
  },
  ATLAS_TRUST_PROXY: {
    schema: text,
    shown: '`0`',
    modes: 'both',
    readBy: ['api'],
    meaning: 'proxy hops (or proxy addresses) whose `X-Forwarded-For` names the client',
    problem: 'is not a hop count or address list',
  },
  ATLAS_LOGIN_FAILURES_PER_USER: {
    schema: whole(1),
    fallback: '5',
    modes: 'both',
    readBy: ['api'],
    meaning: 'failed sign-ins per username per window before `TOO_MANY_REQUESTS`',
    problem: WHOLE,
  },
  ATLAS_LOGIN_FAILURES_PER_ADDRESS: {
    schema: whole(1),
    fallback: '30',
    modes: 'both',
    readBy: ['api'],
    meaning: 'failed sign-ins per client address per window',
    problem: WHOLE,
  },
  ATLAS_LOGIN_LOCK_MINUTES: {
    schema: whole(1),
    fallback: '15',
    modes: 'both',
    readBy: ['api'],
    meaning: 'the window (and the block) of the sign-in limiter',
    problem: WHOLE,
  },
  ATLAS_RATE_LIMIT: {
    schema: whole(0),
    fallback: '1200',
    modes: 'both',
    readBy: ['api'],
    meaning: 'requests per minute per token (or per address when anonymous), bursts up to a fifth; `0` = off',
    problem: WHOLE,
  },
  ATLAS_MAX_BODY: {
    schema: whole(1),
    fallback: '1048576',
    modes: 'both',
    readBy: ['api'],
    meaning: 'largest request body in bytes (`413` above)',
    problem: WHOLE,
  },
  ATLAS_DEMO_PASSWORD: {
    schema: text,
    fallback: 'atlas-demo',
    modes: 'demo',
    readBy: ['api'],
    meaning: 'password of the demo users',
    problem: 'is not a password',
  },
  ATLAS_DEMO_SIZE: {
    schema: whole(1),
    shown: '`3000`',
    modes: 'demo',
    readBy: ['api'],
    meaning: 'synthetic firms loaded when `pnpm start` finds an empty graph',
    problem: 'is not a whole number',
  },
  ATLAS_LOG_LEVEL: {
    schema: z.enum(['silent', 'fatal', 'error', 'warn', 'info', 'debug', 'trace']),
    fallback: 'warn',
    modes: 'both',
    readBy: ['api'],
    meaning: 'pino level (`silent` … `debug`)',
    problem: 'must be one of silent, fatal, error, warn, info, debug, trace',
  },
  ATLAS_ANALYTICS_CACHE: {
    schema: z.enum(['on', 'off']),
    fallback: 'on',
    modes: 'both',
    readBy: ['api'],
    meaning:
      "share analytics results between requests until the data changes (below); `off` runs every request's Cypher",
    problem: 'must be on or off',
  },
  ATLAS_DB_MAX_READS: {
    schema: whole(1),
    fallback: '8',
    modes: 'both',
    readBy: ['api'],
    meaning:
      "statements one API process sends to Neo4j at once (an analytic's parallel parts count one each); more wait in a first-come queue",
    problem: WHOLE,
  },
  ATLAS_DB_READ_QUEUE_MS: {
    schema: whole(1),
    fallback: '60000',
    modes: 'both',
    readBy: ['api'],
    meaning: 'longest a read waits in that queue before it answers `DB_UNAVAILABLE` ("busy")',
    problem: WHOLE,
  },
  ATLAS_DB_READ_TIMEOUT_MS: {
    schema: whole(1),
    fallback: '30000',
    modes: 'both',
    readBy: ['api'],
    meaning: 'longest a read transaction runs in Neo4j before it is aborted (also answered as "busy")',
    problem: WHOLE,
  },
  ATLAS_SNAPSHOT_EVERY: {
    schema: text,
    shown: '`off` (demo), `30d` (production)',
    modes: 'both',
    readBy: ['api'],
    meaning: 'store a snapshot of every industry this often (`7d`, `12h`, `off`); docs/snapshots.md',
    problem: 'is not an interval',
  },
  ATLAS_REPORT_FONT_DIR: {
    schema: text,
    fallback: '/usr/share/fonts/opentype/noto',
    modes: 'both',
    readBy: ['api', 'cli'],
    meaning: 'folder holding NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc for the PDF/DOCX report',
    problem: 'is not a folder',
  },
  NEO4J_URI: {
    schema: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/),
    shown: 'unset (a local Neo4j, started or reused)',
    modes: 'both',
    readBy: BOTH_READERS,
    meaning: 'an external Neo4j (server, cluster, Aura); set, nothing is started locally',
    problem: 'is not a Neo4j URI: use bolt://host:7687, neo4j://host:7687 or neo4j+s://host',
  },
  NEO4J_USER: {
    schema: text,
    fallback: 'neo4j',
    modes: 'both',
    readBy: BOTH_READERS,
    meaning: 'user for `NEO4J_URI` (the local server always uses `neo4j`)',
    problem: 'is not a user name',
  },
  NEO4J_PASSWORD: {
    schema: text,
    shown: '`atlas-local-dev` (local server), empty (external)',
    modes: 'both',
    readBy: BOTH_READERS,
    meaning: 'password for `NEO4J_URI`, or the one the local server is given',
    problem: 'is not a password',
  },
  ATLAS_HOME: {
    schema: text,
    fallback: '.atlas',
    modes: 'both',
    readBy: BOTH_READERS,
    meaning: 'folder (relative to the repository) of the local Neo4j and its downloaded jars',
    problem: 'is not a folder',
  },
  ATLAS_NEO4J_HOME: {
    schema: text,
    shown: '`$ATLAS_HOME/neo4j`',
    modes: 'both',
    readBy: BOTH_READERS,
    meaning: "the local Neo4j's own folder (conf, data, logs)",
    problem: 'is not a folder',
  },
  ATLAS_NEO4J_PORT: {
    schema: whole(1, 65_535),
    fallback: '7687',
    modes: 'both',
    readBy: BOTH_READERS,
    meaning: 'Bolt port of the local Neo4j',
    problem: 'is not a port number (1-65535)',
  },
  ATLAS_NEO4J_HEAP: {
    schema: z.string().regex(/^\d+[kmg]?$/i),
    fallback: '1g',
    modes: 'both',
    readBy: BOTH_READERS,
    meaning: 'JVM heap of the local Neo4j',
    problem: 'is not a memory size like 512m or 2g',
  },
  ATLAS_NEO4J_PAGECACHE: {
    schema: z.string().regex(/^\d+[kmg]?$/i),
    fallback: '512m',
    modes: 'both',
    readBy: BOTH_READERS,
    meaning: 'page cache of the local Neo4j',
    problem: 'is not a memory size like 512m or 2g',
  },
  ATLAS_API: {
    schema: z.url(),
    fallback: 'http://127.0.0.1:4000',
    modes: 'both',
    readBy: ['web dev'],
    meaning: 'where `pnpm dev:web` (Vite) proxies `/graphql`',
    problem: 'is not a URL',
  },
} as const satisfies Record<string, EnvVariable>;

export type EnvName = keyof typeof ENV_VARIABLES;
