import { describe, expect, it } from 'vitest';
import { baseUrl, expectNoConsoleErrors, removeDemandsAfterAll, signIn, useBrowser } from './browser';

const TITLE_PREFIX = '电池托盘铝压铸件（浏览器测试';

describe('demand board', () => {
  const session = useBrowser();
  const title = `${TITLE_PREFIX} ${Date.now()}）`;
  removeDemandsAfterAll(TITLE_PREFIX);

  it('lists demands and asks to sign in before acting', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/demands`);
    await page.getByTestId('demand-board').waitFor();
    await page.getByTestId('demand').first().waitFor();
    await page.getByTestId('demand').first().click();
    await page.getByTestId('demand-detail').waitFor();
    await session.screenshot('demand-board');
    expectNoConsoleErrors(session);
  });

  it('lets the chain leader post a demand, checking the form, and shows explained supplier matches', async () => {
    const { page } = session;
    await signIn(page, 'leader');
    await page.getByTestId('post-demand').click();
    const form = page.getByTestId('demand-form');
    await form.locator('button[type="submit"]').click();
    expect(await form.locator('.field-error').count()).toBeGreaterThanOrEqual(2);
    await form.locator('input[name="title"]').fill(title);
    await form.locator('select[name="segmentId"] option:nth-child(2)').waitFor({ state: 'attached' });
    const segment = await form.locator('select[name="segmentId"]').evaluate((select: HTMLSelectElement) => {
      const wanted = [...select.options].find((o) => o.value.endsWith('.pack') || o.value.endsWith('.cell'));
      return (wanted ?? select.options[1])?.value ?? '';
    });
    await form.locator('select[name="segmentId"]').selectOption(segment);
    await form.locator('input[name="quantity"]').fill('-3');
    await form.locator('button[type="submit"]').click();
    expect(await form.locator('.field-error').textContent()).toBeTruthy();
    await form.locator('input[name="quantity"]').fill('20000');
    await form.locator('input[name="unit"]').fill('件');
    await form.locator('button[type="submit"]').click();
    const detail = page.getByTestId('demand-detail');
    await expect.poll(() => detail.locator('h2').textContent()).toBe(title);
    const matches = detail.getByTestId('supplier-match');
    await matches.first().waitFor();
    expect(await matches.first().locator('.factor-bars svg g').count()).toBeGreaterThan(1);
    await session.screenshot('demand-posted');
    await detail.getByTestId('demand-status').selectOption('SHORTLISTED');
    await detail.locator('.inline-form button[type="submit"]').click();
    await expect.poll(() => detail.locator('.side-head .pill').textContent()).toMatch(/已入围|Shortlisted/);
    expectNoConsoleErrors(session);
  });

  it('shows the SME its buyers and lets it express interest', async () => {
    const { page } = session;
    await signIn(page, 'sme');
    await page.getByTestId('buyer-matches').waitFor();
    await page.getByTestId('demand').filter({ hasText: title }).click();
    const detail = page.getByTestId('demand-detail');
    await detail.getByTestId('express-interest').click();
    await expect.poll(() => detail.locator('.notice.success').count()).toBe(1);
    await session.screenshot('demand-sme');
    expectNoConsoleErrors(session);
  });
});
