/**
 * `npx tsx test/browser/measure-layout.ts [segments] [firms]`: how long a chain map of 500 segments and 2,000 firm
 * nodes takes to lay out and answer a tap in headless Chromium, and how big the production bundle is. A script, not
 * a test: timings depend on the machine. Prints Markdown for README's Benchmarks section.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './browser';

const root = new URL('../../', import.meta.url).pathname;
const web = join(root, 'packages/web');
const segments = Number(process.argv[2] ?? 500);
const firms = Number(process.argv[3] ?? 2000);
const RUNS = 3;

interface Timing {
  nodes: number;
  edges: number;
  layoutMs: number;
  interactiveMs: number;
  tapMs: number;
  phases: Record<string, number>;
}

async function buildHarness(outDir: string): Promise<void> {
  // Vite is the web package's dependency: load it from there.
  const viteUrl = pathToFileURL(createRequire(join(web, 'package.json')).resolve('vite')).href;
  const vite = (await import(viteUrl)) as { build(config: Record<string, unknown>): Promise<unknown> };
  await vite.build({
    root: web,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: join(web, 'bench.html') },
    },
  });
}

function serve(dir: string): Promise<{ url: string; close(): void }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = join(dir, new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/$/, '/bench.html'));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }),
    ),
  );
}

function bundleSizes(): {
  initialKb: number;
  initialGzKb: number;
  totalKb: number;
  totalGzKb: number;
  chainKb: number;
} {
  const assets = join(web, 'dist/assets');
  const html = readFileSync(join(web, 'dist/index.html'), 'utf8');
  let initial = 0;
  let initialGz = 0;
  let total = 0;
  let totalGz = 0;
  let chain = 0;
  for (const file of readdirSync(assets)) {
    const bytes = readFileSync(join(assets, file));
    const gz = gzipSync(bytes).length;
    total += statSync(join(assets, file)).size;
    totalGz += gz;
    if (html.includes(file)) {
      initial += bytes.length;
      initialGz += gz;
    }
    if (file.startsWith('ChainMapPage')) chain += gz;
  }
  const kb = (n: number) => Math.round(n / 1024);
  return {
    initialKb: kb(initial),
    initialGzKb: kb(initialGz),
    totalKb: kb(total),
    totalGzKb: kb(totalGz),
    chainKb: kb(chain),
  };
}

async function main(): Promise<void> {
  const outDir = join(root, 'node_modules/.cache/atlas-layout-bench');
  await buildHarness(outDir);
  const server = await serve(outDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const runs: Timing[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(server.url);
      await page.waitForFunction(() => 'measureChainLayout' in window);
      runs.push(
        await page.evaluate(
          ([s, f]) =>
            (window as unknown as { measureChainLayout(s: number, f: number): Promise<Timing> }).measureChainLayout(
              s,
              f,
            ),
          [segments, firms] as const,
        ),
      );
      await page.close();
    }
    const median = (pick: (t: Timing) => number) =>
      runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0;
    const first = runs[0] as Timing;
    console.log(
      'phases (ms since start):',
      JSON.stringify(first.phases, (_k, v) => (typeof v === 'number' ? Math.round(v) : v)),
    );
    const sizes = bundleSizes();
    console.log(
      `Chain map, ${segments} segments + ${firms} firm nodes (${first.nodes} nodes, ${first.edges} edges), median of ${RUNS} runs in headless Chromium:`,
    );
    console.log(`| layout done | interactive (first frame drawn) | tap → selected and redrawn |`);
    console.log(`| --- | --- | --- |`);
    console.log(
      `| ${Math.round(median((t) => t.layoutMs))} ms | ${Math.round(median((t) => t.interactiveMs))} ms | ${Math.round(median((t) => t.tapMs))} ms |`,
    );
    console.log(
      `\nProduction bundle (packages/web/dist): first load ${sizes.initialKb} kB (${sizes.initialGzKb} kB gzip); all assets ${sizes.totalKb} kB (${sizes.totalGzKb} kB gzip), of which the lazily loaded chain map (Cytoscape + dagre) ${sizes.chainKb} kB gzip.`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
