import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '@atlas/config';
import { ensureClasspath, type Progress, requireTool } from './artifacts';
import { jvmArgs, neo4jConf } from './conf';
import { isPortFree, isProcessAlive, waitForExit } from './processes';
import { probe, setInitialPassword, waitUntilReady } from './readiness';
import type { LocalServerSettings } from './settings';

export interface LocalServer {
  uri: string;
  pid: number;
  /** True when this call started the server (so the caller should stop it); false when it reused a running one. */
  started: boolean;
  stop(): Promise<void>;
}

export interface StartOptions {
  password: string;
  progress?: Progress;
  timeoutMs?: number;
}

const pidFile = (s: LocalServerSettings) => join(s.home, 'run', 'atlas-neo4j.pid');
const logFile = (s: LocalServerSettings) => join(s.home, 'logs', 'console.log');

/** Starts a local Neo4j, or reuses the one already serving on the port with our credentials. */
export async function startLocalNeo4j(settings: LocalServerSettings, options: StartOptions): Promise<LocalServer> {
  const progress = options.progress ?? (() => {});
  const uri = `bolt://${settings.host}:${settings.port}`;
  const running = readPid(settings);

  if (!(await isPortFree(settings.host, settings.port))) {
    let answer = await probe(uri, 'neo4j', options.password);
    // Our own server (its pid is in our pid file) whose first start was interrupted before the password was set
    // (Ctrl-C while Neo4j was starting) still has the initial one: finish that first start.
    const ours = running !== undefined && isProcessAlive(running);
    if (answer === 'unauthorized' && ours && (await setInitialPassword(uri, options.password)))
      answer = await probe(uri, 'neo4j', options.password);
    if (answer === 'ready') {
      progress(`Reusing Neo4j already running on ${uri}`);
      return handle(settings, uri, running ?? 0, false);
    }
    throw new ConfigError(
      answer === 'unauthorized'
        ? `A Neo4j on port ${settings.port} refused our password: set NEO4J_PASSWORD to its password, or stop it`
        : `Port ${settings.port} is in use by another program: stop it or set ATLAS_NEO4J_PORT to a free port`,
    );
  }
  if (running !== undefined && isProcessAlive(running)) {
    throw new ConfigError(
      `The data folder ${settings.home} is locked by Neo4j process ${running} that is not serving: run "pnpm atlas db stop" or kill ${running}`,
    );
  }

  requireTool(
    'java',
    ['-version'],
    'Java 17+ is needed to run Neo4j: install OpenJDK 17 (apt-get install openjdk-17-jre-headless)',
  );
  const classpath = await ensureClasspath(settings, progress);
  for (const dir of ['conf', 'data', 'logs', 'run']) mkdirSync(join(settings.home, dir), { recursive: true });
  writeFileSync(join(settings.home, 'conf', 'neo4j.conf'), neo4jConf(settings));

  progress(`Starting Neo4j ${settings.version} on ${uri} (data in ${settings.home})…`);
  const startedAt = Date.now();
  const log = openSync(logFile(settings), 'a');
  const child = spawn(
    'java',
    [
      ...jvmArgs(settings),
      '-cp',
      classpath,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${settings.home}`,
      `--config-dir=${join(settings.home, 'conf')}`,
    ],
    // Own process group: a Ctrl-C in the terminal reaches us, and we stop Neo4j in order (SIGTERM, then wait).
    { detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new ConfigError('Java could not be started to run Neo4j');
  writeFileSync(pidFile(settings), String(child.pid));

  try {
    await waitUntilReady(uri, options.password, child.pid, options.timeoutMs ?? 120_000);
  } catch (error) {
    await stopProcess(child.pid, 30_000);
    rmSync(pidFile(settings), { force: true });
    throw new ConfigError(`${(error as Error).message}${explainFailure(settings)}`);
  }
  progress(`Neo4j ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  return handle(settings, uri, child.pid, true);
}

/** Stops the local Neo4j recorded in the pid file (SIGTERM, then wait so the store closes cleanly). */
export async function stopLocalNeo4j(settings: LocalServerSettings, timeoutMs = 60_000): Promise<boolean> {
  const pid = readPid(settings);
  if (pid === undefined || !isProcessAlive(pid)) {
    rmSync(pidFile(settings), { force: true });
    return false;
  }
  await stopProcess(pid, timeoutMs);
  rmSync(pidFile(settings), { force: true });
  return true;
}

export interface LocalStatus {
  pid?: number;
  running: boolean;
  answering: 'ready' | 'unauthorized' | 'unreachable';
}

export async function localNeo4jStatus(settings: LocalServerSettings, password: string): Promise<LocalStatus> {
  const pid = readPid(settings);
  const running = pid !== undefined && isProcessAlive(pid);
  const answering = await probe(`bolt://${settings.host}:${settings.port}`, 'neo4j', password);
  return { ...(running ? { pid } : {}), running, answering };
}

function handle(settings: LocalServerSettings, uri: string, pid: number, started: boolean): LocalServer {
  return { uri, pid, started, stop: async () => void (started ? await stopLocalNeo4j(settings) : undefined) };
}

async function stopProcess(pid: number, timeoutMs: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  if (!(await waitForExit(pid, timeoutMs))) {
    // A store killed mid-write needs recovery on the next start, so this is the last resort.
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
}

function readPid(settings: LocalServerSettings): number | undefined {
  const file = pidFile(settings);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Turns the usual startup failures in Neo4j's log into one actionable sentence. */
function explainFailure(settings: LocalServerSettings): string {
  const text = [logFile(settings), join(settings.home, 'logs', 'neo4j.log')]
    .filter(existsSync)
    .map((f) => readFileSync(f, 'utf8').slice(-20_000))
    .join('\n');
  if (/FileLockException|locked by another process/i.test(text)) {
    return `: the data folder ${settings.home}/data is locked by another Neo4j process; stop it first`;
  }
  if (/Address already in use/i.test(text)) return `: port ${settings.port} is in use; set ATLAS_NEO4J_PORT`;
  if (/OutOfMemoryError/.test(text)) return ': out of memory; lower ATLAS_NEO4J_HEAP or ATLAS_NEO4J_PAGECACHE';
  return ` (see ${logFile(settings)})`;
}
