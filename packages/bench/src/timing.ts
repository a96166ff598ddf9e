import { Agent, request } from 'node:http';
import type { BenchCase, QueryName } from './cases';

export interface Stats {
  n: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

/** One query measured both ways in the same run. */
export interface QueryTiming {
  name: QueryName;
  variants: string[];
  raw: Stats;
  graphql: Stats;
  /** GraphQL median ÷ raw median: what the API adds on top of the Cypher. */
  overheadRatio: number;
  /** The same raw call behind a bare HTTP server of its own (transport-floor.ts), when measured. */
  transport?: Stats;
  /** Transport-floor median ÷ raw median: what crossing a process over HTTP costs before any API code runs. */
  transportRatio?: number;
}

export interface TimingOptions {
  warmup: number;
  iterations: number;
  budgetSeconds: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 ? (sorted[Math.floor(mid)] as number) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const r = (x: number) => Number(x.toFixed(2));
  return {
    n: sorted.length,
    medianMs: r(median),
    p95Ms: r(percentile(sorted, 95)),
    minMs: r(sorted[0] ?? Number.NaN),
    maxMs: r(sorted.at(-1) ?? Number.NaN),
  };
}

/**
 * The benchmark's HTTP client: node:http over one kept-alive connection, not global `fetch`. Undici's fetch spends
 * a few tenths of a millisecond of the *client's* CPU per call (its streams, Headers and Response objects), which
 * GraphQL ÷ raw would charge to the API; the web app's browser keeps its connection alive as well.
 */
const agent = new Agent({ keepAlive: true });

/** POSTs one operation; anything but a 200 with data and no errors is a failure, never a timing. */
export async function postGraphql(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const payload = JSON.stringify({ query, variables });
  // A kept-alive connection the server closed while it sat idle fails at once: send again on a new one.
  const answer = await post(`${url}/graphql`, payload).catch((error: Error & { reusedSocket?: boolean }) => {
    if (error.reusedSocket) return post(`${url}/graphql`, payload);
    throw error;
  });
  const body = parseJson(answer.text) as { data?: unknown; errors?: unknown[] } | undefined;
  if (!body) throw new Error(`GraphQL ${answer.status}, not JSON: ${answer.text.slice(0, 500)}`);
  if (answer.status !== 200 || body.errors?.length || !body.data)
    throw new Error(`GraphQL ${answer.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

/** Asks the transport floor (transport-floor-child.ts) for variant `variant` of query `name`; a failure throws. */
export async function postCase(url: string, name: string, variant: number): Promise<unknown> {
  const payload = JSON.stringify({ name, variant });
  const answer = await post(`${url}/case`, payload).catch((error: Error & { reusedSocket?: boolean }) => {
    if (error.reusedSocket) return post(`${url}/case`, payload);
    throw error;
  });
  if (answer.status !== 200) throw new Error(`transport floor ${answer.status}: ${answer.text.slice(0, 500)}`);
  return (parseJson(answer.text) as { data?: unknown } | undefined)?.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function post(url: string, payload: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', (error: Error & { reusedSocket?: boolean }) => {
      error.reusedSocket = req.reusedSocket;
      reject(error);
    });
    req.end(payload);
  });
}

/** The side round `i` starts with: the variant's index plus the passes over the variants so far. */
export function firstSide(round: number, variants: number, sides: number): number {
  return ((round % variants) + Math.floor(round / variants)) % sides;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Warm-up, then rounds: each iteration calls the query through the driver, through the API and, with `floorUrl`,
 * through the transport floor, with the same arguments (variants rotate), so drift on a shared machine hits every
 * side alike. Which side goes first turns with the variant and once more per pass over the variants
 * (`firstSide`), so every variant is timed with every side first; turning with the round alone would tie each
 * side to one variant whenever there are as many variants as sides.
 */
export async function measureCase(
  testCase: BenchCase,
  apiUrl: string,
  options: TimingOptions,
  floorUrl?: string,
): Promise<QueryTiming> {
  const { name, variants, document } = testCase;
  const variant = (i: number) => i % variants.length;
  const sides = [
    { samples: [] as number[], call: (i: number) => variants[variant(i)]?.raw() ?? Promise.resolve() },
    {
      samples: [] as number[],
      call: (i: number) => postGraphql(apiUrl, document, variants[variant(i)]?.variables ?? {}),
    },
    ...(floorUrl ? [{ samples: [] as number[], call: (i: number) => postCase(floorUrl, name, variant(i)) }] : []),
  ];
  const round = async (i: number, record: boolean) => {
    for (let k = 0; k < sides.length; k++) {
      const side = sides[(firstSide(i, variants.length, sides.length) + k) % sides.length] as (typeof sides)[number];
      const took = await timed(() => side.call(i));
      if (record) side.samples.push(took);
    }
  };
  for (let i = 0; i < options.warmup; i++) await round(i, false);
  const deadline = performance.now() + options.budgetSeconds * 1000;
  // At least one round per variant unless the iteration count says fewer, even past the budget.
  const minimum = Math.min(options.iterations, variants.length);
  for (let i = 0; i < options.iterations && (i < minimum || performance.now() < deadline); i++) await round(i, true);
  const [raw, graphql, transport] = sides.map((side) => stats(side.samples)) as [Stats, Stats, Stats | undefined];
  const ratio = (of: Stats) => Number((of.medianMs / raw.medianMs).toFixed(3));
  return {
    name,
    variants: variants.map((v) => v.label),
    raw,
    graphql,
    overheadRatio: ratio(graphql),
    ...(transport ? { transport, transportRatio: ratio(transport) } : {}),
  };
}
