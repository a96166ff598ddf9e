import type { Page } from 'playwright-core';
import { api } from './browser';

export interface ApiSegment {
  id: string;
  status: 'MISSING' | 'WEAK' | 'STRONG';
  parentId: string | null;
  localCount: number;
}

/** The chain map as the API returns it, to check the page against. */
export async function apiChainMap(industryId: string): Promise<ApiSegment[]> {
  const data = await api<{ chainMap: { segments: ApiSegment[] } }>(
    'query($id: ID!) { chainMap(industryId: $id) { segments { id status parentId localCount } } }',
    { id: industryId },
  );
  return data.chainMap.segments;
}

/** Waits for the Cytoscape canvas to finish its layout. */
export async function waitForChainMap(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="chain-map-canvas"][data-ready="true"]');
}

/** Ids of the nodes Cytoscape holds (the canvas element carries its instance as `cy`). */
export function renderedNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="chain-map-canvas"]') as unknown as {
      cy: { nodes(): { map<T>(fn: (n: { id(): string }) => T): T[] } };
    };
    return canvas.cy.nodes().map((n) => n.id());
  });
}

/** Clicks a segment where it is drawn, as a user would. */
export async function clickSegment(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((segmentId) => {
    const canvas = document.querySelector('[data-testid="chain-map-canvas"]') as unknown as HTMLElement & {
      cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } };
    };
    const { x, y } = canvas.cy.getElementById(segmentId).renderedPosition();
    const box = canvas.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  }, id);
  await page.mouse.click(point.x, point.y);
}
