import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { testExecutor } from '../helpers/graph';

/** Debian's Chromium (`apt-get install chromium fonts-noto-cjk`); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = new URL('../../test-results/screenshots/', import.meta.url).pathname;

export const baseUrl = () => inject('platform').url;

export interface BrowserSession {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  screenshot(name: string): Promise<void>;
}

/** One headless Chromium per test file, a 1440×900 page, and every console error collected. */
export function useBrowser(): BrowserSession {
  let browser: Browser | undefined;
  const session = { errors: [] as string[] } as BrowserSession;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `Chromium not found at ${CHROMIUM}: apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH)`,
      );
    browser = await chromium.launch({
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
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    session.page = await context.newPage();
    session.page.setDefaultTimeout(30_000);
    session.page.on('console', (message) => {
      if (message.type() === 'error') session.errors.push(`console: ${message.text()}`);
    });
    session.page.on('pageerror', (error) => session.errors.push(`page: ${error.message}`));
    mkdirSync(SCREENSHOTS, { recursive: true });
    session.screenshot = async (name) => {
      await session.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    };
  });
  afterAll(async () => {
    await browser?.close();
  });
  return session;
}

/** Fails on any console error collected so far (and forgets them). */
export function expectNoConsoleErrors(session: BrowserSession): void {
  const errors = session.errors.splice(0);
  expect(errors).toEqual([]);
}

/** GraphQL straight to the platform, as a check on what the page shows. */
export async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

/** The demo users' password (`atlas seed` in development; see docs/SECURITY.md). */
export const DEMO_PASSWORD = 'atlas-demo';

/** Signs in through the header's dialog, signing out first if someone is signed in. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const menu = page.getByTestId('user-menu');
  if (await menu.isVisible()) await menu.getByRole('button').click();
  await page.getByTestId('sign-in').click();
  const dialog = page.locator('dialog[open]');
  await dialog.locator('input[name="username"]').fill(username);
  await dialog.locator('input[name="password"]').fill(password);
  await dialog.locator('button[type="submit"]').click();
  await page.getByTestId('user-menu').waitFor();
}

/** The demo data is shared: a test file removes the demands it posted (their titles start with `prefix`) after it. */
export function removeDemandsAfterAll(prefix: string): void {
  const executor = testExecutor();
  afterAll(() =>
    executor.write('browser-test-cleanup', 'MATCH (d:Demand) WHERE d.title STARTS WITH $prefix DETACH DELETE d', {
      prefix,
    }),
  );
}
