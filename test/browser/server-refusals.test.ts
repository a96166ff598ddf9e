import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';
import { baseUrl, expectNoConsoleErrors, signIn, useBrowser } from './browser';
import { postQuotedInterest } from './quotedInterest';

/**
 * A refusal reads in the reader's language: the leader's page still offers "contracted" for an interest that was
 * meanwhile marked lost, the server refuses the move (reason OUTCOME_MOVE_REFUSED), and the page says so in
 * Chinese, with the steps as words, not the English message with its codes.
 */
describe('server refusals in Chinese', () => {
  const session = useBrowser();
  const executor = testExecutor();
  const scope = testScope('browser-refusals');
  const demandId = scope.id('demand');
  let supplierId = '';

  beforeAll(async () => {
    ({ supplierId } = await postQuotedInterest(executor, {
      id: demandId,
      title: '拒绝提示（浏览器测试）',
      history: '[{"step":"QUOTED","at":"2026-11-25T00:00:00Z","by":"test"}]',
    }));
  });
  afterAll(() => scope.cleanup(executor));

  it('a refused outcome move shows the Chinese reason with the steps as words', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/`);
    await signIn(page, 'leader');
    await page.goto(`${baseUrl()}/demands?demand=${encodeURIComponent(demandId)}`);
    const interest = page.locator(`[data-testid="interest"][data-company="${supplierId}"]`);
    await interest.waitFor();
    expect(await interest.getByTestId('interest-step').textContent()).toBe('已报价');

    // Someone else closes the deal as lost while the page still offers the next steps.
    await executor.write(
      'browser-test',
      `MATCH (:Company {id: $supplierId})-[r:INTERESTED]->(:Demand {id: $demandId})
       SET r.step = 'LOST', r.lostReason = 'PRICE'`,
      { supplierId, demandId },
    );
    const form = interest.getByTestId('outcome-form');
    await form.getByTestId('outcome-step').selectOption('CONTRACTED');
    await form.locator('input[name="contractValue"]').fill('50');
    await form.locator('input[name="date"]').fill('2026-12-01');
    await form.locator('button[type="submit"]').click();

    // Beside the interest, not inside the form: refreshed, the interest reads 未成交 and offers no step, so no form.
    const alert = interest.getByTestId('outcome-refusal');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('输入有误: 意向不能从“未成交”推进到“已签约”。');
    await session.screenshot('refusal-in-chinese');
    expectNoConsoleErrors(session);
  });
});
