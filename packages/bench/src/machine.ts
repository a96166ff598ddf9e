import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';

/** What a reader needs to compare numbers across machines. */
export interface MachineInfo {
  nproc: number;
  memoryGb: number;
  cpuModel: string;
  node: string;
  java: string;
  neo4j: string;
  os: string;
}

export function machineInfo(neo4jVersion: string): MachineInfo {
  return {
    nproc: nproc(),
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    cpuModel: cpuModel(),
    node: process.version,
    java: javaVersion(),
    neo4j: neo4jVersion,
    os: `${process.platform} ${readFirstLine('/proc/sys/kernel/osrelease') ?? ''}`.trim(),
  };
}

function nproc(): number {
  try {
    return Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    return availableParallelism();
  }
}

function cpuModel(): string {
  if (!existsSync('/proc/cpuinfo')) return 'unknown';
  const line = readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('model name'));
  return line?.split(':')[1]?.trim() ?? 'unknown';
}

function javaVersion(): string {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return `${result.stderr ?? ''}`.split('\n')[0]?.trim() || 'unknown';
}

function readFirstLine(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n')[0]?.trim() : undefined;
}

/** Resident and peak resident memory of a live process, in MB, from /proc (Linux); null elsewhere or once gone. */
export function processMemory(pid: number): { rssMb: number; peakRssMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    const rss = kb('VmRSS');
    const peak = kb('VmHWM');
    if (!Number.isFinite(rss) || !Number.isFinite(peak)) return null;
    return { rssMb: Math.round(rss / 1024), peakRssMb: Math.round(peak / 1024) };
  } catch {
    return null;
  }
}
