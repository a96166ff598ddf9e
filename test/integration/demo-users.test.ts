import { createAtlasYoga, disableDemoAccounts } from '@atlas/api';
import { ensureUsers, userByUsername } from '@atlas/graph';
import bcrypt from 'bcryptjs';
import { afterAll, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';

const executor = testExecutor();
const scope = testScope('demo-lock');
afterAll(() => executor.write('test', 'MATCH (u:User) WHERE u.id STARTS WITH $p DETACH DELETE u', { p: scope.prefix }));

/** The product's rule on this file's users only: ids `<prefix>.user.<name>` play the demo's `user.<name>`. */
const accounts = {
  usernames: [`${scope.prefix}-admin`, `${scope.prefix}-officer`],
  idPrefix: `${scope.prefix}.user.`,
  scope: scope.prefix,
};

it('production disables every demo user whatever its password, and no one else', async () => {
  const [onDemoPassword, changed, marked, real] = ['admin', 'officer', 'marked', 'real'].map(
    (n) => `${scope.prefix}-${n}`,
  );
  await ensureUsers(executor, [
    // Made by an old demo (no mark), still on the demo password.
    {
      id: `${scope.prefix}.user.${onDemoPassword}`,
      username: onDemoPassword as string,
      role: 'ADMIN',
      companyId: null,
      passwordHash: await bcrypt.hash('atlas-demo', 4),
    },
    // Made by an old demo, password since changed: still a demo account.
    {
      id: `${scope.prefix}.user.${changed}`,
      username: changed as string,
      role: 'PROMOTION_OFFICER',
      companyId: null,
      passwordHash: await bcrypt.hash('s3cret-new-and-long', 4),
    },
    // Marked by today's demo.
    {
      id: scope.id('marked'),
      username: marked as string,
      role: 'ANALYST',
      companyId: null,
      passwordHash: 'x',
      demo: true,
    },
    // A real account (the CLI's ids are user-<uuid>).
    { id: scope.id('real'), username: real as string, role: 'ADMIN', companyId: null, passwordHash: 'x' },
  ]);
  expect(await disableDemoAccounts(executor, accounts)).toEqual([onDemoPassword, changed, marked].sort());
  for (const name of [onDemoPassword, changed, marked])
    expect((await userByUsername(executor, name as string))?.disabled).toBe(true);
  expect((await userByUsername(executor, real as string))?.disabled).toBe(false);
  expect(await disableDemoAccounts(executor, accounts)).toEqual([]);
});

it('a disabled user cannot sign in, with the same answer as a wrong password', async () => {
  const yoga = createAtlasYoga({ executor });
  const res = await yoga.fetch('http://x/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!) { login(username: $u, password: "atlas-demo") { token } }',
      variables: { u: `${scope.prefix}-admin` },
    }),
  });
  const body = await res.json();
  expect(body.errors[0]).toMatchObject({
    message: 'wrong username or password',
    extensions: { code: 'UNAUTHENTICATED' },
  });
});
