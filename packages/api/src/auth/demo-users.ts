import type { Role } from '@atlas/domain';
import { demoUserCompanies, ensureUsers, type GraphExecutor } from '@atlas/graph';
import { hashPassword } from './passwords';

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
