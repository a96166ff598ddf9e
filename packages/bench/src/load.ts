import { fileURLToPath } from 'node:url';
import type { BulkImportReport } from '@atlas/cli';
import type { LocalServerSettings } from '@atlas/neo4j-local';
import { childResult, spawnTs } from './child';
import type { LoadChildInput, LoadChildResult } from './load-child';
import type { BenchStore } from './store';

export interface LoadResult {
  /** bulk: neo4j-admin import into an empty store (`atlas seed --bulk`); transactional: the Cypher seed. */
  method: 'bulk' | 'transactional';
  size: number;
  /** Wall clock of the whole load, and of the part the rate is taken over (see `perSecond`). */
  seconds: number;
  firmSeconds: number;
  nodes: number;
  relationships: number;
  /**
   * Nodes + relationships per second. Transactional: over the firm phase (the industries' fixed structure before it
   * excluded). Bulk: over everything until the graph answers queries — files, import, server start, indexes online,
   * industries.
   */
  perSecond: number;
  companies: number;
  supplies?: number;
  /** Bulk only: seconds per step. */
  phases?: { files: number; import: number; start: number; indexes: number; industries: number };
  /** Peak RSS of the loading process (a child of the benchmark, so nothing else counts). */
  loaderPeakRssMb: number;
}

const ENTRY = fileURLToPath(new URL('./load-child.ts', import.meta.url));

function runLoader(input: LoadChildInput, progress: (line: string) => void): Promise<LoadChildResult> {
  const child = spawnTs(ENTRY, [JSON.stringify(input)]);
  return childResult<LoadChildResult>(child, 'the loader', (line) => progress(`  ${line}`));
}

/** Generates and loads `size` synthetic firms into the (empty, running) bench store through Cypher transactions. */
export async function loadDataSet(
  store: BenchStore,
  size: number,
  seed: number,
  progress: (line: string) => void,
): Promise<LoadResult> {
  const input: LoadChildInput = {
    mode: 'transactional',
    uri: store.uri,
    user: store.user,
    password: store.password,
    size,
    seed,
  };
  const result = await runLoader(input, progress);
  if (result.mode !== 'transactional') throw new Error('the loader answered for another mode');
  const { report, industrySeconds, peakRssMb } = result;
  const firmSeconds = report.seconds - industrySeconds;
  return {
    method: 'transactional',
    size,
    seconds: round(report.seconds, 2),
    firmSeconds: round(firmSeconds, 2),
    nodes: report.nodes,
    relationships: report.relationships,
    perSecond: Math.round((report.nodes + report.relationships) / firmSeconds),
    companies: report.companies,
    supplies: report.supplies,
    loaderPeakRssMb: peakRssMb,
  };
}

/** The offline half of a bulk load (files, neo4j-admin import) from a separate process; the server is stopped. */
export async function importDataSet(
  settings: LocalServerSettings,
  size: number,
  seed: number,
  progress: (line: string) => void,
): Promise<{ report: BulkImportReport; peakRssMb: number }> {
  const result = await runLoader({ mode: 'bulk', settings, size, seed }, progress);
  if (result.mode !== 'bulk') throw new Error('the loader answered for another mode');
  return result;
}

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));
