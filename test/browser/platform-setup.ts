import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GraphExecutor, readIndustryDefinitions, seedDemo } from '@atlas/graph';
import { freePort, repoRoot } from '@atlas/neo4j-local';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    platform: { url: string };
  }
}

/**
 * The browser tests' platform: the demo data loaded into the test Neo4j (idempotent), the web app built if it is
 * not, and `pnpm start`'s server run as a child on a free port against that Neo4j. Runs after test/setup/neo4j.ts (vitest.config.ts, project browser).
 */
export default async function setup(project: TestProject) {
  const neo4j = project.getProvidedContext().neo4j;
  const executor = new GraphExecutor(neo4j);
  try {
    const report = await seedDemo(executor, readIndustryDefinitions(join(repoRoot, 'data/industries')));
    console.log(`[platform] demo data: ${report.companies} companies in ${report.seconds.toFixed(1)} s`);
  } finally {
    await executor.close();
  }
  if (!existsSync(join(repoRoot, 'packages/web/dist/index.html')))
    execFileSync('pnpm', ['--filter', '@atlas/web', 'build'], { cwd: repoRoot, stdio: 'inherit' });

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/api/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      ATLAS_PORT: String(port),
      ATLAS_HOST: '127.0.0.1',
      ATLAS_MODE: 'demo',
      // One browser makes many requests from one address; the limiter has its own tests.
      ATLAS_RATE_LIMIT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  try {
    await waitUntilUp(url, child);
  } catch (error) {
    child.kill('SIGINT');
    throw new Error(`${(error as Error).message}\n${output.join('')}`);
  }
  project.provide('platform', { url });
  return () => stop(child);
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the platform exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the platform did not answer on ${url}/healthz within 120 s`);
}

/** SIGINT is `pnpm start`'s Ctrl-C: it closes the server and leaves the (external) Neo4j running. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timeout);
}
