import {
  type Crosswalk,
  crosswalkOptions,
  DEFAULT_SEED,
  DEMO_SIZE,
  type EnterpriseBatch,
  generateEnterpriseBatches,
  type IndustryDefinition,
  planSynthetic,
  syntheticCompanyId,
} from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphExecutor } from '../executor';
import { loadDemoExtras } from './demo-extras';
import {
  upsertCapabilities,
  upsertCertifications,
  upsertCompanies,
  upsertDemands,
  upsertHoldings,
  upsertParks,
  upsertSupplies,
} from './enterprises';
import { type IndustryLoadReport, loadIndustries } from './industries';
import { repositoryCrosswalk } from './repository-crosswalk';

export interface SeedOptions {
  size?: number;
  seed?: number;
  /** Companies per batch; each batch is two write transactions, its companies and then their edges. */
  batchSize?: number;
  progress?: (line: string) => void;
  /** Shared segments and cross-industry feeds (`crosswalk.yaml`); the repository's when not given. */
  crosswalk?: Crosswalk;
}

/** What a seed run wrote; nodes and relationships count what the Cypher touched (MERGE: created or matched). */
export interface SeedReport {
  industries: IndustryLoadReport;
  parks: number;
  companies: number;
  capabilities: number;
  certifications: number;
  holdings: number;
  supplies: number;
  demands: number;
  nodes: number;
  relationships: number;
  seconds: number;
}

/** The graph holds synthetic firms of a different seed; MERGE would mix the two sets and break the gaps. */
export class SeedMismatchError extends Error {
  override name = 'SeedMismatchError';
}

const BATCH_SIZE = 5000;

/**
 * Loads the industries, then the synthetic enterprise set in batches of UNWIND writes (see below). Every
 * write is a MERGE on ids that do not depend on the size, so seeding again changes nothing and a larger run
 * (the benchmark) extends the demo set instead of duplicating it.
 */
export async function seedDemo(
  executor: GraphExecutor,
  definitions: IndustryDefinition[],
  options: SeedOptions = {},
): Promise<SeedReport> {
  const { size = DEMO_SIZE, seed = DEFAULT_SEED, batchSize = BATCH_SIZE, progress = () => {} } = options;
  const started = performance.now();
  const crosswalk = options.crosswalk ?? repositoryCrosswalk();
  const minimum = checkDemoSize(definitions, size, seed, crosswalk);
  await assertSameSeed(executor, definitions, seed, minimum, crosswalk);
  const industries = await loadIndustries(executor, definitions, crosswalk);
  progress(`industries: ${industries.industries} with ${industries.segments} segments`);

  const report: SeedReport = {
    industries,
    parks: 0,
    companies: 0,
    capabilities: 0,
    certifications: 0,
    holdings: 0,
    supplies: 0,
    demands: 0,
    nodes: 0,
    relationships: 0,
    seconds: 0,
  };
  const now = new Date().toISOString();
  const add = (batch: EnterpriseBatch, written: Partial<Written>) => {
    for (const [key, n] of Object.entries(written) as Array<[keyof Written, number]>) report[key] += n;
    report.nodes += (written.parks ?? 0) + (written.companies ?? 0) + (written.demands ?? 0);
    // LOCATED_IN, OPERATES_IN, CERTIFIED, HOLDS, SUPPLIES, POSTED + NEEDS (certification nodes are a handful).
    report.relationships +=
      (written.companies ? batch.companies.filter((c) => c.park).length : 0) +
      (written.capabilities ?? 0) +
      (written.certifications ?? 0) +
      (written.holdings ?? 0) +
      (written.supplies ?? 0) +
      2 * (written.demands ?? 0);
  };
  const reportProgress = () => {
    const perSecond = (report.nodes + report.relationships) / ((performance.now() - started) / 1000);
    progress(
      `companies ${report.companies.toLocaleString('en')}/${size.toLocaleString('en')} · ` +
        `${Math.round(perSecond).toLocaleString('en')} nodes+relationships/s`,
    );
  };

  // Two transactions per batch, pipelined: batch k's edges are written while batch k+1's companies are. They
  // lock disjoint nodes (new companies vs. companies, segments, certifications and technologies already there),
  // so they never deadlock, and edges only ever point at companies of batches ≤ k, committed by then.
  let edges: Promise<void> = Promise.resolve();
  // The crosswalk's feeds let firms supply across industries, and its shared segments are never planned as gaps;
  // the bulk files (cli bulk-load.ts) pass the same.
  const generate = { industries: definitions, size, seed, batchSize, ...crosswalkOptions(crosswalk) };
  for (const batch of generateEnterpriseBatches(generate)) {
    const companies = executor.writeTx('seed-companies', (tx) => writeCompanies(tx, batch, now));
    const [written] = await Promise.all([companies, edges]);
    add(batch, written);
    edges = executor
      .writeTx('seed-edges', (tx) => writeEdges(tx, batch))
      .then((counts) => {
        add(batch, counts);
        reportProgress();
      });
  }
  await edges;
  await loadDemoExtras(executor, progress);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

type Written = Pick<
  SeedReport,
  'parks' | 'companies' | 'capabilities' | 'certifications' | 'holdings' | 'supplies' | 'demands'
>;

/** The companies of one batch; parks first, because companies link to them by name. */
async function writeCompanies(tx: ManagedTransaction, batch: EnterpriseBatch, now: string): Promise<Partial<Written>> {
  return {
    parks: batch.parks.length ? await upsertParks(tx, batch.parks) : 0,
    companies: await upsertCompanies(tx, batch.companies, now),
  };
}

/** Everything the batch's companies point at; demands (last batch only) need their posting leaders, long written. */
async function writeEdges(tx: ManagedTransaction, batch: EnterpriseBatch): Promise<Partial<Written>> {
  return {
    capabilities: await upsertCapabilities(tx, batch.capabilities),
    certifications: await upsertCertifications(tx, batch.certifications),
    holdings: await upsertHoldings(tx, batch.holdings),
    supplies: await upsertSupplies(tx, batch.supplies),
    demands: batch.demands.length ? await upsertDemands(tx, batch.demands) : 0,
  };
}

/** The smallest synthetic set of a seed: its chain leaders and gap anchors; a RangeError below it. */
export function checkDemoSize(
  definitions: IndustryDefinition[],
  size: number,
  seed: number,
  crosswalk: Crosswalk = repositoryCrosswalk(),
): number {
  const minimum = planSynthetic(definitions, seed, crosswalkOptions(crosswalk).sharedSegments).anchors.length;
  if (!Number.isSafeInteger(size) || size < minimum)
    throw new RangeError(`the demo size must be at least ${minimum}: chain leaders and gap anchors take that many`);
  return minimum;
}

/** True when no industry has been loaded yet: the signal for `pnpm start` to load the demo. */
export async function isGraphEmpty(executor: GraphExecutor): Promise<boolean> {
  const [row] = await executor.read<{ n: number }>('is-graph-empty', 'MATCH (i:Industry) RETURN count(i) AS n');
  return (row?.n ?? 0) === 0;
}

/** Compares the stored first synthetic firm with the one this seed generates. */
async function assertSameSeed(
  executor: GraphExecutor,
  definitions: IndustryDefinition[],
  seed: number,
  anchors: number,
  crosswalk: Crosswalk,
): Promise<void> {
  const id = syntheticCompanyId(0);
  const [stored] = await executor.read<{ name: string; lat: number; lon: number }>(
    'seed-check',
    'MATCH (c:Company {id: $id}) RETURN c.name AS name, c.lat AS lat, c.lon AS lon',
    { id },
  );
  if (!stored) return;
  const [first] = generateEnterpriseBatches({
    industries: definitions,
    size: anchors,
    seed,
    ...crosswalkOptions(crosswalk),
  });
  const expected = first?.companies[0];
  if (expected && (expected.name !== stored.name || expected.lat !== stored.lat || expected.lon !== stored.lon))
    throw new SeedMismatchError(
      `the graph holds synthetic firms from another seed (${id} is "${stored.name}"): ` +
        `replace them with "pnpm atlas seed --seed ${seed} --replace", or seed with the seed they came from`,
    );
}

/**
 * Deletes synthetic companies (with their edges and demands) from index `from` on: 0 clears the set, the demo
 * size keeps the demo and drops what a benchmark added. Chunked, so a million firms fit in transaction memory.
 */
export async function removeSyntheticData(
  executor: GraphExecutor,
  options: { from?: number; progress?: (line: string) => void } = {},
): Promise<number> {
  const { from = 0, progress = () => {} } = options;
  let removed = 0;
  for (;;) {
    const [row] = await executor.write<{ n: number }>(
      'seed-remove',
      // Ids are zero-padded, so string order is index order (and longer ids, past 10^7, sort after).
      `MATCH (c:Company) WHERE c.id STARTS WITH 'syn-' AND c.id >= $fromId AND c.synthetic = true
       WITH c LIMIT 10000
       OPTIONAL MATCH (c)-[:POSTED]->(d:Demand)
       WITH collect(DISTINCT c) AS companies, collect(DISTINCT d) AS demands
       FOREACH (d IN demands | DETACH DELETE d)
       FOREACH (c IN companies | DETACH DELETE c)
       RETURN size(companies) AS n`,
      { fromId: syntheticCompanyId(from) },
    );
    const n = row?.n ?? 0;
    removed += n;
    if (n === 0) break;
    progress(`removed ${removed.toLocaleString('en')} synthetic companies`);
  }
  // The demo extras (load/demo-extras.ts) go with the whole set: an event without its firms would linger.
  if (from === 0)
    await executor.write(
      'seed-remove-extras',
      `OPTIONAL MATCH (e:Event {synthetic: true}) OPTIONAL MATCH (e)-[:HAS_MEETING]->(m:Meeting) DETACH DELETE m, e
       WITH count(*) AS done
       OPTIONAL MATCH (s:Site {synthetic: true}) DETACH DELETE s`,
    );
  return removed;
}
