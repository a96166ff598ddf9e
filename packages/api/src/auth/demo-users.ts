import type { Role } from '@atlas/domain';
import { demoUserCompanies, disableUsers, ensureUsers, type GraphExecutor, userByUsername } from '@atlas/graph';
import { checkPassword, hashPassword } from './passwords';

/**
 * The demo users of DESIGN §5 (demo mode only): `leader` speaks for a Jinshan icv chain leader and `sme` for a
 * small icv firm that supplies into it, chosen from the data. Existing users are left as they are.
 */
export async function ensureDemoUsers(executor: GraphExecutor, password: string): Promise<number> {
  const { leaderId, smeId } = await demoUserCompanies(executor);
  const passwordHash = await hashPassword(password);
  const users: Array<{ username: string; role: Role; companyId: string | null }> = [
    { username: 'admin', role: 'ADMIN', companyId: null },
    { username: 'officer', role: 'PROMOTION_OFFICER', companyId: null },
    { username: 'analyst', role: 'ANALYST', companyId: null },
    ...(leaderId ? [{ username: 'leader', role: 'CHAIN_LEADER' as const, companyId: leaderId }] : []),
    ...(smeId ? [{ username: 'sme', role: 'SME' as const, companyId: smeId }] : []),
  ];
  return ensureUsers(
    executor,
    users.map((u) => ({ ...u, id: `user.${u.username}`, passwordHash })),
  );
}

export const DEMO_USERNAMES = ['admin', 'officer', 'analyst', 'leader', 'sme'] as const;

/**
 * Production must not keep the well-known demo logins: any demo user still holding the demo password is locked.
 * Returns the usernames locked now.
 */
export async function lockDemoUsers(
  executor: GraphExecutor,
  demoPassword: string,
  usernames: readonly string[] = DEMO_USERNAMES,
): Promise<string[]> {
  const exposed: string[] = [];
  for (const username of usernames) {
    const user = await userByUsername(executor, username);
    if (user && !user.disabled && (await checkPassword(demoPassword, user.passwordHash))) exposed.push(username);
  }
  if (exposed.length) await disableUsers(executor, exposed);
  return exposed;
}
