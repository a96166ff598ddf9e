import { join } from 'node:path';
import { repoRoot } from '@atlas/config';
import { processMemory } from './machine';
import { type ServerProcess, startServerProcess } from './server-process';
import type { BenchStore } from './store';

/** The platform server (packages/api/src/main.ts → createAtlasServer) as its own process on loopback. */
export interface ApiProcess extends ServerProcess {
  memory(): { rssMb: number; peakRssMb: number } | null;
}

const MAIN = join(repoRoot, 'packages/api/src/main.ts');

/**
 * Starts the real server against the bench store, exactly as `pnpm start` runs it, with the per-client rate
 * limit off (autocannon is one client sending thousands of requests) and demo mode (anonymous reads). `cache`
 * false turns the shared analytics results off (ATLAS_ANALYTICS_CACHE=off), so every request runs its Cypher.
 */
export async function startApi(
  store: BenchStore,
  port: number,
  progress: (line: string) => void,
  options: { cache: boolean },
): Promise<ApiProcess> {
  const server = await startServerProcess('API', MAIN, `http://127.0.0.1:${port}`, {
    NEO4J_URI: store.uri,
    NEO4J_USER: store.user,
    NEO4J_PASSWORD: store.password,
    ATLAS_PORT: String(port),
    ATLAS_HOST: '127.0.0.1',
    ATLAS_MODE: 'demo',
    ATLAS_RATE_LIMIT: '0',
    ATLAS_LOG_LEVEL: 'warn',
    ATLAS_ANALYTICS_CACHE: options.cache ? 'on' : 'off',
  });
  progress(`API ready on ${server.url} (pid ${server.pid}, analytics cache ${options.cache ? 'on' : 'off'})`);
  return { ...server, memory: () => processMemory(server.pid) };
}
