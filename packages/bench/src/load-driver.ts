import autocannon from 'autocannon';
import { printResult } from './child';

/** The concurrent-load client: its own process (see concurrent.ts), so it takes no CPU from the API's event loop. */
export interface LoadDriverInput {
  url: string;
  connections: number;
  seconds: number;
  timeoutSeconds: number;
  operations: Array<{ name: string; body: string }>;
}

export interface LoadDriverResult {
  seconds: number;
  /** Requests answered within the window, and those still running when it closed (not counted anywhere else). */
  requests: number;
  unfinished: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** Connection errors and timeouts, non-2xx answers, and 200s that carry GraphQL errors. */
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  firstError: string | null;
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? '{}') as LoadDriverInput;
  let graphqlErrors = 0;
  let firstError: string | null = null;
  const result = await autocannon({
    url: input.url,
    connections: input.connections,
    duration: input.seconds,
    timeout: input.timeoutSeconds,
    // Each connection cycles through the mix, so every operation gets an equal share.
    requests: input.operations.map((operation) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: operation.body,
      onResponse: (status: number, body: string) => {
        if (status === 200 && !body.includes('"errors"')) return;
        graphqlErrors++;
        firstError ??= `${operation.name}: ${status} ${body.slice(0, 300)}`;
      },
    })),
  });
  const requests = result['2xx'] + result.non2xx;
  printResult({
    seconds: result.duration,
    requests,
    unfinished: Math.max(0, result.requests.sent - requests - result.errors),
    requestsPerSecond: Number((requests / result.duration).toFixed(1)),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: Number(result.latency.mean.toFixed(1)),
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    firstError,
  } satisfies LoadDriverResult);
}

main().catch((error) => {
  console.error(error?.stack ?? String(error));
  process.exit(1);
});
