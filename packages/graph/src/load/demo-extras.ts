import type { GraphExecutor } from '../executor';
import { demoEventExtra } from './demo-event';
import { demoOutcomesExtra } from './demo-outcomes';
import { demoServiceRequestsExtra } from './demo-service-requests';
import { demoSitesExtra } from './demo-sites';

/**
 * Demo-only data written after the synthetic firms (an upcoming 对接会, the parks' plots and floors, recorded
 * outcomes…): each is synthetic, marked so, and idempotent (MERGE on fixed ids). Production never runs them.
 */
export interface DemoExtra {
  name: string;
  /** Returns a one-line summary for the progress output ("1 event, 24 registrations"). */
  load(executor: GraphExecutor): Promise<string>;
}

export const DEMO_EXTRAS: DemoExtra[] = [demoSitesExtra, demoEventExtra, demoOutcomesExtra, demoServiceRequestsExtra];

export async function loadDemoExtras(
  executor: GraphExecutor,
  progress: (line: string) => void = () => {},
): Promise<void> {
  for (const extra of DEMO_EXTRAS) progress(`${extra.name}: ${await extra.load(executor)}`);
}
