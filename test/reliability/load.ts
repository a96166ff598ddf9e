/**
 * Load (issue #8): C concurrent clients on loopback for S seconds, mixing the map and analytics reads people use
 * (chainMap, gaps, industries with KPIs, searchCompanies, demands) with demand posts by a signed-in chain leader;
 * then every acknowledged demand must be readable through the API. The rate limit is raised through config.
 *
 *   pnpm reliability:load [--clients 200] [--seconds 60]     against the configured Neo4j (started or reused)
 */
import { join } from 'node:path';
import { GraphExecutor, migrate, readIndustryDefinitions, seedDemo } from '@atlas/graph';
import { ensureNeo4j, loadDotEnv, repoRoot } from '@atlas/neo4j-local';
import { type RunningApi, startApi } from './lib/api';
import { createWorld, newWorld, removeWorld, type World } from './lib/fixtures';
import { percentile, summary } from './lib/summary';
import { codesText, postDemand, startClients, type TrafficReport, timed } from './lib/traffic';

export interface LoadOptions {
  clients: number;
  seconds: number;
  log?: (line: string) => void;
}

export interface LoadReport {
  requests: number;
  errors: number;
  p50: number;
  p99: number;
  perSecond: number;
  acknowledged: number;
  lost: number;
}

const SEARCH_TERMS = ['金山', '电池', '示例', '科技', '材料', '上海', 'Shanghai', '可靠性'];

/** Reads and writes in the proportions of a busy day: mostly maps and searches, one request in ten a post. */
function mixedStep(world: World, token: string) {
  let n = 0;
  return async (api: RunningApi, report: TrafficReport, client: number) => {
    const pick = (n++ * 7 + client) % 10;
    const industryId = ['icv', 'energy', 'chem', 'equip'][client % 4];
    if (pick === 0) return postDemand(api, report, world, token);
    const [query, variables] = (
      [
        [
          'query($i: ID!) { chainMap(industryId: $i) { segments { id status localCount } flows { from to } } }',
          { i: industryId },
        ],
        ['query($i: ID!) { chainMap(industryId: $i, radius: YRD) { segments { id status } } }', { i: industryId }],
        [
          'query($i: ID!) { gaps(industryId: $i) { priority status segment { id } factors { factor contribution } } }',
          { i: industryId },
        ],
        ['{ industries { id name kpis { coverage localSupportRate missing weak } } }', {}],
        [
          'query($q: String!) { searchCompanies(query: $q, first: 10) { totalCount nodes { id name district } } }',
          { q: SEARCH_TERMS[n % SEARCH_TERMS.length] },
        ],
        [
          'query($q: String!) { searchCompanies(query: $q, radius: YRD) { totalCount } }',
          { q: SEARCH_TERMS[(n + 3) % SEARCH_TERMS.length] },
        ],
        ['{ demands(first: 20) { totalCount nodes { id title status poster { name } } } }', {}],
        ['query($p: ID) { demands(posterId: $p, first: 10) { totalCount nodes { id } } }', { p: world.leaderId }],
        ['{ industries { id } }', {}],
      ] as const
    )[pick - 1] as readonly [string, Record<string, unknown>];
    await timed(report, () => api.gql(query, variables));
  };
}

export async function runLoad(executor: GraphExecutor, options: LoadOptions): Promise<LoadReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const world = newWorld('load');
  await createWorld(executor, world);
  const api = await startApi(executor, { ATLAS_RATE_LIMIT: '10000000' });
  try {
    const token = await api.login(world.usernames.CHAIN_LEADER, world.password);
    // One sequential round first: query plans and page cache warm, so the run measures serving, not compiling.
    const warm = mixedStep(world, token);
    const discard: TrafficReport = { requests: 0, codes: new Map(), latenciesMs: [], acknowledged: new Set() };
    for (let i = 0; i < 10; i++) await warm(api, discard, 0);
    log(`load: ${options.clients} clients for ${options.seconds} s on ${api.base} …`);
    const started = performance.now();
    const clients = startClients(api, options.clients, mixedStep(world, token));
    await new Promise((resolve) => setTimeout(resolve, options.seconds * 1000));
    const report = await clients.stop();
    const elapsed = (performance.now() - started) / 1000;
    const errors = report.requests - (report.codes.get('ok') ?? 0);
    log(`answers: ${codesText(report.codes)}`);
    const readable = await readableDemands(api, world);
    const lost = [...report.acknowledged].filter((id) => !readable.has(id)).length;
    return {
      requests: report.requests,
      errors,
      p50: percentile(report.latenciesMs, 50),
      p99: percentile(report.latenciesMs, 99),
      perSecond: report.requests / elapsed,
      acknowledged: report.acknowledged.size,
      lost,
    };
  } finally {
    await api.close();
    await removeWorld(executor, world);
  }
}

/** Every demand of the world's chain leader, read back page by page through the API. */
async function readableDemands(api: RunningApi, world: World): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  for (let page = 0; page < 10_000; page++) {
    const result: Awaited<ReturnType<typeof api.gql<DemandPage>>> = await api.gql<DemandPage>(
      'query($p: ID, $a: String) { demands(posterId: $p, first: 100, after: $a) { nodes { id } pageInfo { hasNextPage endCursor } } }',
      { p: world.leaderId, a: after },
    );
    if (!result.data) throw new Error(`reading demands back failed: ${JSON.stringify(result.errors)}`);
    for (const node of result.data.demands.nodes) ids.add(node.id);
    if (!result.data.demands.pageInfo.hasNextPage) break;
    after = result.data.demands.pageInfo.endCursor;
  }
  return ids;
}
type DemandPage = {
  demands: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

export function printLoad(report: LoadReport): number {
  summary(
    `load: ${report.requests} requests (${Math.round(report.perSecond)}/s), ${report.errors} errors, ` +
      `p50 ${Math.round(report.p50)} ms, p99 ${Math.round(report.p99)} ms, ` +
      `acknowledged writes lost: ${report.lost} of ${report.acknowledged}`,
  );
  return report.errors === 0 && report.lost === 0 && report.acknowledged > 0 ? 0 : 1;
}

/** A database without the industries gets the industries and a small synthetic demo, so the reads have work to do. */
export async function ensureLoadData(executor: GraphExecutor, log: (line: string) => void): Promise<void> {
  const [row] = await executor.read<{ n: number }>('load', "MATCH (i:Industry {id: 'icv'}) RETURN count(i) AS n");
  if ((row?.n ?? 0) > 0) return;
  log('load: empty graph, seeding a small demo (industries + 1,000 firms) …');
  await seedDemo(executor, readIndustryDefinitions(join(repoRoot, 'data/industries')), { size: 1_000 });
}

async function main(args: string[]): Promise<number> {
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  loadDotEnv();
  const neo4j = await ensureNeo4j((line) => console.log(`[neo4j] ${line}`));
  const executor = new GraphExecutor(neo4j);
  try {
    await migrate(executor);
    await ensureLoadData(executor, console.log);
    return printLoad(await runLoad(executor, { clients: option('clients', 200), seconds: option('seconds', 60) }));
  } finally {
    await executor.close();
    await neo4j.release();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
