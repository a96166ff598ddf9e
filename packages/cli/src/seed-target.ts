import { join } from 'node:path';
import { repoRoot } from '@atlas/config';
import type { IndustryDefinition } from '@atlas/domain';
import { readIndustryDefinitions, type SeedReport } from '@atlas/graph';
import { type OpenGraph, openGraph } from './open-graph';

/** The configured Neo4j (started or reused), migrated, plus the industry folders; `close` stops what we started. */
export async function openSeedTarget(
  progress: (line: string) => void,
): Promise<OpenGraph & { definitions: IndustryDefinition[] }> {
  // Read the data first: a broken YAML should fail before any server starts.
  const definitions = readIndustryDefinitions(join(repoRoot, 'data/industries'));
  return { ...(await openGraph(progress)), definitions };
}

/** One line of what a seed wrote and how fast, for `atlas seed` and `pnpm bench load`. */
export function describeSeed(report: SeedReport): string {
  const total = report.nodes + report.relationships;
  return (
    `${report.companies.toLocaleString('en')} companies, ${report.capabilities.toLocaleString('en')} capabilities, ` +
    `${report.supplies.toLocaleString('en')} supplies, ${report.certifications.toLocaleString('en')} certifications, ` +
    `${report.holdings.toLocaleString('en')} technology holdings, ${report.demands} demands in ` +
    `${report.seconds.toFixed(1)} s (${Math.round(total / report.seconds).toLocaleString('en')} nodes+relationships/s)`
  );
}
