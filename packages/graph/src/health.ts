import type { GraphExecutor } from './executor';

export type DatabaseHealth =
  | { state: 'up'; uri: string; version: string; edition: string; latencyMs: number }
  | { state: 'down'; uri: string; error: string };

/** One cheap round trip that also tells which server answers. */
export async function probeHealth(executor: GraphExecutor): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    const [row] = await executor.peek<{ version: string; edition: string }>(
      'health',
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
    );
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return {
      state: 'up',
      uri: executor.uri,
      version: row?.version ?? 'unknown',
      edition: row?.edition ?? 'unknown',
      latencyMs,
    };
  } catch (error) {
    return { state: 'down', uri: executor.uri, error: (error as Error).message };
  }
}
