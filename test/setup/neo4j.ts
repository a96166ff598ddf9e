import { GraphExecutor, migrate } from '@atlas/graph';
import { ensureNeo4j, loadDotEnv } from '@atlas/neo4j-local';
import type { TestProject } from 'vitest/node';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/** Starts (or reuses) the real Neo4j once for the run, migrates it, and stops it afterwards if we started it. */
export default async function setup(project: TestProject) {
  loadDotEnv();
  const neo4j = await ensureNeo4j((line) => console.log(`[neo4j] ${line}`));
  const { uri, user, password } = neo4j;
  const executor = new GraphExecutor({ uri, user, password });
  try {
    await migrate(executor);
  } finally {
    await executor.close();
  }
  project.provide('neo4j', { uri, user, password });
  return () => neo4j.release();
}
