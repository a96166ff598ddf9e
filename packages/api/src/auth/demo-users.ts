import type { Role } from '@atlas/domain';
import {
  type DemoAccounts,
  demoUserCompanies,
  disableDemoUsers,
  disabledDemoUsers,
  ensureUsers,
  type GraphExecutor,
} from '@atlas/graph';
import { hashPassword } from './passwords';

export const DEMO_USERNAMES = ['admin', 'officer', 'analyst', 'leader', 'sme'] as const;

/**
 * The demo users of docs/design.md §5 (demo mode only), marked `demo: true`: `leader` speaks for a Jinshan icv chain
 * leader and `sme` for a small icv firm that supplies into it, chosen from the data. Existing users are left as
 * they are (a disabled one stays disabled: see `demoUsersLeftDisabled`).
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
    users.map((u) => ({ ...u, id: `user.${u.username}`, passwordHash, demo: true })),
  );
}

/**
 * Production keeps no demo login, whatever its password: every demo account (marked `demo`, or one of the five
 * demo usernames with the demo's id `user.<name>`) is disabled and its tokens revoked. Returns the usernames
 * disabled now.
 */
export function disableDemoAccounts(
  executor: GraphExecutor,
  accounts: DemoAccounts = { usernames: DEMO_USERNAMES },
): Promise<string[]> {
  return disableDemoUsers(executor, accounts);
}

/** Demo accounts a production run disabled; demo mode says so at start instead of failing every sign-in. */
export function demoUsersLeftDisabled(
  executor: GraphExecutor,
  accounts: DemoAccounts = { usernames: DEMO_USERNAMES },
): Promise<string[]> {
  return disabledDemoUsers(executor, accounts);
}
