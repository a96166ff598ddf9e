import { fileURLToPath } from 'node:url';
import { childResult, spawnTs } from './child';
import type { LoadChildInput, LoadChildResult } from './load-child';
import type { BenchStore } from './store';

export interface LoadResult {
  size: number;
  /** Wall clock of the whole seed, and of the firms alone (after the industries' fixed structure). */
  seconds: number;
  firmSeconds: number;
  nodes: number;
  relationships: number;
  /** Nodes + relationships of the firms written per second of the firm phase. */
  perSecond: number;
  companies: number;
  supplies: number;
  /** Peak RSS of the loading process (a child of the benchmark, so nothing else counts). */
  loaderPeakRssMb: number;
}

const ENTRY = fileURLToPath(new URL('./load-child.ts', import.meta.url));

/** Generates and loads `size` synthetic firms into the (empty) bench store from a separate process. */
export async function loadDataSet(
  store: BenchStore,
  size: number,
  seed: number,
  progress: (line: string) => void,
): Promise<LoadResult> {
  const input: LoadChildInput = { uri: store.uri, user: store.user, password: store.password, size, seed };
  const child = spawnTs(ENTRY, [JSON.stringify(input)]);
  const { report, industrySeconds, peakRssMb } = await childResult<LoadChildResult>(child, 'the loader', (line) =>
    progress(`  ${line}`),
  );
  const firmSeconds = report.seconds - industrySeconds;
  return {
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

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));
