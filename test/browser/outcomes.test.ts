import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';
import { baseUrl, expectNoConsoleErrors, signIn, useBrowser } from './browser';
import { postQuotedInterest } from './quotedInterest';

/**
 * #18 acceptance in the browser: the demo chain leader moves a quoted interest in its demand to contracted (value
 * and date), and the gap page's matchmaking KPI panel counts one more contract — its value hidden from the leader,
 * shown to the promotion officer.
 */
describe('matchmaking outcomes', () => {
  const session = useBrowser();
  const executor = testExecutor();
  const scope = testScope('browser-outcomes');
  const demandId = scope.id('demand');
  let industryId = '';
  let supplierId = '';

  beforeAll(async () => {
    ({ industryId, supplierId } = await postQuotedInterest(executor, {
      id: demandId,
      title: '对接成果（浏览器测试）',
      history:
        '[{"step":"CONTACTED","at":"2026-11-20T00:00:00Z","by":"test"},{"step":"QUOTED","at":"2026-11-25T00:00:00Z","by":"test"}]',
    }));
  });
  afterAll(() => scope.cleanup(executor));

  const panelCount = async (testId: string) => {
    const { page } = session;
    await page.goto(`${baseUrl()}/industries/${encodeURIComponent(industryId)}/gaps`);
    const cell = page.getByTestId('matchmaking-kpis').getByTestId(testId);
    await cell.waitFor();
    return Number(await cell.textContent());
  };

  it('the leader records a contract and the KPI panel counts it', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/`);
    await signIn(page, 'leader');
    const before = await panelCount('kpi-contracted');
    expect(await page.getByTestId('kpi-funnel').locator('svg g').count()).toBe(5);

    await page.goto(`${baseUrl()}/demands?demand=${encodeURIComponent(demandId)}`);
    const interest = page.locator(`[data-testid="interest"][data-company="${supplierId}"]`);
    await interest.waitFor();
    expect(await interest.getByTestId('interest-step').textContent()).toMatch(/已报价|Quoted/);
    const form = interest.getByTestId('outcome-form');
    await form.getByTestId('outcome-step').selectOption('CONTRACTED');
    await form.locator('input[name="contractValue"]').fill('88');
    await form.locator('input[name="date"]').fill('2026-12-01');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => interest.getByTestId('interest-step').textContent()).toMatch(/已签约|Contracted/);
    expect(await interest.textContent()).toContain('88');
    await session.screenshot('outcome-contracted');

    expect(await panelCount('kpi-contracted')).toBe(before + 1);
    // A chain leader reads counts, not the sum of other firms' contracts.
    expect(await page.getByTestId('kpi-contracted-value').getByTestId('hidden-figure').count()).toBe(1);
    await page.getByTestId('matchmaking-kpis').scrollIntoViewIfNeeded();
    await session.screenshot('matchmaking-kpis');
    expectNoConsoleErrors(session);
  });

  it('shows the contracted value to the promotion officer', async () => {
    const { page } = session;
    await signIn(page, 'officer');
    await panelCount('kpi-contracted');
    const value = await page.getByTestId('kpi-contracted-value').textContent();
    expect(Number(value?.replace(/[^\d.]/g, ''))).toBeGreaterThanOrEqual(88);
    expectNoConsoleErrors(session);
  });
});
