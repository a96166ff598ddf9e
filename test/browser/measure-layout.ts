/**
 * `npx tsx test/browser/measure-layout.ts [segments] [firms] [--webgl] [--profile]`: how long a chain map of 500 segments with
 * 2,000 firms shown takes to be built, laid out, drawn and to answer a tap in headless Chromium (the chain page's
 * own code: packages/web/src/bench/layoutHarness.ts), and how big the production bundle is. `--webgl` measures
 * Cytoscape's WebGL renderer as well; `--app <url>` also times the running platform's icv chain map with its firms
 * shown, from navigation to the firms drawn (e.g. `pnpm start`, demo data); `--profile` builds unminified and prints
 * the functions with the most self time in one more run under Chromium's CPU profiler (where to look next). A
 * script, not a test: timings depend on the machine. Prints Markdown for BENCHMARKS.md.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM } from './browser';

const root = new URL('../../', import.meta.url).pathname;
const web = join(root, 'packages/web');
const appIndex = process.argv.indexOf('--app');
const appUrl = appIndex > 0 ? process.argv[appIndex + 1] : undefined;
const numbers = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--app');
const segments = Number(numbers[0] ?? 500);
const firms = Number(numbers[1] ?? 2000);
const variants = process.argv.includes('--webgl') ? [false, true] : [false];
const RUNS = 5;
/** `--profile`: an unminified build, and one more run under the CPU profiler whose top self-time functions are printed. */
const profile = process.argv.includes('--profile');

interface Timing {
  nodes: number;
  edges: number;
  firms: number;
  layoutMs: number;
  interactiveMs: number;
  tapMs: number;
  renderer: string;
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
      minify: !profile,
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

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/**
 * One more run under Chromium's sampling profiler: the functions with the most self time (where the milliseconds go,
 * before changing anything), and the profile itself for DevTools.
 */
async function profileRun(browser: Browser, url: string, outDir: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => 'measureChainLayout' in window);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.evaluate(
    ([s, f]) =>
      (window as unknown as { measureChainLayout(s: number, f: number): Promise<unknown> }).measureChainLayout(s, f),
    [segments, firms] as const,
  );
  const { profile: result } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  await page.close();
  const file = join(outDir, 'chain-map.cpuprofile');
  writeFileSync(file, JSON.stringify(result));
  const selfMs = new Map<number, number>();
  result.samples.forEach((id, i) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (result.timeDeltas[i] ?? 0) / 1000);
  });
  const byFunction = new Map<string, number>();
  for (const node of result.nodes) {
    const { functionName, url: source, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${source.split('/').pop()}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (selfMs.get(node.id) ?? 0));
  }
  const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.error(`CPU profile (${file}), self time:`);
  for (const [name, ms] of top) console.error(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
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
    const sizes = bundleSizes();
    const rows: string[] = [];
    let shape = '';
    for (const webgl of variants) {
      const runs: Timing[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.goto(server.url);
        await page.waitForFunction(() => 'measureChainLayout' in window);
        runs.push(
          await page.evaluate(
            ([s, f, w]) =>
              (
                window as unknown as {
                  measureChainLayout(s: number, f: number, o: { webgl: boolean }): Promise<Timing>;
                }
              ).measureChainLayout(s, f, { webgl: w }),
            [segments, firms, webgl] as const,
          ),
        );
        await page.close();
      }
      const median = (pick: (t: Timing) => number) =>
        runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0;
      const first = runs[0] as Timing;
      const phaseNames = Object.keys(first.phases);
      const medians = Object.fromEntries(phaseNames.map((p) => [p, Math.round(median((t) => t.phases[p] ?? 0))]));
      console.error(`${first.renderer}: median ms since start at the end of each phase`, JSON.stringify(medians));
      shape = `${first.nodes} nodes of which ${first.firms} firms, ${first.edges} edges`;
      const ms = (pick: (t: Timing) => number) => `${Math.round(median(pick))} ms`;
      rows.push(
        `| ${first.renderer} | ${ms((t) => t.phases.elements ?? 0)} | ${ms((t) => (t.phases.positions ?? 0) - (t.phases.init ?? 0))} | ${ms((t) => (t.phases.fitted ?? 0) - (t.phases.positions ?? 0))} | ${ms((t) => t.interactiveMs - t.layoutMs)} | **${ms((t) => t.interactiveMs)}** | ${ms((t) => t.tapMs)} |`,
      );
    }
    if (profile) await profileRun(browser, server.url, outDir);
    console.log(
      `Chain map, ${segments} segments with ${firms} firms shown (${shape}), median of ${RUNS} runs in headless Chromium (\`npx tsx test/browser/measure-layout.ts ${segments} ${firms}${variants.length > 1 ? ' --webgl' : ''}\`):\n`,
    );
    console.log(
      '| renderer | elements built | layered layout | added + fitted | first frame | interactive | tap → selected and redrawn |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
    if (appUrl) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        const started = Date.now();
        await page.goto(`${appUrl}/industries/icv?firms=1`);
        await page.waitForSelector('[data-testid="chain-map-canvas"][data-ready="true"]');
        await page.waitForFunction(() => {
          const map = document.querySelector('[data-testid="chain-map"]') as HTMLElement | null;
          return Number(map?.dataset.firms ?? 0) > 0;
        });
        // The frame with the firms drawn.
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        times.push(Date.now() - started);
        await page.close();
      }
      const sorted = [...times].sort((a, b) => a - b);
      console.log(
        `\nThe demo's icv chain map with its firms shown (\`/industries/icv?firms=1\` on ${appUrl}), navigation → firms drawn, median of ${RUNS}: **${sorted[Math.floor(RUNS / 2)]} ms**.`,
      );
    }
    console.log(
      `\nProduction bundle (packages/web/dist): first load ${sizes.initialKb} kB (${sizes.initialGzKb} kB gzip); all assets ${sizes.totalKb} kB (${sizes.totalGzKb} kB gzip), of which the lazily loaded chain map (Cytoscape) ${sizes.chainKb} kB gzip.`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
