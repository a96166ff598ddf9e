import { GraphExecutor, migrate } from '@atlas/graph';
import { ensureNeo4j } from '@atlas/neo4j-local';

export interface OpenGraph {
  executor: GraphExecutor;
  /** Closes the driver and stops Neo4j if this command started it. */
  close(): Promise<void>;
}

/** The configured Neo4j (external, running, or started for this command), verified and migrated. */
export async function openGraph(progress: (line: string) => void): Promise<OpenGraph> {
  const neo4j = await ensureNeo4j(progress);
  const executor = new GraphExecutor(neo4j);
  const close = async () => {
    await executor.close();
    await neo4j.release();
  };
  try {
    await executor.verify();
    await migrate(executor);
  } catch (error) {
    await close();
    throw error;
  }
  return { executor, close };
}
