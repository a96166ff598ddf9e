import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, baseUrl, expectNoConsoleErrors, useBrowser } from './browser';
import { apiChainMap, waitForChainMap } from './chainMap';

/** What the page asks for (packages/web/src/pages/chain/firmElements.ts FIRMS_SHOWN). */
const TOP = 12;

interface SegmentFirms {
  segmentId: string;
  firmCount: number;
  firms: Array<{ id: string }>;
}

async function apiSegmentFirms(industryId: string, radius: string): Promise<SegmentFirms[]> {
  const data = await api<{ chainMap: { segmentFirms: SegmentFirms[] } }>(
    'query($id: ID!, $r: Radius, $top: Int) { chainMap(industryId: $id, radius: $r) { segmentFirms(top: $top) { segmentId firmCount firms { id } } } }',
    { id: industryId, r: radius, top: TOP },
  );
  return data.chainMap.segmentFirms;
}

const firmsAttribute = (page: Page) =>
  page.getByTestId('chain-map').evaluate((el) => Number((el as HTMLElement).dataset.firms ?? 'NaN'));

/** Ids of the drawn firm and "+N" nodes, by kind, from the Cytoscape instance on the canvas element. */
function drawnFirmNodes(page: Page): Promise<{ firms: string[]; more: Array<{ id: string; anchor: string }> }> {
  return page.evaluate(() => {
    type Node = { id(): string; data(key: string): string };
    const canvas = document.querySelector('[data-testid="chain-map-canvas"]') as unknown as {
      cy: { nodes(selector: string): { map<T>(fn: (n: Node) => T): T[] } };
    };
    return {
      firms: canvas.cy.nodes('[kind = "firm"]').map((n) => n.id()),
      more: canvas.cy.nodes('[kind = "more"]').map((n) => ({ id: n.id(), anchor: n.data('anchor') })),
    };
  });
}

describe('firm overlay on the chain map', () => {
  const session = useBrowser();

  it('draws the top firms the API sends per segment when switched on, and none when off', async () => {
    const { page } = session;
    const [segments, expected] = await Promise.all([apiChainMap('icv'), apiSegmentFirms('icv', 'JINSHAN')]);
    const parents = new Set(segments.map((s) => s.parentId));
    const leaves = new Set(segments.filter((s) => !parents.has(s.id)).map((s) => s.id));
    const sent = expected.filter((r) => leaves.has(r.segmentId)).reduce((n, r) => n + r.firms.length, 0);
    expect(sent).toBeGreaterThan(0);

    await page.goto(`${baseUrl()}/industries/icv`);
    await waitForChainMap(page);
    expect(await firmsAttribute(page)).toBe(0);

    await page.getByTestId('firm-overlay').check();
    await expect.poll(() => firmsAttribute(page)).toBeGreaterThan(0);
    expect(await firmsAttribute(page)).toBe(sent);
    const drawn = await drawnFirmNodes(page);
    expect(drawn.firms).toHaveLength(sent);
    // A "+N" node exactly where a segment has more firms than it sends.
    const over = expected.filter((r) => leaves.has(r.segmentId) && r.firmCount > r.firms.length);
    expect(drawn.more.map((m) => m.anchor).sort()).toEqual(over.map((r) => r.segmentId).sort());
    await session.screenshot('firm-overlay');

    await page.getByTestId('firm-overlay').uncheck();
    await expect.poll(() => firmsAttribute(page)).toBe(0);
    expect((await drawnFirmNodes(page)).firms).toHaveLength(0);
    expectNoConsoleErrors(session);
  });

  it('opens the full, paged list of a segment from its "+N" count', async () => {
    const { page } = session;
    // At the Yangtze River Delta radius several icv segments have more firms than the map draws.
    const expected = await apiSegmentFirms('icv', 'YRD');
    const over = expected.filter((r) => r.firmCount > TOP);
    expect(over.length).toBeGreaterThan(0);
    const started = Date.now();
    await page.goto(`${baseUrl()}/industries/icv?radius=YRD&firms=1`);
    await waitForChainMap(page);
    await expect.poll(() => firmsAttribute(page)).toBeGreaterThan(0);
    console.log(`icv at YRD with firms shown: drawn ${Date.now() - started} ms after navigation`);
    const { more } = await drawnFirmNodes(page);
    const target = more[0] as { id: string; anchor: string };
    const row = expected.find((r) => r.segmentId === target.anchor) as SegmentFirms;
    expect(row.firmCount).toBeGreaterThan(TOP);

    // Zoom onto the count node and click it where it is drawn, as a user would.
    const point = await page.evaluate((id) => {
      const canvas = document.querySelector('[data-testid="chain-map-canvas"]') as unknown as HTMLElement & {
        cy: {
          zoom(level: number): void;
          center(node: unknown): void;
          getElementById(id: string): { renderedPosition(): { x: number; y: number } };
        };
      };
      const node = canvas.cy.getElementById(id);
      canvas.cy.zoom(1.5);
      canvas.cy.center(node);
      const { x, y } = node.renderedPosition();
      const box = canvas.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    }, target.id);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.url()).toContain(`segment=${encodeURIComponent(target.anchor)}`);
    const list = page.getByTestId('segment-panel').getByTestId('firm-list');
    await list.waitFor();
    expect(Number(await list.getAttribute('data-total'))).toBe(row.firmCount);
    await expect.poll(() => list.locator('li').count()).toBe(Math.min(20, row.firmCount));
    await session.screenshot('firm-overlay-list');
    expectNoConsoleErrors(session);
  });
});
