import { afterAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../helpers/graph';
import { api, baseUrl, DEMO_PASSWORD, expectNoConsoleErrors, signIn, useBrowser } from './browser';

const NOTE_PREFIX = '浏览器测试:需要中试放大';
const INDUSTRY = 'chem';

interface Coverage {
  platformCoverage: {
    supported: Array<{ segment: { id: string; name: string } }>;
    unsupported: Array<{ segment: { id: string; name: string } }>;
  };
}
const COVERAGE = `query($i: ID!) { platformCoverage(industryId: $i) {
  supported { segment { id name } } unsupported { segment { id name } } } }`;

describe('service platforms', () => {
  const session = useBrowser();
  const executor = testExecutor();
  const note = `${NOTE_PREFIX} ${Date.now()}`;
  // The demo data is shared: remove the requests these tests make.
  afterAll(() =>
    executor.write(
      'browser-test-cleanup',
      'MATCH (:Company)-[r:REQUESTED_SERVICE]->(:ServicePlatform) WHERE r.note STARTS WITH $prefix DELETE r',
      { prefix: NOTE_PREFIX },
    ),
  );

  it('shows an industry’s platforms with kind, status, services and segments, and the gaps none supports', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/industries/${INDUSTRY}/platforms`);
    await page.getByTestId('platform-page').waitFor();
    const cards = page.getByTestId('platform');
    await cards.first().waitFor();
    const { servicePlatforms } = await api<{ servicePlatforms: Array<{ id: string; name: string }> }>(
      'query($i: ID!) { servicePlatforms(industryId: $i) { id name } }',
      { i: INDUSTRY },
    );
    expect(await cards.count()).toBe(servicePlatforms.length);
    const pilot = page.locator('[data-platform-id="chem.p.shared-pilot"]');
    expect(await pilot.locator('h2').textContent()).toBe('共享中试平台');
    expect(await pilot.getByTestId('platform-status').textContent()).toBe('规划中');
    expect(await pilot.locator('.chip').count()).toBeGreaterThanOrEqual(5);
    // Anonymous readers get the hint, not the form.
    expect(await page.getByTestId('request-service').count()).toBe(0);
    const coverage = await api<Coverage>(COVERAGE, { i: INDUSTRY });
    expect(await page.getByTestId('unsupported-gap').count()).toBe(coverage.platformCoverage.unsupported.length);
    await session.screenshot('platforms-chem');
    expectNoConsoleErrors(session);
  });

  it('lets the demo SME request a service, refusing an empty note, and shows it its own request', async () => {
    const { page } = session;
    await signIn(page, 'sme');
    const pilot = page.locator('[data-platform-id="chem.p.shared-pilot"]');
    await pilot.getByTestId('request-service').click();
    const form = pilot.getByTestId('service-request-form');
    await form.locator('button[type="submit"]').click();
    expect(await form.locator('.field-error').textContent()).toBeTruthy();
    await form.locator('textarea[name="note"]').fill(note);
    await form.locator('button[type="submit"]').click();
    await pilot.getByTestId('service-request-done').waitFor();
    // The SME sees its request on the card after the refresh; the API agrees, for the SME's own company.
    await expect.poll(() => pilot.getByTestId('service-request').filter({ hasText: note }).count()).toBe(1);
    const { login } = await api<{ login: { token: string; user: { companyId: string } } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { companyId } } }',
      { u: 'sme', p: DEMO_PASSWORD },
    );
    const { servicePlatforms } = await api<{
      servicePlatforms: Array<{ id: string; requests: Array<{ note: string; company: { id: string } }> }>;
    }>(
      'query($i: ID!) { servicePlatforms(industryId: $i) { id requests { note company { id } } } }',
      { i: INDUSTRY },
      login.token,
    );
    const mine = servicePlatforms.find((p) => p.id === 'chem.p.shared-pilot')?.requests.filter((r) => r.note === note);
    expect(mine?.map((r) => r.company.id)).toEqual([login.user.companyId]);
    await session.screenshot('platforms-request');
    expectNoConsoleErrors(session);
  });

  it('shows the promotion officer every request and lets it mark the SME’s answered', async () => {
    const { page } = session;
    await signIn(page, 'officer');
    const pilot = page.locator('[data-platform-id="chem.p.shared-pilot"]');
    const request = pilot.getByTestId('service-request').filter({ hasText: note });
    // The officer sees the demo firms' requests too, not only the SME's; and no request form (not a firm).
    await expect.poll(() => pilot.getByTestId('service-request').count()).toBeGreaterThan(1);
    await expect.poll(() => page.getByTestId('request-service').count()).toBe(0);
    await request.getByTestId('request-answered').click();
    await expect.poll(() => request.getByTestId('service-request-status').textContent()).toBe('已答复');
    expect(await request.getByTestId('request-answered').count()).toBe(0);
    expect(await request.getByTestId('request-closed').count()).toBe(1);
    await session.screenshot('platforms-officer');
    expectNoConsoleErrors(session);
  });

  it('marks each gap with its supporting platforms, or none, as platformCoverage says', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/industries/${INDUSTRY}/gaps`);
    const rows = page.getByTestId('gap');
    await rows.first().waitFor();
    await rows.first().getByTestId('platform-mark').waitFor();
    const coverage = await api<Coverage>(COVERAGE, { i: INDUSTRY });
    const supported = new Set(coverage.platformCoverage.supported.map((s) => s.segment.name));
    const unsupported = new Set(coverage.platformCoverage.unsupported.map((s) => s.segment.name));
    expect(supported.size).toBeGreaterThan(0);
    expect(unsupported.size).toBeGreaterThan(0);
    const marks = await rows.evaluateAll((items) =>
      items.map((row) => ({
        name: row.querySelector('.ranked-head .link-button')?.textContent ?? '',
        supported: row.querySelector('[data-testid="platform-mark"]')?.getAttribute('data-supported') ?? 'absent',
      })),
    );
    expect(marks.length).toBe(supported.size + unsupported.size);
    for (const mark of marks) expect(mark.supported, mark.name).toBe(supported.has(mark.name) ? 'true' : 'false');
    await session.screenshot('platforms-gap-marks');

    // The chain map's segment panel says the same for one supported and one unsupported gap.
    for (const [list, expected] of [
      [coverage.platformCoverage.supported, 'true'],
      [coverage.platformCoverage.unsupported, 'false'],
    ] as const) {
      const segmentId = list[0]?.segment.id ?? '';
      await page.goto(`${baseUrl()}/industries/${INDUSTRY}?segment=${encodeURIComponent(segmentId)}`);
      const panel = page.getByTestId('segment-panel');
      await panel.getByTestId('platform-mark').waitFor();
      expect(await panel.getByTestId('platform-mark').getAttribute('data-supported')).toBe(expected);
    }
    expectNoConsoleErrors(session);
  });
});
