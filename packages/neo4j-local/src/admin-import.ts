import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '@atlas/config';
import { ensureClasspath, type Progress, requireTool, splitLines } from './artifacts';
import { jvmArgs, neo4jConf } from './conf';
import { isProcessAlive } from './processes';
import type { LocalServerSettings } from './settings';

export interface AdminImportInput {
  nodes: ReadonlyArray<{ label: string; path: string }>;
  relationships: ReadonlyArray<{ type: string; path: string }>;
  /** Some field holds a line break; the importer parses such files more slowly, so only when needed. */
  multiline?: boolean;
  /** The character the files join list items with (`@atlas/graph` bulk/ uses the unit separator). */
  arrayDelimiter: string;
}

/**
 * `neo4j-admin database import full` into the local server's `neo4j` database, replacing it: the offline path for
 * first loads of large data sets (it writes store files directly, several times faster than transactions). The
 * server must be stopped — Community edition cannot take a database offline — and the caller decides whether
 * the data there may go. Indexes and constraints are not part of the import: `migrate` builds them after the start.
 */
export async function adminImport(
  settings: LocalServerSettings,
  input: AdminImportInput,
  progress: Progress = () => {},
): Promise<void> {
  assertServerStopped(settings);
  requireTool('java', ['-version'], 'Java 17+ is needed for neo4j-admin: install OpenJDK 17');
  const classpath = await ensureClasspath(settings, progress);
  for (const dir of ['conf', 'data', 'logs', 'run']) mkdirSync(join(settings.home, dir), { recursive: true });
  writeFileSync(join(settings.home, 'conf', 'neo4j.conf'), neo4jConf(settings));
  const args = [
    ...jvmArgs({ ...settings, heap: '1g' }),
    '-cp',
    classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    '--overwrite-destination=true',
    `--array-delimiter=U+${input.arrayDelimiter.codePointAt(0)?.toString(16).padStart(4, '0').toUpperCase()}`,
    `--report-file=${join(settings.home, 'logs', 'import.report')}`,
    ...(input.multiline ? ['--multiline-fields=true'] : []),
    ...input.nodes.map((n) => `--nodes=${n.label}=${n.path}`),
    ...input.relationships.map((r) => `--relationships=${r.type}=${r.path}`),
  ];
  const env = { ...process.env, NEO4J_HOME: settings.home, NEO4J_CONF: join(settings.home, 'conf') };
  await new Promise<void>((resolve, reject) => {
    const child = spawn('java', args, { env });
    const tail: string[] = [];
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      // Of the importer's report, the four stages and their times are what a person waiting wants to see.
      const stage =
        /^(\(\d\/\d\) [^0-9]+?) \d{4}-/.exec(line)?.[1] ?? /^(.* COMPLETED in .*|IMPORT DONE.*)$/.exec(line)?.[1];
      if (stage) progress(`  ${stage.trim()}`);
    };
    splitLines(child.stdout, onLine);
    splitLines(child.stderr, onLine);
    child.on('error', (error) => reject(new ConfigError(`cannot run neo4j-admin: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const reason = tail.filter((l) => /error|exception|invalid|fail/i.test(l)).slice(0, 5);
      reject(
        new ConfigError(`neo4j-admin import failed (exit ${code}): ${(reason.length ? reason : tail).join(' | ')}`),
      );
    });
  });
}

/** Offline tools need the folder's server stopped; callers with slow preparation check first, not after it. */
export function assertServerStopped(settings: LocalServerSettings): void {
  const file = join(settings.home, 'run', 'atlas-neo4j.pid');
  const pid = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : Number.NaN;
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid))
    throw new ConfigError(`Neo4j (process ${pid}) is running on ${settings.home}: stop it first (pnpm atlas db stop)`);
}
