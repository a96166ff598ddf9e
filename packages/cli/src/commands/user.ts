import { AccountError, addAccount, changeRole, PASSWORD_RULE, setDisabled, setPassword } from '@atlas/api/accounts';
import { ConfigError } from '@atlas/config';
import { ROLES, type Role } from '@atlas/domain';
import { listUsers, type UserSummary } from '@atlas/graph';
import { defineCommand, UsageError } from '../args';
import { type GraphOpener, openGraph, withGraph } from '../open-graph';
import { type PasswordSource, readPassword } from './password-input';

const USAGE = `atlas user add <name> --role <${ROLES.join('|')}> [--company <id>] | list | passwd <name> | disable <name> | enable <name> | role <name> <ROLE> [--company <id>]`;

/**
 * Accounts, for the operator on the server: the first admin of a production install is made here. Passwords are
 * read from a no-echo prompt, or from standard input when it is not a terminal (`… < file`, a pipe) — never from
 * the command line, where `ps` and shell history would show them. Tests pass their own graph and input.
 */
export const createUserCommand = (open: GraphOpener = openGraph, password: PasswordSource = readPassword) =>
  defineCommand({
    name: 'user',
    summary: 'accounts: add, list, passwd, disable, enable, role (passwords from a prompt or stdin)',
    usage: USAGE,
    synopsis: 'atlas user add|list|passwd|disable|enable|role …',
    // --password is known only to be refused with the reason (a mistyped option would just say "unknown").
    options: { role: { type: 'string' }, company: { type: 'string' }, password: { type: 'string' } },
    async run({ values, positionals }, out) {
      const { action, username, role, company } = checkArguments(positionals, values);
      try {
        // Read the password before opening the graph: a typo in the confirmation should not start Neo4j.
        const secret =
          action === 'add' || action === 'passwd'
            ? await password(`Password for ${username} (${PASSWORD_RULE}): `)
            : undefined;
        return await withGraph(
          open,
          () => {},
          async ({ executor }) => {
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
          },
        );
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

/** The arguments, checked: a `UsageError` says what is wrong with them. */
function checkArguments(positional: string[], values: { role?: string; company?: string; password?: string }): Parsed {
  if (values.password !== undefined) throw new UsageError('passwords are never read from the command line');
  let role = values.role;
  const company = values.company ?? null;
  const [action, username, ...rest] = positional;
  if (!action) throw new UsageError('no action');
  if (action === 'list') {
    if (rest.length || username) throw new UsageError('list takes no arguments');
    return { action, company };
  }
  if (!['add', 'passwd', 'disable', 'enable', 'role'].includes(action))
    throw new UsageError(`unknown action "${action}"`);
  if (!username) throw new UsageError(`${action} needs a username`);
  if (action === 'role') {
    role = rest.shift();
    if (!role) throw new UsageError('role needs the new role');
  }
  if (rest.length) throw new UsageError(`unexpected "${rest[0]}"`);
  if (action === 'add' || action === 'role') {
    if (!role || !(ROLES as readonly string[]).includes(role))
      throw new UsageError(`the role must be one of ${ROLES.join(', ')}`);
  } else if (role || company) throw new UsageError(`${action} takes no --role or --company`);
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
