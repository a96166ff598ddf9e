import { describe, expect, it } from 'vitest';
import { api, baseUrl, expectNoConsoleErrors, useBrowser } from './browser';

interface FitJson {
  fits: boolean;
  site: { name: string; chemicalPark: boolean };
}

/**
 * Sites beside investment targets on the gap page (issue #19 item 4): the count each target shows is the number of
 * fitting sites the API gives, expanding lists them in the API's order with their reasons, and for a chemical
 * gap every listed site is in a chemical park (the demo's sites include M2 plots outside one).
 */
describe('sites beside investment targets', () => {
  const session = useBrowser();

  it('the chemical gap page shows, for each target, the sites that fit, all in chemical parks', async () => {
    const { page } = session;
    const { gaps } = await api<{ gaps: Array<{ segment: { id: string } }> }>(
      '{ gaps(industryId: "chem") { segment { id } } }',
    );
    // The first chemical gap with a target to attract.
    let chosen: { segment: string; company: string } | undefined;
    for (const gap of gaps) {
      const { investmentTargets } = await api<{ investmentTargets: Array<{ company: { id: string } }> }>(
        'query($id: ID!) { investmentTargets(segmentId: $id, radius: JINSHAN, limit: 10) { company { id } } }',
        { id: gap.segment.id },
      );
      const first = investmentTargets[0]?.company.id;
      if (first) {
        chosen = { segment: gap.segment.id, company: first };
        break;
      }
    }
    expect(chosen, 'a chemical gap with an investment target').toBeDefined();
    const { segment, company } = chosen as { segment: string; company: string };
    const { sitesFor } = await api<{ sitesFor: FitJson[] }>(
      'query($c: ID!, $s: ID!) { sitesFor(companyId: $c, segmentId: $s) { fits site { name chemicalPark } } }',
      { c: company, s: segment },
    );
    const fitting = sitesFor.filter((f) => f.fits);
    expect(fitting.length, 'the demo has chemical-park plots for a chemical target').toBeGreaterThan(0);
    expect(fitting.every((f) => f.site.chemicalPark)).toBe(true);
    // Some fit, so only fitting sites come back (the demo's M2 plots outside chemical parks are refused and left out).
    expect(sitesFor.every((f) => f.fits)).toBe(true);

    await page.goto(`${baseUrl()}/industries/chem/gaps?segment=${encodeURIComponent(segment)}`);
    const target = page.getByTestId('target').first();
    await target.waitFor();
    const sites = target.getByTestId('target-sites');
    await sites.waitFor();
    expect(await sites.getAttribute('data-count')).toBe(String(fitting.length));
    await expect.poll(() => sites.textContent()).toContain(`${fitting.length} 处用地/厂房适配`);
    await sites.getByRole('button', { name: '查看' }).click();
    const items = sites.getByTestId('target-site');
    await expect.poll(() => items.count()).toBe(fitting.length);
    const names = await items.locator('strong').allTextContents();
    expect(names).toEqual(fitting.map((f) => f.site.name));
    for (const text of await items.allTextContents()) {
      expect(text).toContain('化工园区');
      expect(text).toContain('位于化工园区，危险化学品生产须在化工园区内。');
    }
    // Anonymous visitors see no prices.
    expect(await sites.textContent()).not.toContain('万元/亩');
    await session.screenshot('sites-beside-target');
    expectNoConsoleErrors(session);
  });
});
