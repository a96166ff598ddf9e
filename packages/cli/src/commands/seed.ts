import { join } from 'node:path';
import { DEFAULT_SEED, DEMO_SIZE, type IndustryDefinition } from '@atlas/domain';
import {
  readIndustryDefinitions,
  removeSyntheticData,
  SeedMismatchError,
  type SeedReport,
  seedDemo,
} from '@atlas/graph';
import { ConfigError, repoRoot } from '@atlas/neo4j-local';
import type { Command } from '../command';
import { type OpenGraph, openGraph } from '../open-graph';
import { bulkSeed } from './seed-bulk';

const USAGE = 'atlas seed [--size N] [--seed S] [--replace] [--bulk] | atlas seed --remove-synthetic';

/** The configured Neo4j (started or reused), migrated, plus the industry folders; `close` stops what we started. */
export async function openSeedTarget(
  progress: (line: string) => void,
): Promise<OpenGraph & { definitions: IndustryDefinition[] }> {
  // Read the data first: a broken YAML should fail before any server starts.
  const definitions = readIndustryDefinitions(join(repoRoot, 'data/industries'));
  return { ...(await openGraph(progress)), definitions };
}

/** `--name value` options as positive integers; anything unknown is a usage error. */
export function parseIntegerOptions(
  args: string[],
  names: readonly string[],
  usage: string,
  flags: readonly string[] = [],
): { values: Record<string, number>; flags: Set<string> } {
  const values: Record<string, number> = {};
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [name, inline] = arg.startsWith('--') ? arg.slice(2).split('=', 2) : [undefined, undefined];
    if (name && flags.includes(name) && inline === undefined) {
      seen.add(name);
      continue;
    }
    if (!name || !names.includes(name)) throw new ConfigError(`usage: ${usage} (unexpected "${arg}")`);
    const raw = inline ?? args[++i];
    const value = Number(raw?.replaceAll('_', ''));
    if (!Number.isSafeInteger(value) || value < 0)
      throw new ConfigError(`--${name} must be a whole number, got "${raw ?? ''}"`);
    values[name] = value;
  }
  return { values, flags: seen };
}

export function describeSeed(report: SeedReport): string {
  const total = report.nodes + report.relationships;
  return (
    `${report.companies.toLocaleString('en')} companies, ${report.capabilities.toLocaleString('en')} capabilities, ` +
    `${report.supplies.toLocaleString('en')} supplies, ${report.certifications.toLocaleString('en')} certifications, ` +
    `${report.holdings.toLocaleString('en')} technology holdings, ${report.demands} demands in ` +
    `${report.seconds.toFixed(1)} s (${Math.round(total / report.seconds).toLocaleString('en')} nodes+relationships/s)`
  );
}

/**
 * Takes the synthetic demo firms (synthetic: true) out, with their edges and the demands they posted; the
 * industries and every imported firm stay. What a graph that started as a demo runs before production.
 */
export async function removeSynthetic(
  out: (line: string) => void,
  open: (progress: (line: string) => void) => Promise<OpenGraph> = openGraph,
  from = 0,
): Promise<number> {
  const graph = await open(out);
  try {
    // `from` (tests only) keeps the removal to synthetic ids at or past that index.
    const removed = await removeSyntheticData(graph.executor, { from, progress: out });
    out(`✔ Removed ${removed.toLocaleString('en')} synthetic firms with their edges and demands; imported firms stay.`);
    return 0;
  } finally {
    await graph.close();
  }
}

/** Loads the seven industries and the synthetic demo firms (示例); safe to run again. */
export const seed: Command = {
  name: 'seed',
  summary: `load the industries and ${DEMO_SIZE.toLocaleString('en')} synthetic demo firms (idempotent)`,
  usage: USAGE,
  async run(args, out) {
    const { values, flags } = parseIntegerOptions(args, ['size', 'seed'], USAGE, [
      'replace',
      'bulk',
      'remove-synthetic',
    ]);
    if (flags.has('remove-synthetic')) {
      if (args.length > 1) throw new ConfigError(`usage: ${USAGE} (--remove-synthetic takes no other option)`);
      return removeSynthetic(out);
    }
    // Production never holds demo firms (issue #14): they would mix into the district's real figures.
    if (process.env.ATLAS_MODE === 'production')
      throw new ConfigError(
        'ATLAS_MODE=production: seed writes synthetic demo firms; import your register instead ' +
          '(pnpm atlas import register <file>), or remove demo firms with pnpm atlas seed --remove-synthetic',
      );
    const size = values.size ?? DEMO_SIZE;
    const seedValue = values.seed ?? DEFAULT_SEED;
    if (flags.has('bulk')) return bulkSeed({ size, seed: seedValue, replace: flags.has('replace') }, out);
    const target = await openSeedTarget(out);
    try {
      if (flags.has('replace')) {
        const removed = await removeSyntheticData(target.executor, { progress: out });
        out(`Removed ${removed.toLocaleString('en')} synthetic companies.`);
      }
      out(`Seeding ${size.toLocaleString('en')} synthetic firms (seed ${seedValue})…`);
      const report = await seedDemo(target.executor, target.definitions, { size, seed: seedValue, progress: out });
      out(`✔ Seeded ${describeSeed(report)}.`);
      return 0;
    } catch (error) {
      // Expected: data of another seed in the graph, or a size below the planted anchors.
      if (!(error instanceof SeedMismatchError || error instanceof RangeError)) throw error;
      out(`✖ ${error.message}`);
      return 1;
    } finally {
      await target.close();
    }
  },
};
