import { lockDemoUsers } from '@atlas/api';
import { ensureUsers, userByUsername } from '@atlas/graph';
import bcrypt from 'bcryptjs';
import { afterAll, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';

const executor = testExecutor();
const scope = testScope('demo-lock');
afterAll(() =>
  executor.write('test', 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: scope.prefix }),
);

it('production locks demo users that still have the demo password, and only those', async () => {
  const [exposed, changed] = [scope.id('admin'), scope.id('officer')];
  await ensureUsers(executor, [
    {
      id: exposed,
      username: exposed,
      role: 'ADMIN',
      companyId: null,
      passwordHash: await bcrypt.hash('atlas-demo', 4),
    },
    {
      id: changed,
      username: changed,
      role: 'PROMOTION_OFFICER',
      companyId: null,
      passwordHash: await bcrypt.hash('s3cret-new', 4),
    },
  ]);
  expect(await lockDemoUsers(executor, 'atlas-demo', [exposed, changed])).toEqual([exposed]);
  expect((await userByUsername(executor, exposed))?.disabled).toBe(true);
  expect((await userByUsername(executor, changed))?.disabled).toBe(false);
  expect(await lockDemoUsers(executor, 'atlas-demo', [exposed, changed])).toEqual([]);
});

it('a locked user cannot sign in, with the same answer as a wrong password', async () => {
  const { createAtlasYoga } = await import('@atlas/api');
  const yoga = createAtlasYoga({ executor });
  const res = await yoga.fetch('http://x/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!) { login(username: $u, password: "atlas-demo") { token } }',
      variables: { u: scope.id('admin') },
    }),
  });
  const body = await res.json();
  expect(body.errors[0]).toMatchObject({
    message: 'wrong username or password',
    extensions: { code: 'UNAUTHENTICATED' },
  });
});
