import { randomUUID } from 'node:crypto';
import { GraphExecutor } from '@atlas/graph';
import { afterAll, inject } from 'vitest';

/** An executor on the test Neo4j, closed after the file. */
export function testExecutor(): GraphExecutor {
  const executor = new GraphExecutor(inject('neo4j'));
  afterAll(() => executor.close());
  return executor;
}

/**
 * A unique id prefix for one test file: every node it creates carries it in `id`, so files running in
 * parallel never see each other's data, and cleanup deletes exactly what the file made.
 */
export function testScope(name: string): {
  prefix: string;
  id(local: string): string;
  cleanup(executor: GraphExecutor): Promise<void>;
} {
  const prefix = `t-${name}-${randomUUID().slice(0, 8)}`;
  return {
    prefix,
    id: (local) => `${prefix}.${local}`,
    cleanup: async (executor) => {
      await executor.write('test-cleanup', 'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
    },
  };
}
