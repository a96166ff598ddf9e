import { randomUUID } from 'node:crypto';
import type { Role } from '@atlas/domain';
import { changeUser, createUser, type GraphExecutor, type UserSummary, type UserWriteRefusal } from '@atlas/graph';
import { passwordProblem } from './password-rule';
import { hashPassword } from './passwords';

/**
 * Account management shared by the CLI (`atlas user …`) and GraphQL (admins): the same rules and messages.
 * Every change that matters for access (role, disable, password) revokes the user's tokens (users.ts).
 */
export class AccountError extends Error {
  override name = 'AccountError';
}

export const USERNAME_RULE = '3 to 64 characters: letters, digits and . _ @ -';
export const COMPANY_ROLES: readonly Role[] = ['CHAIN_LEADER', 'SME'];

export function usernameProblem(username: string): string | null {
  return /^[A-Za-z0-9._@-]{3,64}$/.test(username) ? null : `username "${username}": ${USERNAME_RULE}`;
}

export interface NewAccount {
  username: string;
  role: Role;
  companyId?: string | null;
  password: string;
}

export async function addAccount(executor: GraphExecutor, account: NewAccount): Promise<UserSummary> {
  const problem = usernameProblem(account.username) ?? passwordProblem(account.password, account.username);
  if (problem) throw new AccountError(problem);
  const companyId = companyFor(account.role, account.companyId ?? null);
  // Not `user.<name>`: that id marks the demo's accounts, which production disables.
  const id = `user-${randomUUID()}`;
  const passwordHash = await hashPassword(account.password);
  return outcome(
    await createUser(executor, { id, username: account.username, role: account.role, companyId, passwordHash }),
    account,
  );
}

export async function changeRole(
  executor: GraphExecutor,
  username: string,
  role: Role,
  companyId: string | null = null,
): Promise<UserSummary> {
  return outcome(await changeUser(executor, username, { role, companyId: companyFor(role, companyId) }), {
    username,
    companyId,
  });
}

export async function setDisabled(executor: GraphExecutor, username: string, disabled: boolean): Promise<UserSummary> {
  return outcome(await changeUser(executor, username, { disabled }), { username });
}

export async function setPassword(executor: GraphExecutor, username: string, password: string): Promise<UserSummary> {
  const problem = passwordProblem(password, username);
  if (problem) throw new AccountError(problem);
  return outcome(await changeUser(executor, username, { passwordHash: await hashPassword(password) }), { username });
}

/** Firms act through CHAIN_LEADER and SME users, so those name their company; the other roles name none. */
function companyFor(role: Role, companyId: string | null): string | null {
  if (COMPANY_ROLES.includes(role) && !companyId)
    throw new AccountError(`role ${role} needs a company (--company <id>)`);
  if (!COMPANY_ROLES.includes(role) && companyId)
    throw new AccountError(`role ${role} speaks for no company; only ${COMPANY_ROLES.join(' and ')} take one`);
  return companyId;
}

function outcome(
  result: UserSummary | UserWriteRefusal,
  about: { username: string; companyId?: string | null },
): UserSummary {
  if (result === 'username-taken') throw new AccountError(`user "${about.username}" already exists`);
  if (result === 'no-such-user') throw new AccountError(`user "${about.username}" does not exist`);
  if (result === 'no-such-company') throw new AccountError(`company "${about.companyId}" does not exist`);
  return result;
}
