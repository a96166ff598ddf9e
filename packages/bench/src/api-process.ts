import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigError, repoRoot } from '@atlas/config';
import { spawnTs } from './child';
import { processMemory } from './machine';
import type { BenchStore } from './store';

/** The platform server (packages/api/src/main.ts → createAtlasServer) as its own process on loopback. */
export interface ApiProcess {
  url: string;
  pid: number;
  memory(): { rssMb: number; peakRssMb: number } | null;
  stop(): Promise<void>;
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
) {
  const url = `http://127.0.0.1:${port}`;
  // A leftover API (a run killed mid-way) would answer the health check for the new one, which then fails to
  // listen: the timings would come from a server on another store.
  if (await answers(`${url}/healthz`))
    throw new ConfigError(`something already answers on ${url} (a leftover API of an earlier run?): stop it first`);
  const child = spawnTs(MAIN, [], {
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
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 30));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await waitHealthy(url, child, 120_000);
  } catch (error) {
    await stopChild(child, exited);
    throw new Error(`${(error as Error).message}\n${tail.join('\n')}`);
  }
  progress(`API ready on ${url} (pid ${child.pid}, analytics cache ${options.cache ? 'on' : 'off'})`);
  const pid = child.pid as number;
  return {
    url,
    pid,
    memory: () => processMemory(pid),
    stop: () => stopChild(child, exited),
  } satisfies ApiProcess;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} during startup`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the API did not answer on ${url}/healthz within ${timeoutMs / 1000} s`);
}

/** SIGTERM, then wait: the server closes its driver and exits by itself. */
async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timeout = sleep(15_000).then(() => 'timeout' as const);
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}
