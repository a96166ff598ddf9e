import { describe, expect, it } from 'vitest';
import { api, baseUrl, expectNoConsoleErrors, useBrowser } from './browser';

describe('gaps, roadmap and company pages', () => {
  const session = useBrowser();

  it('ranks the gaps with their factors and lists targets for the chosen one', async () => {
    const { page } = session;
    const { gaps } = await api<{ gaps: Array<{ segment: { id: string } }> }>(
      '{ gaps(industryId: "icv") { segment { id } } }',
    );
    await page.goto(`${baseUrl()}/industries/icv/gaps`);
    await page.getByTestId('gap').first().waitFor();
    expect(await page.getByTestId('gap').count()).toBe(gaps.length);
    await page.getByTestId('gap').first().locator('.link-button').click();
    await page.getByTestId('target').first().waitFor();
    // The what-if button, not the sites toggle that appears beside it once the target's sites are in.
    await page
      .getByTestId('target')
      .first()
      .getByRole('button', { name: /模拟引进|What if/ })
      .click();
    await page.getByTestId('what-if').locator('table.compare').waitFor();
    await session.screenshot('gaps');
    expectNoConsoleErrors(session);
  });

  it('draws the roadmap by horizon and TRL, linked to segments', async () => {
    const { page } = session;
    const { roadmap } = await api<{ roadmap: unknown[] }>('{ roadmap(industryId: "icv") { id } }');
    await page.goto(`${baseUrl()}/industries/icv/roadmap`);
    await page.getByTestId('roadmap-tech').first().waitFor();
    expect(await page.getByTestId('roadmap-tech').count()).toBe(roadmap.length);
    await page.getByTestId('roadmap-tech').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('technology-detail').waitFor();
    expect(await page.getByTestId('technology-detail').locator('a.chip').count()).toBeGreaterThan(0);
    await session.screenshot('roadmap');
    expectNoConsoleErrors(session);
  });

  it('shows a company with its segments and blast radius', async () => {
    const { page } = session;
    const { chainMap } = await api<{ chainMap: { segments: Array<{ id: string; localCount: number }> } }>(
      '{ chainMap(industryId: "icv") { segments { id localCount } } }',
    );
    const { investmentTargets } = await api<{ investmentTargets: Array<{ company: { id: string } }> }>(
      'query($id: ID!) { investmentTargets(segmentId: $id, radius: JINSHAN, limit: 1) { company { id } } }',
      { id: chainMap.segments.find((s) => s.localCount > 0)?.id },
    );
    const company = investmentTargets[0]?.company.id;
    expect(company).toBeTruthy();
    await page.goto(`${baseUrl()}/companies/${encodeURIComponent(company as string)}`);
    await page.getByTestId('company-page').locator('h1').waitFor();
    await page.getByTestId('blast-radius').waitFor();
    const { company: profile } = await api<{ company: { suppliers: unknown[] } }>(
      'query($id: ID!) { company(id: $id) { suppliers(first: 12) { segmentId } } }',
      { id: company },
    );
    const shown = page.getByTestId('company-suppliers').locator('li');
    await expect.poll(() => shown.count()).toBe(profile.suppliers.length);
    await session.screenshot('company');
    expectNoConsoleErrors(session);
  });
});
