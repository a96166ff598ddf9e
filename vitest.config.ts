import { defineConfig } from 'vitest/config';

/**
 * unit: pure code, no services. integration: real Neo4j (started by the global setup unless NEO4J_URI is set);
 * files isolate themselves by unique ids, so they run in parallel.
 */
export default defineConfig({
  // graphql ships CJS (main) and ESM (module) without an exports map: Node loads the CJS copy for libraries, so
  // our inlined sources must use it too, or schema types from "another realm" fail instanceof checks.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['packages/*/src/**/*.int.test.ts', 'test/integration/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          // Bad input and security (issue #8): fuzzing and attacks against the real API and importer.
          name: 'reliability',
          include: ['test/reliability/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          // Headless Chromium against the platform and demo data (test/browser/platform-setup.ts), a file at a time.
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts', 'test/browser/platform-setup.ts'],
          fileParallelism: false,
          expect: { poll: { timeout: 20_000, interval: 100 } },
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
