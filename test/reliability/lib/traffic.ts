import { outcome, POST_DEMAND, type RunningApi } from './api';
import type { World } from './fixtures';

/** What a set of client loops saw: answers by code, latencies, and the demands the API acknowledged. */
export interface TrafficReport {
  requests: number;
  codes: Map<string, number>;
  latenciesMs: number[];
  acknowledged: Set<string>;
}

export type Step = (api: RunningApi, report: TrafficReport, client: number) => Promise<void>;

/** Runs `clients` loops of `step` until `stop()` resolves them; each loop waits for its answer before the next. */
export function startClients(api: RunningApi, clients: number, step: Step, pauseMs = 0) {
  const report: TrafficReport = { requests: 0, codes: new Map(), latenciesMs: [], acknowledged: new Set() };
  let running = true;
  const loops = Array.from({ length: clients }, async (_, client) => {
    while (running) {
      await step(api, report, client);
      if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  });
  return {
    report,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return report;
    },
  };
}

/** One timed GraphQL call, counted by its outcome code. */
export async function timed(report: TrafficReport, call: () => Promise<{ status: number; errors?: unknown[] }>) {
  const started = performance.now();
  let code: string;
  let result: Awaited<ReturnType<typeof call>> | undefined;
  try {
    result = await call();
    code = outcome(result as never);
  } catch (error) {
    code = `NETWORK ${(error as Error).message}`;
  }
  report.latenciesMs.push(performance.now() - started);
  report.requests++;
  report.codes.set(code, (report.codes.get(code) ?? 0) + 1);
  return { code, result };
}

let serial = 0;
/** Posts one demand as the world's chain leader; an OK answer is an acknowledged write. */
export async function postDemand(api: RunningApi, report: TrafficReport, world: World, token: string) {
  const n = ++serial;
  const { code, result } = await timed(report, () =>
    api.gql<{ postDemand: { id: string } }>(
      POST_DEMAND,
      {
        input: {
          title: `可靠性需求 ${n}`,
          segmentId: world.segments[n % 2],
          quantity: n,
          unit: '件',
          requiredCerts: [],
          radius: 'YRD',
        },
      },
      token,
    ),
  );
  const id = (result as { data?: { postDemand?: { id: string } } } | undefined)?.data?.postDemand?.id;
  if (code === 'ok' && id) report.acknowledged.add(id);
}

export const codesText = (codes: Map<string, number>) =>
  [...codes].map(([code, count]) => `${code} ${count}`).join(', ') || 'none';
