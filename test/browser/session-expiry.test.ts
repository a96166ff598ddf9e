import { afterAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../helpers/graph';
import { api, baseUrl, DEMO_PASSWORD, signIn, useBrowser } from './browser';

const PREFIX = 'browser-test-expiry-';

// The web's data layer (packages/web/src/api/client.ts): a signed-in request answered UNAUTHENTICATED means the
// token no longer counts, so the page signs out and brings the sign-in dialog back instead of showing errors.
describe('an expired session', () => {
  const session = useBrowser();
  const executor = testExecutor();
  const username = `${PREFIX}${Date.now()}`;
  const firstPassword = 'a-browser-made-passphrase';
  const secondPassword = 'another-browser-passphrase';
  afterAll(() =>
    executor.write('browser-test-cleanup', 'MATCH (u:User) WHERE u.username STARTS WITH $prefix DETACH DELETE u', {
      prefix: PREFIX,
    }),
  );

  it('signs the user out and asks to sign in again; signing in again carries on', async () => {
    const { page } = session;
    const { login } = await api<{ login: { token: string } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: 'admin', p: DEMO_PASSWORD },
    );
    await api(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { username, password: firstPassword, role: 'ANALYST' } },
      login.token,
    );

    await page.goto(`${baseUrl()}/demands`);
    await signIn(page, username, firstPassword);
    await page.getByTestId('demand-board').waitFor();
    expect(await page.locator('dialog[open]').count()).toBe(0);

    // An admin resets the password: the server revokes every token the user holds.
    await api(
      'mutation ($u: String!, $p: String!) { resetPassword(username: $u, password: $p) { id } }',
      { u: username, p: secondPassword },
      login.token,
    );
    // The next request goes with the revoked token (a page the client has not cached yet).
    await page
      .getByRole('link', { name: /产业总览|Overview/ })
      .first()
      .click();

    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('session-expired').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('user-menu').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('atlas.session'))).toBeNull();
    await session.screenshot('session-expired');

    await dialog.locator('input[name="username"]').fill(username);
    await dialog.locator('input[name="password"]').fill(secondPassword);
    await dialog.locator('button[type="submit"]').click();
    await page.getByTestId('user-menu').waitFor();
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await expect.poll(() => page.getByTestId('user-menu').textContent()).toContain(username);
  });
});
