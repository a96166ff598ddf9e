import type { Env } from '@atlas/config';
import type { Progress } from './artifacts';
import { startLocalNeo4j } from './server';
import { type Neo4jTarget, resolveTarget } from './settings';

export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  target: Neo4jTarget['kind'];
  /** Stops the server if this process started it; a no-op for external or reused servers. */
  release(): Promise<void>;
}

/** The one entry point for "give me a Neo4j": the configured external server, or a local one started or reused. */
export async function ensureNeo4j(progress: Progress, env: Env = process.env): Promise<RunningNeo4j> {
  const target = resolveTarget(env);
  const { uri, user, password } = target;
  if (target.kind === 'external') return { uri, user, password, target: 'external', release: async () => {} };
  const server = await startLocalNeo4j(target.local, { password, progress });
  return { uri, user, password, target: 'local', release: () => server.stop() };
}
