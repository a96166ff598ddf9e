import { userByUsername } from '@atlas/graph';
import { afterAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../helpers/graph';
import { baseUrl, expectNoConsoleErrors, signIn, useBrowser } from './browser';

const PREFIX = 'browser-test-user-';

describe('accounts page (/admin/users)', () => {
  const session = useBrowser();
  const executor = testExecutor();
  const username = `${PREFIX}${Date.now()}`;
  afterAll(() =>
    executor.write('browser-test-cleanup', 'MATCH (u:User) WHERE u.username STARTS WITH $prefix DETACH DELETE u', {
      prefix: PREFIX,
    }),
  );

  it('asks to sign in, then lets the admin create an account and disable it', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/admin/users`);
    const admin = page.getByTestId('user-admin');
    await admin.waitFor();
    expect(await page.getByTestId('user-admin-new').count()).toBe(0);

    await signIn(page, 'admin');

    const form = page.getByTestId('user-admin-new');
    await form.locator('input[name="new-username"]').fill(username);
    await form.locator('input[name="new-password"]').fill('a-browser-made-passphrase');
    await form.locator('select[name="new-role"]').selectOption('ANALYST');
    await form.locator('button[type="submit"]').click();
    const row = page.getByTestId(`user-row-${username}`);
    await row.waitFor();
    await expect.poll(async () => (await userByUsername(executor, username))?.role).toBe('ANALYST');
    await session.screenshot('admin-users');

    await row.getByRole('button', { name: /停用|Disable/ }).click();
    await expect.poll(async () => (await userByUsername(executor, username))?.disabled).toBe(true);
    await row.getByRole('button', { name: /启用|Enable/ }).waitFor();
    expectNoConsoleErrors(session);
  });
});
