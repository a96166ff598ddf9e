import { ConfigError, envValue } from '@atlas/config';
import { DEFAULT_SEED, DEMO_SIZE } from '@atlas/domain';
import { removeSyntheticData, SeedMismatchError, seedDemo } from '@atlas/graph';
import { defineCommand, UsageError } from '../args';
import { type GraphOpener, openGraph, withGraph } from '../open-graph';
import { atMost, wholeNumberOption } from '../option-parsers';
import { describeSeed, openSeedTarget } from '../seed-target';
import { bulkSeed } from './seed-bulk';

const USAGE = 'atlas seed [--size N] [--seed S] [--replace] [--bulk] | atlas seed --remove-synthetic';

/**
 * Takes the synthetic demo firms (synthetic: true) out, with their edges and the demands they posted; the
 * industries and every imported firm stay. What a graph that started as a demo runs before production.
 */
export async function removeSynthetic(
  out: (line: string) => void,
  open: GraphOpener = openGraph,
  from = 0,
): Promise<number> {
  return withGraph(open, out, async (graph) => {
    // `from` (tests only) keeps the removal to synthetic ids at or past that index.
    const removed = await removeSyntheticData(graph.executor, { from, progress: out });
    out(`✔ Removed ${removed.toLocaleString('en')} synthetic firms with their edges and demands; imported firms stay.`);
    return 0;
  });
}

/** Loads the seven industries and the synthetic demo firms (示例); safe to run again. */
export const seed = defineCommand({
  name: 'seed',
  summary: `load the industries and ${DEMO_SIZE.toLocaleString('en')} synthetic demo firms (idempotent)`,
  usage: USAGE,
  options: {
    size: { type: 'string' },
    seed: { type: 'string' },
    replace: { type: 'boolean' },
    bulk: { type: 'boolean' },
    'remove-synthetic': { type: 'boolean' },
  },
  async run({ values, positionals }, out) {
    atMost(positionals, 0);
    if (values['remove-synthetic']) {
      if (Object.keys(values).length > 1) throw new UsageError('--remove-synthetic takes no other option');
      return removeSynthetic(out);
    }
    // Production never holds demo firms (issue #14): they would mix into the district's real figures.
    if (envValue('ATLAS_MODE') === 'production')
      throw new ConfigError(
        'ATLAS_MODE=production: seed writes synthetic demo firms; import your register instead ' +
          '(pnpm atlas import register <file>), or remove demo firms with pnpm atlas seed --remove-synthetic',
      );
    const size = wholeNumberOption('size', values.size, DEMO_SIZE);
    const seedValue = wholeNumberOption('seed', values.seed, DEFAULT_SEED);
    const replace = values.replace === true;
    if (values.bulk) return bulkSeed({ size, seed: seedValue, replace }, out);
    const target = await openSeedTarget(out);
    try {
      if (replace) {
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
});
