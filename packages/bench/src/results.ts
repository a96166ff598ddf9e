import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@atlas/config';
import type { MachineInfo } from './machine';
import type { BenchRun, SizeResult } from './run';

/** One size as stored: when and by which command it was measured travel with it. */
export interface StoredSize extends SizeResult {
  measuredAt: string;
  command: string;
}

export interface ResultFile {
  machine: MachineInfo;
  settings: BenchRun['settings'];
  sizes: StoredSize[];
}

/**
 * Writes `<outDir>/<YYYY-MM-DD>.json`. A second run on the same day replaces the sizes it measured and keeps the
 * others (so `--sizes 1m` after a plain `pnpm bench` completes the day's table); each size stays from one run.
 */
export function writeResults(outDir: string, run: BenchRun): string {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${run.date.slice(0, 10)}.json`);
  const fresh = run.sizes.map((s) => ({ ...s, measuredAt: run.date, command: run.command }));
  const kept = existsSync(file) ? readResultFile(file).sizes.filter((s) => !fresh.some((f) => f.size === s.size)) : [];
  const content: ResultFile = {
    machine: run.machine,
    settings: run.settings,
    sizes: [...kept, ...fresh].sort((a, b) => a.size - b.size),
  };
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
  // The summary is committed, and `pnpm lint` checks JSON formatting: format it the way Biome wants.
  spawnSync(join(repoRoot, 'node_modules/.bin/biome'), ['format', '--write', file], { stdio: 'ignore' });
  return file;
}

export function readResultFile(file: string): ResultFile {
  return JSON.parse(readFileSync(file, 'utf8')) as ResultFile;
}

/** The latest measurement of each size across every result file in the folder, smallest size first. */
export function latestBySize(outDir: string): { sizes: StoredSize[]; machine: MachineInfo | null } {
  if (!existsSync(outDir)) return { sizes: [], machine: null };
  const files = readdirSync(outDir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .sort();
  const latest = new Map<number, StoredSize>();
  let machine: MachineInfo | null = null;
  for (const name of files) {
    const content = readResultFile(join(outDir, name));
    machine = content.machine;
    for (const size of content.sizes) {
      const seen = latest.get(size.size);
      if (!seen || seen.measuredAt <= size.measuredAt) latest.set(size.size, size);
    }
  }
  return { sizes: [...latest.values()].sort((a, b) => a.size - b.size), machine };
}
