import { isAbsolute, join, resolve } from 'node:path';
import { type Env, envValue, repoRoot } from '@atlas/config';

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

/** The configured Neo4j from the environment (validated by @atlas/config's schema: NEO4J_*, ATLAS_HOME, ATLAS_NEO4J_*). */
export function resolveTarget(env: Env = process.env): Neo4jTarget {
  const user = envValue('NEO4J_USER', env);
  const uri = envValue('NEO4J_URI', env);
  if (uri) return { kind: 'external', uri, user, password: envValue('NEO4J_PASSWORD', env) ?? '' };
  const port = envValue('ATLAS_NEO4J_PORT', env);
  const atlasHome = absolute(envValue('ATLAS_HOME', env));
  const local: LocalServerSettings = {
    version: NEO4J_VERSION,
    host: '127.0.0.1',
    port,
    home: absolute(envValue('ATLAS_NEO4J_HOME', env) ?? join(atlasHome, 'neo4j')),
    cacheDir: join(atlasHome, 'cache'),
    heap: envValue('ATLAS_NEO4J_HEAP', env),
    pageCache: envValue('ATLAS_NEO4J_PAGECACHE', env),
  };
  // The local server is ours: a fixed dev password unless the user picks one.
  const password = envValue('NEO4J_PASSWORD', env) ?? 'atlas-local-dev';
  return { kind: 'local', uri: `bolt://${local.host}:${port}`, user: 'neo4j', password, local };
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(repoRoot, path);
}
