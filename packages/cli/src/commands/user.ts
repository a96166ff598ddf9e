import { AccountError, addAccount, changeRole, PASSWORD_RULE, setDisabled, setPassword } from '@atlas/api/accounts';
import { ROLES, type Role } from '@atlas/domain';
import { listUsers, type UserSummary } from '@atlas/graph';
import { ConfigError } from '@atlas/neo4j-local';
import type { Command } from '../command';
import { type OpenGraph, openGraph } from '../open-graph';
import { type PasswordSource, readPassword } from './password-input';

const USAGE = `atlas user add <name> --role <${ROLES.join('|')}> [--company <id>] | list | passwd <name> | disable <name> | enable <name> | role <name> <ROLE> [--company <id>]`;

/**
 * Accounts, for the operator on the server: the first admin of a production install is made here. Passwords are
 * read from a no-echo prompt, or from standard input when it is not a terminal (`… < file`, a pipe) — never from
 * the command line, where `ps` and shell history would show them. Tests pass their own graph and input.
 */
export const createUserCommand = (
  open: (progress: (line: string) => void) => Promise<OpenGraph> = openGraph,
  password: PasswordSource = readPassword,
): Command => ({
  name: 'user',
  summary: 'accounts: add, list, passwd, disable, enable, role (passwords from a prompt or stdin)',
  usage: 'atlas user add|list|passwd|disable|enable|role …',
  async run(args, out) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      out(`usage: ${USAGE}${parsed ? ` (${parsed})` : ''}`);
      return 2;
    }
    const { action, username, role, company } = parsed;
    try {
      // Read the password before opening the graph: a typo in the confirmation should not start Neo4j.
      const secret =
        action === 'add' || action === 'passwd'
          ? await password(`Password for ${username} (${PASSWORD_RULE}): `)
          : undefined;
      const graph = await open(() => {});
      try {
        const { executor } = graph;
        if (action === 'list') {
          printList(await listUsers(executor), out);
          return 0;
        }
        const name = username as string;
        const user =
          action === 'add'
            ? await addAccount(executor, {
                username: name,
                role: role as Role,
                companyId: company,
                password: secret as string,
              })
            : action === 'passwd'
              ? await setPassword(executor, name, secret as string)
              : action === 'disable' || action === 'enable'
                ? await setDisabled(executor, name, action === 'disable')
                : await changeRole(executor, name, role as Role, company);
        out(`✔ ${DONE[action]} ${describe(user)}`);
        return 0;
      } finally {
        await graph.close();
      }
    } catch (error) {
      if (!(error instanceof AccountError || error instanceof ConfigError)) throw error;
      out(`✖ ${error.message}`);
      return 1;
    }
  },
});

export const userCommand = createUserCommand();

type Action = 'add' | 'list' | 'passwd' | 'disable' | 'enable' | 'role';
const DONE: Record<Action, string> = {
  add: 'Added',
  list: 'Listed',
  passwd: 'New password (tokens revoked) for',
  disable: 'Disabled (tokens revoked)',
  enable: 'Enabled',
  role: 'New role (tokens revoked):',
};

interface Parsed {
  action: Action;
  username?: string;
  role?: Role;
  company: string | null;
}

/** The arguments, or what is wrong with them ('' = no action given). */
function parseArgs(args: string[]): Parsed | string {
  const positional: string[] = [];
  let role: string | undefined;
  let company: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--role') role = args[++i];
    else if (arg === '--company') company = args[++i] ?? null;
    else if (arg.startsWith('--password')) return 'passwords are never read from the command line';
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  const [action, username, ...rest] = positional;
  if (!action) return '';
  if (action === 'list') return rest.length || username ? 'list takes no arguments' : { action, company };
  if (!['add', 'passwd', 'disable', 'enable', 'role'].includes(action)) return `unknown action "${action}"`;
  if (!username) return `${action} needs a username`;
  if (action === 'role') {
    role = rest.shift();
    if (!role) return 'role needs the new role';
  }
  if (rest.length) return `unexpected "${rest[0]}"`;
  if (action === 'add' || action === 'role') {
    if (!role || !(ROLES as readonly string[]).includes(role)) return `the role must be one of ${ROLES.join(', ')}`;
  } else if (role || company) return `${action} takes no --role or --company`;
  return { action: action as Action, username, role: role as Role | undefined, company };
}

function describe(user: UserSummary): string {
  return `${user.username} (${user.role}${user.companyId ? `, company ${user.companyId}` : ''})`;
}

function printList(users: UserSummary[], out: (line: string) => void): void {
  out(`${'username'.padEnd(32)} ${'role'.padEnd(18)} ${'company'.padEnd(24)} state`);
  for (const user of users) {
    const state = [user.disabled ? 'disabled' : 'enabled', user.demo ? 'demo' : ''].filter(Boolean).join(', ');
    out(`${user.username.padEnd(32)} ${user.role.padEnd(18)} ${(user.companyId ?? '—').padEnd(24)} ${state}`);
  }
  out(`${users.length} user${users.length === 1 ? '' : 's'}`);
}
