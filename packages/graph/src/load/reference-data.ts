import type { GraphExecutor } from '../executor';
import { institutionsLoader } from './institutions';
import { platformLoader } from './platforms';

/**
 * Reference data that lives beside the industries (service platforms, universities and labs…): each loader reads
 * its own reviewed files under `data/` and writes them idempotently. They run after the industries are loaded,
 * because they link to segments and technologies, wherever the industries are loaded (startup, seed, bulk import).
 */
export interface ReferenceLoader {
  name: string;
  /** Returns a one-line summary for the progress output ("12 platforms"). */
  load(executor: GraphExecutor): Promise<string>;
}

export const REFERENCE_LOADERS: ReferenceLoader[] = [platformLoader, institutionsLoader];

export async function loadReferenceData(
  executor: GraphExecutor,
  progress: (line: string) => void = () => {},
): Promise<void> {
  for (const loader of REFERENCE_LOADERS) progress(`${loader.name}: ${await loader.load(executor)}`);
}
