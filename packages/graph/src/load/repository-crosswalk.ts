import { fileURLToPath } from 'node:url';
import type { Crosswalk } from '@atlas/domain';
import { readCrosswalk } from './industry-files';

/** The repository's industry folders (`data/industries/`), where `pnpm start`, seeds and benchmarks read them. */
export const REPOSITORY_INDUSTRIES_DIR = fileURLToPath(new URL('../../../../data/industries', import.meta.url));

/**
 * The repository's `crosswalk.yaml`, checked against its own industries (not the caller's, which may be a subset):
 * the default of the loaders, so every writer of the industries (startup, seed, bulk import) writes the same groups
 * without each caller reading the file.
 */
export function repositoryCrosswalk(): Crosswalk {
  return readCrosswalk(REPOSITORY_INDUSTRIES_DIR);
}
