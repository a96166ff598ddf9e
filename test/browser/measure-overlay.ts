/**
 * `npx tsx test/browser/measure-overlay.ts (--app <url> | --store <bolt uri>) [--industry icv] [--radius JINSHAN]
 * [--runs 5]`: what the chain map with its firms shown transfers and how long it takes, in headless Chromium. Each run
 * opens the industry's map, switches `firm-overlay` on and waits for `data-firms` > 0 on `chain-map`, recording every
 * /graphql response (bytes transferred, firm records carried), the firm nodes drawn, the segments, the firms the API
 * says exist at the radius (sum of `firmCount`) and the time from navigation to the firms drawn.
 *
 * `--app` measures a running platform (`pnpm start`); `--store` serves the built web app and the API in this process
 * over an existing store without writing to it (read-only-api.ts; NEO4J_USER, NEO4J_PASSWORD), e.g. the 1M-firm
 * bench store. The first run meets an empty analytics cache (cold), later runs may be served from it.
 *
 * Exits non-zero when a response carries more firm records than segments × top (the overlay must never transfer
 * every firm: issue #15) or a segment more than top. A script, not a test: timings depend on the machine. Prints
 * Markdown for BENCHMARKS.md.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Page, type Response } from 'playwright-core';
import { CHROMIUM } from './browser';
import { countCompanies, type GraphqlResponse, type OverlayRow, overTransfer } from './overlay-transfer';
import { type ReadOnlyApi, startReadOnlyApi } from './read-only-api';

const { values: options } = parseArgs({
  options: {
    app: { type: 'string' },
    store: { type: 'string' },
    industry: { type: 'string', default: 'icv' },
    radius: { type: 'string', default: 'JINSHAN' },
    runs: { type: 'string', default: '5' },
  },
});
const runs = Number(options.runs);
/** A wrong command line is one line saying what to fix. */
function usage(problem: string): never {
  console.error(`✖ ${problem}`);
  process.exit(2);
}
if (!Number.isInteger(runs) || runs < 1) usage(`--runs "${options.runs}" is not a positive whole number`);
if (!options.app === !options.store) usage('give either --app <url> (a running platform) or --store <bolt uri>');

interface Run {
  responses: GraphqlResponse[];
  mapSegments: number;
  firmsDrawn: number;
  mapReadyMs: number;
  firmsDrawnMs: number;
}

async function readResponse(response: Response): Promise<GraphqlResponse> {
  const request = response.request();
  const sent = (request.postDataJSON() ?? {}) as { operationName?: string; variables?: { top?: number } };
  const operation = sent.operationName ?? '(anonymous)';
  const body = (await response.json()) as {
    data?: { chainMap?: { segmentFirms?: OverlayRow[] } };
  };
  const sizes = await request.sizes();
  const rows = body.data?.chainMap?.segmentFirms;
  const top = Number(sent.variables?.top ?? Number.NaN);
  return {
    operation,
    transferred: sizes.responseBodySize,
    waitMs: Math.round(request.timing().responseStart - request.timing().requestStart),
    firmRecords: countCompanies(body.data),
    ...(rows ? { overlay: { top, rows } } : {}),
  };
}

const dataFirms = (page: Page) =>
  page.getByTestId('chain-map').evaluate((el) => Number((el as HTMLElement).dataset.firms ?? 'NaN'));

async function measureOnce(page: Page, appUrl: string): Promise<Run> {
  const pending: Array<Promise<GraphqlResponse>> = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/graphql' && response.request().method() !== 'OPTIONS')
      pending.push(readResponse(response));
  });
  const started = Date.now();
  await page.goto(`${appUrl}/industries/${options.industry}?radius=${options.radius}`);
  await page.waitForSelector('[data-testid="chain-map-canvas"][data-ready="true"]', { timeout: 120_000 });
  const mapReadyMs = Date.now() - started;
  await page.getByTestId('firm-overlay').check();
  await page.waitForFunction(
    () => Number((document.querySelector('[data-testid="chain-map"]') as HTMLElement | null)?.dataset.firms) > 0,
    undefined,
    { timeout: 120_000 },
  );
  // The frame with the firms drawn.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const firmsDrawnMs = Date.now() - started;
  const mapSegments = await page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="chain-map-canvas"]') as unknown as {
      cy: { nodes(selector: string): { length: number } };
    };
    return canvas.cy.nodes('[kind != "firm"][kind != "more"]').length;
  });
  // Responses that arrive after the firms are drawn count too: a page that fetched every firm late must still fail.
  await page.waitForLoadState('networkidle', { timeout: 30_000 });
  return {
    responses: await Promise.all(pending),
    mapSegments,
    firmsDrawn: await dataFirms(page),
    mapReadyMs,
    firmsDrawnMs,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main(): Promise<void> {
  let own: ReadOnlyApi | undefined;
  if (options.store) {
    own = await startReadOnlyApi({
      uri: options.store,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? 'atlas-local-dev',
    });
    console.error(`read-only API over ${options.store} on ${own.url}`);
  }
  const appUrl = (own?.url ?? options.app ?? '').replace(/\/$/, '');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const results: Run[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      results.push(await measureOnce(page, appUrl));
      await page.close();
      const run = results[i] as Run;
      const responses = run.responses.map(
        (r) => `${r.operation} ${kb(r.transferred)} (${r.firmRecords} firms, server ${r.waitMs} ms)`,
      );
      console.error(
        `run ${i + 1}: map ${run.mapReadyMs} ms, firms drawn ${run.firmsDrawnMs} ms; ${responses.join(', ')}`,
      );
    }
  } finally {
    await browser.close();
    await own?.close();
  }

  const first = results[0] as Run;
  const overlay = first.responses.find((r) => r.overlay) as GraphqlResponse;
  const rows = overlay?.overlay?.rows ?? [];
  const existing = rows.reduce((n, r) => n + r.firmCount, 0);
  const sent = rows.reduce((n, r) => n + r.firms.length, 0);
  const total = first.responses.reduce((n, r) => n + r.transferred, 0);
  const largest = Math.max(...first.responses.map((r) => r.transferred));
  const where = options.store ? `store ${options.store}` : appUrl;
  const warm = results.slice(1).map((r) => r.firmsDrawnMs);
  // Timings on a busy machine say little: the load average goes with them.
  const load = loadavg()[0]?.toFixed(1);
  console.log(
    `Chain map with firms shown (\`/industries/${options.industry}?radius=${options.radius}\`, firm-overlay switched on; ${where}; \`npx tsx test/browser/measure-overlay.ts ${options.store ? `--store ${options.store}` : `--app ${appUrl}`} --industry ${options.industry} --radius ${options.radius} --runs ${runs}\`; load average ${load} on ${availableParallelism()} cores; the first run, with the API's analytics cache empty, but for the last column):\n`,
  );
  console.log(
    '| segments (with firms) | firms existing at radius | firm records sent (top) | firm nodes drawn | overlay response | all /graphql (largest) | overlay server time | map drawn | firms drawn | firms drawn, later runs (median) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  console.log(
    `| ${first.mapSegments} (${rows.length}) | ${existing.toLocaleString('en')} | ${sent} (${overlay?.overlay?.top}) | ${first.firmsDrawn} | ${kb(overlay?.transferred ?? 0)} | ${kb(total)} in ${first.responses.length} (${kb(largest)}) | ${overlay?.waitMs} ms | ${first.mapReadyMs} ms | **${first.firmsDrawnMs} ms** | ${warm.length ? `${median(warm)} ms` : '–'} |`,
  );

  const problems = results.flatMap((run, i) => overTransfer(run.responses).map((p) => `run ${i + 1}: ${p}`));
  if (problems.length) {
    console.error(`\n✖ the overlay transferred more than the top firms per segment:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.error(
    `\n✓ no response carried more than segments × top firm records (${rows.length} × ${overlay?.overlay?.top})`,
  );
}

await main();
