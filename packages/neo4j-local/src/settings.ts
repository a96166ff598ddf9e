import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Neo4j release we run locally: 5.26 is the LTS line that runs on Java 17. */
export const NEO4J_VERSION = '5.26.30';

/** Where the database lives: an external server chosen by NEO4J_URI, or a local one we start ourselves. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; user: string; password: string }
  | { kind: 'local'; uri: string; user: string; password: string; local: LocalServerSettings };

export interface LocalServerSettings {
  version: string;
  host: string;
  port: number;
  /** Folder holding conf/, data/, logs/ and the pid file; git-ignored. */
  home: string;
  /** Folder caching the resolved Maven classpath. */
  cacheDir: string;
  heap: string;
  pageCache: string;
}

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Loads `.env` from the repository root once; real environment variables win. */
export function loadDotEnv(root = repoRoot): void {
  const file = join(root, '.env');
  if (!existsSync(file)) return;
  const before = { ...process.env };
  process.loadEnvFile(file);
  Object.assign(process.env, before);
}

export function resolveTarget(env: NodeJS.ProcessEnv = process.env): Neo4jTarget {
  const user = env.NEO4J_USER || 'neo4j';
  if (env.NEO4J_URI) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/.test(env.NEO4J_URI)) {
      throw new ConfigError(
        `NEO4J_URI "${env.NEO4J_URI}" is not a Neo4j URI: use bolt://host:7687, neo4j://host:7687 or neo4j+s://host`,
      );
    }
    return { kind: 'external', uri: env.NEO4J_URI, user, password: env.NEO4J_PASSWORD ?? '' };
  }
  const port = parsePort(env.ATLAS_NEO4J_PORT ?? '7687');
  const atlasHome = absolute(env.ATLAS_HOME || '.atlas');
  const local: LocalServerSettings = {
    version: NEO4J_VERSION,
    host: '127.0.0.1',
    port,
    home: absolute(env.ATLAS_NEO4J_HOME || join(atlasHome, 'neo4j')),
    cacheDir: join(atlasHome, 'cache'),
    heap: env.ATLAS_NEO4J_HEAP || '1g',
    pageCache: env.ATLAS_NEO4J_PAGECACHE || '512m',
  };
  // The local server is ours: a fixed dev password unless the user picks one.
  const password = env.NEO4J_PASSWORD || 'atlas-local-dev';
  return { kind: 'local', uri: `bolt://${local.host}:${port}`, user: 'neo4j', password, local };
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(repoRoot, path);
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`ATLAS_NEO4J_PORT "${text}" is not a port number (1-65535)`);
  }
  return port;
}

/** A configuration problem the user fixes by changing a setting; its message is one line that says how. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
