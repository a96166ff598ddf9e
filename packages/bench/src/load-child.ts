import { join } from 'node:path';
import { type BulkImportReport, importSyntheticSet } from '@atlas/cli';
import { repoRoot } from '@atlas/config';
import { GraphExecutor, readIndustryDefinitions, type SeedReport, seedDemo } from '@atlas/graph';
import type { LocalServerSettings } from '@atlas/neo4j-local';
import { printResult } from './child';

/**
 * Runs in its own process (see load.ts), so its peak RSS is the loader's alone. Transactional: the Cypher seed
 * into a running server. Bulk: the offline half of the bulk path (files and neo4j-admin, server stopped).
 */
export type LoadChildInput =
  | { mode: 'transactional'; uri: string; user: string; password: string; size: number; seed: number }
  | { mode: 'bulk'; settings: LocalServerSettings; size: number; seed: number };

export type LoadChildResult =
  | {
      mode: 'transactional';
      report: SeedReport;
      /** Seconds spent on the seven industries' structure, before the first firm (a fixed cost, counted in no total). */
      industrySeconds: number;
      peakRssMb: number;
    }
  | { mode: 'bulk'; report: BulkImportReport; peakRssMb: number };

const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? '{}') as LoadChildInput;
  const definitions = readIndustryDefinitions(join(repoRoot, 'data/industries'));
  if (input.mode === 'bulk') {
    const report = await importSyntheticSet(input.settings, definitions, { ...input, progress: console.log });
    printResult({ mode: 'bulk', report, peakRssMb: peakRssMb() } satisfies LoadChildResult);
    return;
  }
  const executor = new GraphExecutor(input);
  try {
    let last = 0;
    let industrySeconds: number | undefined;
    const started = performance.now();
    const report = await seedDemo(executor, definitions, {
      size: input.size,
      seed: input.seed,
      progress: (line) => {
        // seedDemo reports the industries first, then firms: the first line ends the fixed part.
        industrySeconds ??= (performance.now() - started) / 1000;
        if (performance.now() - last < 5000) return;
        last = performance.now();
        console.log(line);
      },
    });
    printResult({
      mode: 'transactional',
      report,
      industrySeconds: industrySeconds ?? 0,
      peakRssMb: peakRssMb(),
    } satisfies LoadChildResult);
  } finally {
    await executor.close();
  }
}

main().catch((error) => {
  console.error(error?.stack ?? String(error));
  process.exit(1);
});
