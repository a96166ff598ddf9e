import { defineConfig } from 'vitest/config';

/**
 * unit: pure code, no services. integration: real Neo4j (started by the global setup unless NEO4J_URI is set);
 * files isolate themselves by unique ids, so they run in parallel.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/*/src/**/*.int.test.ts', 'test/integration/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
