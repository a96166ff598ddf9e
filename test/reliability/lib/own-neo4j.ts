import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import {
  ConfigError,
  type LocalServerSettings,
  repoRoot,
  resolveTarget,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '@atlas/neo4j-local';

/**
 * A Neo4j of our own for fault and load runs: its own Bolt port and data folder, so stopping it never touches the
 * shared server on 7687 that other people and test runs use. Same jars (and classpath cache) as the normal one.
 */
export interface OwnNeo4j {
  settings: LocalServerSettings;
  connection: { uri: string; user: string; password: string };
  start(): Promise<void>;
  /** SIGTERM, then wait for the process to exit (what `pnpm atlas db stop` does). */
  stop(): Promise<void>;
  /** Runs `neo4j-admin <args>` (org.neo4j.cli.AdminTool) against this server's home and configuration. */
  admin(args: string[]): Promise<string>;
}

export function ownNeo4j(options: { port?: number; home?: string; progress?: (line: string) => void } = {}): OwnNeo4j {
  const port = options.port ?? Number(process.env.ATLAS_FAULTS_NEO4J_PORT ?? 7787);
  const home = options.home ?? process.env.ATLAS_FAULTS_NEO4J_HOME ?? '.atlas/neo4j-faults';
  const progress = options.progress ?? (() => {});
  const target = resolveTarget({
    ATLAS_NEO4J_PORT: String(port),
    ATLAS_NEO4J_HOME: home,
    ATLAS_NEO4J_HEAP: '512m',
    ATLAS_NEO4J_PAGECACHE: '256m',
  });
  if (target.kind !== 'local') throw new ConfigError('own Neo4j must be local');
  const shared = resolveTarget({});
  if (shared.kind === 'local' && (port === shared.local.port || target.local.home === shared.local.home)) {
    throw new ConfigError(`refusing to use port ${port} / ${target.local.home}: that is the shared Neo4j`);
  }
  const settings = target.local;
  return {
    settings,
    connection: { uri: target.uri, user: target.user, password: target.password },
    start: async () => {
      await startLocalNeo4j(settings, { password: target.password, progress });
    },
    stop: async () => {
      await stopLocalNeo4j(settings);
    },
    // The documented wrapper itself (scripts/neo4j-admin.sh), so the fault run tests the exact commands of the docs.
    admin: (args) =>
      run('bash', [join(repoRoot, 'scripts', 'neo4j-admin.sh'), ...args], {
        ...process.env,
        ATLAS_HOME: dirname(settings.cacheDir),
        ATLAS_NEO4J_HOME: settings.home,
      }),
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`neo4j-admin ${args.slice(-4).join(' ')} failed: ${output.slice(-800)}`)),
    );
  });
}
