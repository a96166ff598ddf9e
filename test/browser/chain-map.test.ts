import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { api, baseUrl, expectNoConsoleErrors, useBrowser } from './browser';
import { apiChainMap, clickSegment, renderedNodeIds, waitForChainMap } from './chainMap';

describe('chain map', () => {
  const session = useBrowser();

  it('renders every segment of the icv chain, parents included', async () => {
    const { page } = session;
    const segments = await apiChainMap('icv');
    await page.goto(`${baseUrl()}/industries/icv`);
    await page.getByTestId('chain-map').waitFor();
    await waitForChainMap(page);
    const ids = await renderedNodeIds(page);
    expect(ids.sort()).toEqual(segments.map((s) => s.id).sort());
    await session.screenshot('chain-map');
    expectNoConsoleErrors(session);
  });

  it('opens a MISSING segment with its investment targets and a what-if', async () => {
    const { page } = session;
    const segments = await apiChainMap('icv');
    const parents = new Set(segments.map((s) => s.parentId));
    const missing = segments.filter((s) => s.status === 'MISSING' && !parents.has(s.id));
    expect(missing.length).toBeGreaterThan(0);
    let target = missing[0];
    for (const segment of missing) {
      const { investmentTargets } = await api<{ investmentTargets: unknown[] }>(
        'query($id: ID!) { investmentTargets(segmentId: $id, limit: 1) { score } }',
        { id: segment.id },
      );
      if (investmentTargets.length) {
        target = segment;
        break;
      }
    }
    if (!target) throw new Error('no MISSING leaf segment');
    await clickSegment(page, target.id);
    await expect.poll(() => page.url()).toContain(`segment=${encodeURIComponent(target.id)}`);
    const panel = page.getByTestId('segment-panel');
    await panel.waitFor();
    await panel.getByTestId('target').first().waitFor();
    expect(await panel.getByTestId('target').count()).toBeGreaterThan(0);
    expect(await panel.locator('.factor-bars svg').count()).toBeGreaterThan(0);
    await panel.getByTestId('target').first().getByRole('button').click();
    await panel.getByTestId('what-if').locator('table.compare').waitFor();
    await session.screenshot('chain-map-segment');
    expectNoConsoleErrors(session);
  });

  it('finds a segment by name and focuses it', async () => {
    const { page } = session;
    await page.getByTestId('chain-search').fill('电芯');
    await page.getByTestId('chain-search').press('Enter');
    await expect.poll(() => page.url()).toContain('segment=icv.');
    await page.getByTestId('segment-panel').waitFor();
    await session.screenshot('chain-map-search');
    expectNoConsoleErrors(session);
  });

  it('lists the local firms of the selected segment', async (context) => {
    const { page } = session;
    const id = new URL(page.url()).searchParams.get('segment') as string;
    // segmentCompanies is beyond the docs/design.md §5 contract; the panel shows only the count when the server lacks it.
    const probe = await api<{ segmentCompanies: { totalCount: number } }>(
      'query($id: ID!) { segmentCompanies(segmentId: $id, first: 1) { totalCount } }',
      { id },
    ).catch((error: Error) => error);
    if (probe instanceof Error) return context.skip(`the API's segmentCompanies fails: ${probe.message.slice(0, 120)}`);
    const firms = page.getByTestId('local-firms').locator('li a');
    if (probe.segmentCompanies.totalCount > 0) await expect.poll(() => firms.count()).toBeGreaterThan(0);
    expectNoConsoleErrors(session);
  });

  it('exports GraphML that parses, and the view as PNG and SVG', async () => {
    const { page } = session;
    const menu = page.getByTestId('export-menu');
    await menu.getByRole('button').first().click();
    const [graphml] = await Promise.all([
      page.waitForEvent('download'),
      menu.locator('[data-format="graphml"]').click(),
    ]);
    const xml = readFileSync((await graphml.path()) as string, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.querySelector('parsererror') !== null, nodes: doc.getElementsByTagName('node').length };
    }, xml);
    expect(parsed.error).toBe(false);
    expect(parsed.nodes).toBeGreaterThan(0);

    await menu.getByRole('button').first().click();
    const [png] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-format="png"]').click()]);
    const bytes = readFileSync((await png.path()) as string);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');

    await menu.getByRole('button').first().click();
    const [svg] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-format="svg"]').click()]);
    expect(readFileSync((await svg.path()) as string, 'utf8')).toMatch(/<svg[\s\S]*<\/svg>/);
    expectNoConsoleErrors(session);
  });
});
