import { join } from 'node:path';
import { GraphExecutor, readIndustryDefinitions, type SeedReport, seedDemo } from '@atlas/graph';
import { repoRoot } from '@atlas/neo4j-local';
import { printResult } from './child';

/** Runs in its own process (see load.ts), so its peak RSS is the loader's alone. */
export interface LoadChildInput {
  uri: string;
  user: string;
  password: string;
  size: number;
  seed: number;
}

export interface LoadChildResult {
  report: SeedReport;
  /** Seconds spent on the seven industries' structure, before the first firm (a fixed cost, counted in no total). */
  industrySeconds: number;
  peakRssMb: number;
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? '{}') as LoadChildInput;
  const definitions = readIndustryDefinitions(join(repoRoot, 'data/industries'));
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
      report,
      industrySeconds: industrySeconds ?? 0,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    } satisfies LoadChildResult);
  } finally {
    await executor.close();
  }
}

main().catch((error) => {
  console.error(error?.stack ?? String(error));
  process.exit(1);
});
