import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigError } from '@atlas/config';
import { spawnTs } from './child';

/** An HTTP server the benchmark started as its own process, answering on loopback. */
export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts `entry` (TypeScript, through tsx) with `env` and `args`, and waits until `url`/healthz answers; on failure
 * it stops the child and the error carries the child's last lines.
 */
export async function startServerProcess(
  name: string,
  entry: string,
  url: string,
  env: NodeJS.ProcessEnv,
  args: string[] = [],
) {
  // A leftover server (a run killed mid-way) would answer the health check for the new one, which then fails to
  // listen: the timings would come from a server on another store.
  if (await answers(`${url}/healthz`))
    throw new ConfigError(`something already answers on ${url} (a leftover ${name} of an earlier run?): stop it first`);
  const child = spawnTs(entry, args, env);
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 30));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await waitHealthy(name, url, child, 120_000);
  } catch (error) {
    await stopChild(child, exited);
    throw new Error(`${(error as Error).message}\n${tail.join('\n')}`);
  }
  return { url, pid: child.pid as number, stop: () => stopChild(child, exited) } satisfies ServerProcess;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

async function waitHealthy(name: string, url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the ${name} exited with ${child.exitCode} during startup`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the ${name} did not answer on ${url}/healthz within ${timeoutMs / 1000} s`);
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
