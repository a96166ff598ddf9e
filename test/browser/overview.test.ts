import { describe, expect, it } from 'vitest';
import { api, baseUrl, expectNoConsoleErrors, useBrowser } from './browser';

describe('overview', () => {
  const session = useBrowser();

  it('shows the seven industries with their KPIs and a chart comparing them', async () => {
    const { page } = session;
    await page.goto(baseUrl());
    await expect.poll(() => page.getByTestId('industry-card').count()).toBe(7);
    await page.getByTestId('industry-chart').waitFor();
    const { industries } = await api<{ industries: Array<{ id: string; kpis: { missing: number } }> }>(
      '{ industries { id kpis(radius: JINSHAN) { missing } } }',
    );
    const icv = page.locator('[data-testid="industry-card"][data-industry="icv"]');
    await expect.poll(() => icv.getByTestId('kpi-coverage').textContent()).toMatch(/\d+%/);
    const missing = industries.find((i) => i.id === 'icv')?.kpis.missing;
    expect(await icv.locator('.status-missing b').textContent()).toBe(String(missing));
    await session.screenshot('overview');
    expectNoConsoleErrors(session);
  });

  it('keeps the radius in the URL and recomputes the KPIs', async () => {
    const { page } = session;
    const card = page.locator('[data-testid="industry-card"][data-industry="icv"]').getByTestId('kpi-coverage');
    const jinshan = await card.textContent();
    await page.getByTestId('radius-select').selectOption('YRD');
    await expect.poll(() => page.url()).toContain('radius=YRD');
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).not.toBe(jinshan);
    await page.getByTestId('radius-select').selectOption('JINSHAN');
    expectNoConsoleErrors(session);
  });

  it('switches to English and back', async () => {
    const { page } = session;
    await expect(page.locator('nav').textContent()).resolves.toContain('产业链图谱');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('nav').textContent()).toContain('Chain map');
    expect(await page.locator('h1').textContent()).toBe('Seven key industries');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('[data-testid="industry-card"][data-industry="icv"] .kpi-row').first().waitFor();
    await session.screenshot('overview-en');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('七大重点产业');
    expectNoConsoleErrors(session);
  });
});
