import { describe, expect, it } from 'vitest';
import { testExecutor } from '../helpers/graph';
import { api, baseUrl, expectNoConsoleErrors, signIn, useBrowser } from './browser';

const HINT = /仅交易双方及招商、分析人员可见|visible to the parties, promotion officers and analysts/;

/**
 * Figures the read rules hide (docs/SECURITY.md, read matrix) come back null; the page says who may read them
 * instead of a bare dash, and says nothing to the roles that read every figure. Also: the page settles (network
 * idle), which it never did while the health badge left its /healthz body unread (issue #15 item 5).
 */
describe('hidden figures and a page that settles', () => {
  const session = useBrowser();
  const executor = testExecutor();

  it('reaches network idle with the health badge up and its /healthz request finished', async () => {
    const { page } = session;
    const finished: string[] = [];
    const onFinished = (request: { url(): string }) => finished.push(new URL(request.url()).pathname);
    page.on('requestfinished', onFinished);
    await page.goto(baseUrl(), { waitUntil: 'networkidle', timeout: 20_000 });
    page.off('requestfinished', onFinished);
    await page.locator('.badge-up').waitFor();
    expect(finished).toContain('/healthz');
    expectNoConsoleErrors(session);
  });

  it('marks a firm’s credit score and supply values as hidden for a reader not party to them, not for an analyst', async () => {
    const { page } = session;
    const [firm] = await executor.read<{ id: string }>(
      'test',
      `MATCH (:Company)-[e:SUPPLIES]->(c:Company) WHERE c.creditScore IS NOT NULL AND e.annualValue IS NOT NULL
       RETURN c.id AS id ORDER BY c.id LIMIT 1`,
    );
    expect(firm?.id).toBeTruthy();
    const { company } = await api<{ company: { creditScore: number | null } }>(
      'query($id: ID!) { company(id: $id) { creditScore } }',
      { id: firm?.id },
    );
    expect(company.creditScore).toBeNull(); // anonymous (demo mode): hidden by the API

    await page.goto(`${baseUrl()}/companies/${encodeURIComponent(firm?.id as string)}`);
    const profile = page.getByTestId('company-page');
    const suppliers = page.getByTestId('company-suppliers').locator('li');
    await suppliers.first().waitFor();
    const credit = profile.locator('dl.facts dd').filter({ has: page.getByTestId('hidden-figure') });
    expect(await credit.count()).toBe(1);
    expect(await credit.getByTestId('hidden-figure').getAttribute('title')).toMatch(HINT);
    const perSupplier = await suppliers.evaluateAll((items) =>
      items.map((li) => li.querySelectorAll('[data-testid="hidden-figure"]').length),
    );
    expect(perSupplier.length).toBeGreaterThan(0);
    expect(perSupplier.every((n) => n === 1)).toBe(true);
    await page.getByTestId('blast-radius').getByTestId('hidden-figure').first().waitFor();
    await session.screenshot('hidden-figures');

    await signIn(page, 'analyst');
    await expect.poll(() => page.getByTestId('hidden-figure').count()).toBe(0);
    const facts = profile.locator('dl.facts', { hasText: /信用分|Credit score/ });
    await expect.poll(() => facts.textContent()).toMatch(/(信用分|Credit score)\s*\d/);
    expectNoConsoleErrors(session);
  });
});
