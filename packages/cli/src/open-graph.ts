import { GraphExecutor, migrate } from '@atlas/graph';
import { ensureNeo4j } from '@atlas/neo4j-local';

/** A verified, migrated executor, and what to do when done with it. */
export interface OpenGraph {
  executor: GraphExecutor;
  /** Closes the driver and stops Neo4j if this command started it. */
  close(): Promise<void>;
}

/** How commands get their graph; tests pass one of their own. */
export type GraphOpener = (progress: (line: string) => void) => Promise<OpenGraph>;

/**
 * The one way every command gets its graph: the configured Neo4j (external, running, or started for this command),
 * verified and migrated, so ids are unique before anything MERGEs.
 */
export const openGraph: GraphOpener = async (progress) => {
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
};

/** Runs `work` on an opened graph and closes it afterwards, whatever happens. */
export async function withGraph<T>(
  open: GraphOpener,
  progress: (line: string) => void,
  work: (graph: OpenGraph) => Promise<T>,
): Promise<T> {
  const graph = await open(progress);
  try {
    return await work(graph);
  } finally {
    await graph.close();
  }
}
