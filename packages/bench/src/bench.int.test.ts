import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@atlas/config';
import { afterAll, describe, expect, it } from 'vitest';
import { QUERY_NAMES } from './cases';
import { benchAndReport } from './commands/query';
import { checkTargets, renderSection } from './markdown';
import { defaultOptions } from './options';
import { latestBySize } from './results';

/**
 * A tiny run of the real benchmark code (its own Neo4j on 7798, API on 4798 and transport floor on 4898, 300 firms,
 * 3 iterations, a 2 s concurrent load) so `pnpm bench` cannot rot. It checks structure only: timings depend on the machine.
 */
describe('pnpm bench (smoke)', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('measures every query both ways, the load and the concurrent run', { timeout: 600_000 }, async () => {
    const lines: string[] = [];
    const options = {
      ...defaultOptions((line: string) => lines.push(line)),
      sizes: [300],
      warmup: 1,
      iterations: 3,
      caseBudgetSeconds: 10,
      connections: 4,
      loadSeconds: 2,
      neo4jPort: 7798,
      apiPort: 4798,
      floorPort: 4898,
      home: join(repoRoot, '.atlas/bench-smoke'),
      outDir,
      markdownFile: join(outDir, 'BENCHMARKS.md'),
    };
    const { run, file } = await benchAndReport(options, 'smoke');

    expect(existsSync(file)).toBe(true);
    const [size] = run.sizes;
    expect(run.sizes).toHaveLength(1);
    // The queries ran on a bulk-imported store; the Cypher loader loaded the same set on a store of its own.
    expect(size?.load).toMatchObject({ method: 'bulk', companies: 300 });
    expect(size?.load.perSecond).toBeGreaterThan(0);
    expect(size?.load.loaderPeakRssMb).toBeGreaterThan(0);
    expect(Object.keys(size?.load.phases ?? {})).toEqual(['files', 'import', 'start', 'indexes', 'industries']);
    expect(size?.transactionalLoad).toMatchObject({ method: 'transactional', companies: 300 });
    expect(size?.transactionalLoad?.nodes).toBe(size?.load.nodes);
    expect(size?.transactionalLoad?.relationships).toBe(size?.load.relationships);
    expect(size?.queries.map((q) => q.name)).toEqual([...QUERY_NAMES]);
    for (const q of size?.queries ?? []) {
      expect(q.raw.n, q.name).toBe(3);
      expect(q.graphql.n, q.name).toBe(3);
      expect(Number.isFinite(q.overheadRatio) && q.overheadRatio > 0, q.name).toBe(true);
      // The transport floor answered every call of the same variants (a failure there throws, never times).
      expect(q.transport?.n, q.name).toBe(3);
      expect(Number.isFinite(q.transportRatio) && (q.transportRatio ?? 0) > 0, q.name).toBe(true);
    }
    expect(size?.apiFloorMs).toBeGreaterThan(0);
    expect(size?.concurrent.requests).toBeGreaterThan(0);
    expect(size?.concurrent.totalErrors).toBe(0);
    expect(size?.concurrentMatching?.requests).toBeGreaterThan(0);
    expect(size?.concurrentMatching?.totalErrors).toBe(0);
    expect(size?.concurrentCached?.requests).toBeGreaterThan(0);
    expect(size?.concurrentCached?.totalErrors).toBe(0);
    expect(size?.concurrentMatchingCached?.requests).toBeGreaterThan(0);
    expect(size?.memory.api?.peakRssMb).toBeGreaterThan(0);
    expect(size?.memory.neo4j?.peakRssMb).toBeGreaterThan(0);
    expect(run.machine.nproc).toBeGreaterThan(0);

    const { sizes } = latestBySize(outDir);
    expect(sizes.map((s) => s.size)).toEqual([300]);
    expect(checkTargets(sizes).map((t) => t.target)).toHaveLength(5);
    const markdown = readFileSync(join(outDir, 'BENCHMARKS.md'), 'utf8');
    expect(markdown).toContain(renderSection(sizes, run.machine));
    for (const name of QUERY_NAMES) expect(markdown).toContain(`\`${name}\``);
    expect(markdown).toMatch(/\| 300 \| bulk \|.*files .* · import .* · start .* · indexes .* · industries /);
    expect(markdown).toMatch(/\| 300 \| transactional \|/);
  });
});
