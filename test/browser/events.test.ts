import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../helpers/graph';
import { api, baseUrl, DEMO_PASSWORD, expectNoConsoleErrors, signIn, useBrowser } from './browser';

/**
 * 对接会 in the browser (issue #19 item 1): the demo event and its schedule grid; then an event of the test's own
 * (so the demo event stays as seeded): the officer creates it, the demo event's firms are registered to it, the SME
 * registers through the form, the officer proposes, the SME accepts one of its meetings, the officer publishes.
 */
const TITLE_PREFIX = '浏览器测试对接会';
const executor = testExecutor();

interface Registration {
  company: { id: string };
  role: 'BUYER' | 'SUPPLIER';
  segments: Array<{ id: string }>;
  maxMeetings: number | null;
}
interface DemoEvent {
  id: string;
  title: string;
  synthetic: boolean;
  registeredCount: number;
  industry: { id: string };
}
interface Cell {
  slot: string;
  buyer: string;
  supplier: string;
}

const login = async (username: string) =>
  (
    await api<{ login: { token: string; user: { companyId: string | null } } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token user { companyId } } }',
      { u: username, p: DEMO_PASSWORD },
    )
  ).login;

/** What the grid shows: each meeting cell's slot and parties. */
const readCells = (page: Page): Promise<Cell[]> =>
  page.getByTestId('meeting-cell').evaluateAll((cells) =>
    cells.map((c) => ({
      slot: c.getAttribute('data-slot') ?? '',
      buyer: c.getAttribute('data-buyer') ?? '',
      supplier: c.getAttribute('data-supplier') ?? '',
    })),
  );

/** Firms that appear twice in one slot, read from the cells, not from the page's own check. */
function doubleBooked(cells: Cell[]): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const c of cells)
    for (const firm of [c.buyer, c.supplier]) {
      const key = `${c.slot}/${firm}`;
      if (seen.has(key)) twice.push(key);
      seen.add(key);
    }
  return twice;
}

/** YYYY-MM-DD in Shanghai, `days` from today. */
const shanghaiDate = (days: number) =>
  new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('events', () => {
  const session = useBrowser();
  const title = `${TITLE_PREFIX} ${Date.now()}`;
  let demo: DemoEvent;
  let demoRegistrations: Registration[] = [];
  let adminToken = '';
  let smeCompanyId = '';
  let eventUrl = '';

  beforeAll(async () => {
    adminToken = (await login('admin')).token;
    smeCompanyId = (await login('sme')).user.companyId ?? '';
    const { events } = await api<{ events: DemoEvent[] }>(
      '{ events(upcoming: true) { id title synthetic registeredCount industry { id } } }',
      {},
      adminToken,
    );
    const synthetic = events.filter((e) => e.synthetic).sort((a, b) => b.registeredCount - a.registeredCount);
    expect(synthetic.length, 'the demo has an upcoming synthetic event').toBeGreaterThan(0);
    demo = synthetic[0] as DemoEvent;
    demoRegistrations = (
      await api<{ event: { registrations: Registration[] } }>(
        'query ($id: ID!) { event(id: $id) { registrations { company { id } role segments { id } maxMeetings } } }',
        { id: demo.id },
        adminToken,
      )
    ).event.registrations;
  });
  // The demo data is shared: remove the events these tests create, with their meetings.
  afterAll(() =>
    executor.write(
      'browser-test-cleanup',
      `MATCH (e:Event) WHERE e.title STARTS WITH $prefix
       OPTIONAL MATCH (e)-[:HAS_MEETING]->(m) DETACH DELETE m, e`,
      { prefix: TITLE_PREFIX },
    ),
  );

  it('lists the demo event and shows its schedule, no firm twice in one slot', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/events`);
    await signIn(page, 'officer');
    expect(demo.registeredCount).toBeGreaterThanOrEqual(20);
    const item = page.getByTestId('event-list').locator(`[data-event-id="${demo.id}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain(demo.title);
    await item.click();
    await page.getByTestId('event-page').waitFor();
    await page.getByTestId('event-schedule').waitFor();
    const cells = await readCells(page);
    const { event } = await api<{ event: { meetings: Array<{ id: string }> } }>(
      'query ($id: ID!) { event(id: $id) { meetings { id } } }',
      { id: demo.id },
      adminToken,
    );
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.length).toBe(event.meetings.length);
    expect(doubleBooked(cells)).toEqual([]);
    // A meeting's score opens to its factors.
    const first = page.getByTestId('meeting-cell').first();
    await first.locator('summary').click();
    expect(await first.locator('.factor-bars svg g').count()).toBeGreaterThan(1);
    await session.screenshot('event-schedule');
    // Printing shows just the grid: the print stylesheet hides the rest of the page.
    await page.emulateMedia({ media: 'print' });
    const visibility = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).visibility);
    expect(await visibility('.topbar')).toBe('hidden');
    expect(await visibility('.event-head')).toBe('hidden');
    expect(await visibility('[data-testid="meeting-cell"]')).toBe('visible');
    expect(await page.getByTestId('propose-schedule').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expectNoConsoleErrors(session);
  });

  it('lets the officer create an event, checking the form', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/events`);
    await page.getByTestId('create-event').click();
    const form = page.getByTestId('event-form');
    await form.locator('button[type="submit"]').click();
    expect(await form.locator('.field-error').count()).toBeGreaterThanOrEqual(3);
    await form.locator('select[name="industryId"]').selectOption(demo.industry.id);
    await form.locator('input[name="title"]').fill(title);
    await form.locator('input[name="date"]').fill(shanghaiDate(21));
    await form.locator('input[name="venue"]').fill('金山区政府会议中心');
    await form.locator('input[name="slotCount"]').fill('6');
    await form.locator('button[type="submit"]').click();
    await page.getByTestId('event-page').waitFor();
    await expect.poll(() => page.locator('.event-head h1').textContent()).toBe(title);
    eventUrl = page.url();
    expect(eventUrl).toMatch(/\/events\/[^/]+$/);
    expectNoConsoleErrors(session);
  });

  it('lets the SME register, the officer propose and adjust, the SME accept a meeting and the officer publish', async () => {
    const { page } = session;
    const eventId = decodeURIComponent(eventUrl.split('/').pop() ?? '');
    // The demo event's firms, registered by an admin as they registered there (the SME registers itself below).
    for (const r of demoRegistrations.filter((r) => r.company.id !== smeCompanyId))
      await api(
        'mutation ($id: ID!, $input: EventRegistrationInput!) { registerForEvent(eventId: $id, input: $input) { id } }',
        {
          id: eventId,
          input: {
            companyId: r.company.id,
            role: r.role,
            segmentIds: r.segments.map((s) => s.id),
            maxMeetings: r.maxMeetings,
          },
        },
        adminToken,
      );

    await signIn(page, 'sme');
    await page.goto(eventUrl);
    const register = page.getByTestId('event-register');
    await register.locator('input[name="role"][value="SUPPLIER"]').check();
    // Offer what the buyers need, so the SME has partners with a positive score.
    const needed = new Set(
      demoRegistrations.filter((r) => r.role === 'BUYER').flatMap((r) => r.segments.map((s) => s.id)),
    );
    const boxes = register.locator('input[name="segmentIds"]');
    await boxes.first().waitFor();
    const picked: string[] = [];
    for (const box of await boxes.all()) {
      const value = (await box.getAttribute('value')) ?? '';
      if (picked.length < 20 && needed.has(value)) {
        await box.check();
        picked.push(value);
      }
    }
    expect(picked.length).toBeGreaterThan(0);
    await register.getByTestId('register-submit').click();
    await register.locator('.notice.success').waitFor();

    await signIn(page, 'officer');
    await page.getByTestId('propose-schedule').click();
    await page.getByTestId('meeting-cell').first().waitFor();
    const proposed = await readCells(page);
    expect(doubleBooked(proposed)).toEqual([]);
    await expect.poll(() => page.getByTestId('event-status').textContent()).toMatch(/已预排|Schedule proposed/);

    // The officer adjusts: one meeting makes room for the SME with the same buyer in the same slot (the solver
    // may have given the SME none, so the test does not depend on it).
    const offered = new Set(picked);
    const buyersOfSme = new Set(proposed.filter((c) => c.supplier === smeCompanyId).map((c) => c.buyer));
    const smeSlots = new Set(proposed.filter((c) => c.supplier === smeCompanyId).map((c) => c.slot));
    const fits = (buyer: string) =>
      demoRegistrations.some((r) => r.company.id === buyer && r.segments.some((s) => offered.has(s.id)));
    const swap = proposed.find((c) => !smeSlots.has(c.slot) && !buyersOfSme.has(c.buyer) && fits(c.buyer));
    expect(swap, 'a meeting the SME can take over').toBeDefined();
    const { slot, buyer } = swap as Cell;
    const cell = `[data-testid="meeting-cell"][data-slot="${slot}"][data-buyer="${buyer}"]`;
    await page.locator(cell).getByTestId('meeting-remove').click();
    await expect.poll(() => page.locator(cell).count()).toBe(0);
    const add = page.getByTestId('add-meeting');
    await add.locator('select[name="buyer"]').selectOption(buyer);
    await add.locator('select[name="supplier"]').selectOption(smeCompanyId);
    await add.locator('select[name="slot"]').selectOption(slot);
    await add.locator('button[type="submit"]').click();
    await page.locator(`${cell}[data-supplier="${smeCompanyId}"]`).waitFor();
    expect(doubleBooked(await readCells(page))).toEqual([]);

    await signIn(page, 'sme');
    const mine = page.locator(`[data-testid="meeting-cell"][data-slot="${slot}"][data-supplier="${smeCompanyId}"]`);
    await mine.waitFor();
    await mine.getByTestId('meeting-accept').click();
    // The supplier's side reads accepted once the event is refetched; accepting again is then disabled.
    await expect.poll(() => mine.locator('.response-accepted').count()).toBe(1);
    expect(await mine.getByTestId('meeting-accept').isDisabled()).toBe(true);
    await session.screenshot('event-sme-accepted');

    await signIn(page, 'officer');
    await page.getByTestId('publish-schedule').click();
    await expect.poll(() => page.getByTestId('event-status').textContent()).toMatch(/日程已发布|Schedule published/);
    expect(doubleBooked(await readCells(page))).toEqual([]);
    // The officer's XLSX export downloads (with the session's token) and is a real workbook (a zip).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-schedule').click()]);
    expect(download.suggestedFilename()).toMatch(/^chain-atlas-event-.+\.xlsx$/);
    const file = await download.path();
    expect((await readFile(file)).subarray(0, 2).toString()).toBe('PK');
    expectNoConsoleErrors(session);
  });

  it('switches the event page to English', async () => {
    const { page } = session;
    await page.goto(eventUrl);
    await page.getByTestId('event-schedule').waitFor();
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('.event-schedule-panel h2').textContent()).toBe('Meeting schedule');
    expect(await page.getByTestId('event-schedule').locator('thead th').nth(1).textContent()).toMatch(/^Table \d+$/);
    expect(await page.getByTestId('event-status').textContent()).toBe('Schedule published');
    await session.screenshot('event-english');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('.event-schedule-panel h2').textContent()).toBe('洽谈日程');
    expectNoConsoleErrors(session);
  });
});
