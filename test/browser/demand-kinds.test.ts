import { describe, expect, it } from 'vitest';
import { baseUrl, expectNoConsoleErrors, removeDemandsAfterAll, signIn, useBrowser } from './browser';

const TITLE_PREFIX = '开放智能驾驶测试道路（浏览器测试';
// End-to-end driving models: researched by 上海交通大学 and 上海人工智能实验室 (data/reference/institutions.yaml).
const TECHNOLOGY = 'icv.t.end-to-end-ad';

describe('demand kinds on the board (#19 item 2)', () => {
  const session = useBrowser();
  const title = `${TITLE_PREFIX} ${Date.now()}）`;
  removeDemandsAfterAll(TITLE_PREFIX);

  it('filters the board by kind: the demo’s innovation needs, then only scenarios', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/demands`);
    await page.getByTestId('demand').first().waitFor();
    await page.getByTestId('demand-kind-filter').selectOption('INNOVATION');
    await expect.poll(() => page.url()).toContain('kind=INNOVATION');
    await page.getByTestId('demand').first().waitFor();
    const rows = page.getByTestId('demand');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    expect(await page.getByTestId('demand-kind-tag').count()).toBe(count);
    expect(await page.getByTestId('demand-kind-tag').first().textContent()).toMatch(/联合研发|Joint R&D/);
    await rows.first().click();
    await page.getByTestId('demand-kind-facts').waitFor();
    expectNoConsoleErrors(session);
  });

  it('lets a chain leader post a SCENARIO with its own fields and shows explained firm and institution matches', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/demands`);
    await signIn(page, 'leader');
    await page.getByTestId('post-demand').click();
    const form = page.getByTestId('demand-form');
    await form.getByTestId('demand-kind').selectOption('SCENARIO');
    // ORDER-only fields go away; the scenario's appear.
    expect(await form.locator('input[name="quantity"]').count()).toBe(0);
    await form.locator('input[name="title"]').fill(title);
    await form.locator('select[name="segmentId"] option:nth-child(2)').waitFor({ state: 'attached' });
    await form.locator('select[name="segmentId"]').selectOption({ index: 1 });
    await form.locator('button[type="submit"]').click();
    // offering, pilotSite and the technologies are required for a scenario (the domain's schema says so).
    expect(await form.locator('.field-error').count()).toBe(3);
    await form.locator('select[name="offering"]').selectOption('ROUTE');
    await form.locator('input[name="pilotSite"]').fill('金山区智能网联汽车开放测试道路');
    await form.locator('input[name="durationMonths"]').fill('12');
    await form.getByTestId('demand-technologies').locator(`input[value="${TECHNOLOGY}"]`).check();
    await form.locator('button[type="submit"]').click();

    const detail = page.getByTestId('demand-detail');
    await expect.poll(() => detail.locator('h2').textContent()).toBe(title);
    expect(await detail.getByTestId('demand-kind-pill').textContent()).toMatch(/开放应用场景|scenario/i);
    expect(await detail.getByTestId('demand-kind-facts').textContent()).toContain('金山区智能网联汽车开放测试道路');
    const matches = detail.getByTestId('demand-kind-match');
    await matches.first().waitFor();
    expect(await detail.locator('[data-testid="demand-kind-match"][data-type="INSTITUTION"]').count()).toBeGreaterThan(
      0,
    );
    expect(await detail.locator('[data-testid="demand-kind-match"][data-type="COMPANY"]').count()).toBeGreaterThan(0);
    expect(await matches.first().locator('.factor-bars svg g').count()).toBeGreaterThan(1);
    await session.screenshot('demand-kinds-scenario');

    await page.getByTestId('demand-kind-filter').selectOption('SCENARIO');
    await page.getByTestId('demand').filter({ hasText: title }).waitFor();
    const rows = await page.getByTestId('demand').count();
    expect(await page.getByTestId('demand-kind-tag').count()).toBe(rows);
    expectNoConsoleErrors(session);
  });
});
