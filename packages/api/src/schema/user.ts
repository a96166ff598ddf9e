import type { Principal } from '@atlas/domain';
import { ROLES, refusal } from '@atlas/domain';
import { listUsers, upgradePasswordHash, userByUsername } from '@atlas/graph';
import { AccountError, addAccount, changeRole, type NewAccount, setDisabled, setPassword } from '../auth/accounts';
import { requireAdmin } from '../auth/guard';
import { checkPassword, hashPassword, needsRehash } from '../auth/passwords';
import { signToken } from '../auth/tokens';
import { builder } from '../builder';
import { apiError, badInput } from '../errors';

export const RoleEnum = builder.enumType('Role', { values: ROLES });

/** A user; `disabled` and `demo` are filled for the admin list (a signed-in user is neither). */
type UserView = Principal & { disabled?: boolean; demo?: boolean };

export const UserRef = builder.objectRef<UserView>('User').implement({
  description: 'A signed-in person; firms act through users whose companyId names them.',
  fields: (t) => ({
    id: t.exposeID('id'),
    username: t.exposeString('username'),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role }),
    companyId: t.exposeID('companyId', { nullable: true }),
    disabled: t.boolean({
      description: 'Cannot sign in; tokens refused.',
      resolve: (u) => u.disabled ?? false,
    }),
    demo: t.boolean({
      description: 'Made by the demo; production disables it.',
      resolve: (u) => u.demo ?? false,
    }),
  }),
});

const AuthPayload = builder.objectRef<{ token: string; user: Principal }>('AuthPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as Authorization: Bearer <token>; expires.' }),
    user: t.field({ type: UserRef, resolve: (p) => p.user }),
  }),
});

/** Compared against when the user does not exist, so that answer takes as long as a wrong password (scrypt). */
let unknownUserHash: Promise<string> | undefined;
const dummyHash = () => {
  unknownUserHash ??= hashPassword(`no-such-user-${Math.random()}`);
  return unknownUserHash;
};

builder.queryField('me', (t) => t.field({ type: UserRef, nullable: true, resolve: (_r, _a, { user }) => user }));

builder.mutationField('login', (t) =>
  t.field({
    type: AuthPayload,
    description: 'One per request; failures are limited per username and per address (TOO_MANY_REQUESTS).',
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, { username, password }, { executor, config, loginLimiter, clientAddress, logger }) => {
      if (username.length > 64 || password.length > 256) throw badInput('username or password is too long');
      await loginLimiter.check(username, clientAddress);
      const stored = await userByUsername(executor, username);
      // Same answer, and the same hashing work, for unknown user, wrong password and disabled account.
      const matches = await checkPassword(password, stored?.passwordHash ?? (await dummyHash()));
      if (!stored || !matches || stored.disabled) {
        await loginLimiter.failed(username, clientAddress);
        const reason = !stored ? 'unknown user' : !matches ? 'wrong password' : 'disabled account';
        logger.warn({ username, clientAddress, reason }, 'sign-in failed'); // never the password
        throw apiError('UNAUTHENTICATED', refusal('LOGIN_FAILED', 'wrong username or password'));
      }
      await loginLimiter.succeeded(username);
      if (needsRehash(stored.passwordHash))
        await upgradePasswordHash(executor, stored.id, stored.passwordHash, await hashPassword(password));
      const user: Principal = {
        id: stored.id,
        username: stored.username,
        role: stored.role,
        companyId: stored.companyId,
      };
      const token = await signToken(user, stored.tokenVersion, config.jwtSecret, config.tokenTtlSeconds);
      return { token, user };
    },
  }),
);

// Account management: admins only. The same rules as `pnpm atlas user …` (auth/accounts.ts).

builder.queryField('users', (t) =>
  t.field({
    type: [UserRef],
    description: 'Every account (admins only).',
    resolve: async (_root, _args, context) => {
      requireAdmin(context);
      return listUsers(context.executor);
    },
  }),
);

const CreateUserInput = builder.inputType('CreateUserInput', {
  fields: (t) => ({
    username: t.string({ required: true }),
    password: t.string({ required: true, description: '12 to 256 characters, at least 6 different ones' }),
    role: t.field({ type: RoleEnum, required: true }),
    companyId: t.id({ required: false, description: 'Required for CHAIN_LEADER and SME' }),
  }),
});

builder.mutationField('createUser', (t) =>
  t.field({
    type: UserRef,
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: (_root, { input }, context) => {
      requireAdmin(context);
      const account: NewAccount = { ...input, companyId: input.companyId ? String(input.companyId) : null };
      return accountCall(() => addAccount(context.executor, account));
    },
  }),
);

builder.mutationField('setUserRole', (t) =>
  t.field({
    type: UserRef,
    description: "Changes a user's role (and company); their tokens are revoked.",
    args: {
      username: t.arg.string({ required: true }),
      role: t.arg({ type: RoleEnum, required: true }),
      companyId: t.arg.id({ required: false }),
    },
    resolve: (_root, { username, role, companyId }, context) => {
      notOneself(requireAdmin(context), username, 'change your own role');
      return accountCall(() => changeRole(context.executor, username, role, companyId ? String(companyId) : null));
    },
  }),
);

builder.mutationField('setUserDisabled', (t) =>
  t.field({
    type: UserRef,
    description: 'Disables (tokens revoked, no sign-in) or enables an account.',
    args: { username: t.arg.string({ required: true }), disabled: t.arg.boolean({ required: true }) },
    resolve: (_root, { username, disabled }, context) => {
      notOneself(requireAdmin(context), username, 'disable your own account');
      return accountCall(() => setDisabled(context.executor, username, disabled));
    },
  }),
);

builder.mutationField('resetPassword', (t) =>
  t.field({
    type: UserRef,
    description: "Sets a user's password; their tokens are revoked.",
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: (_root, { username, password }, context) => {
      requireAdmin(context);
      return accountCall(() => setPassword(context.executor, username, password));
    },
  }),
);

/** An admin cannot lock themselves out from the web page (the CLI on the server still can). */
function notOneself(admin: Principal, username: string, what: string): void {
  if (admin.username === username) throw badInput(`you cannot ${what}; ask another admin or use pnpm atlas user`);
}

async function accountCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AccountError) throw badInput(error.message);
    throw error;
  }
}
