import { randomUUID } from 'node:crypto';
import type { Principal } from '@atlas/domain';
import { ROLES } from '@atlas/domain';
import { userByUsername } from '@atlas/graph';
import { checkPassword, hashPassword } from '../auth/passwords';
import { signToken } from '../auth/tokens';
import { builder } from '../builder';
import { apiError, badInput } from '../errors';

export const RoleEnum = builder.enumType('Role', { values: ROLES });

export const UserRef = builder.objectRef<Principal>('User').implement({
  description: 'A signed-in person; firms act through users whose companyId names them.',
  fields: (t) => ({
    id: t.exposeID('id'),
    username: t.exposeString('username'),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role }),
    companyId: t.exposeID('companyId', { nullable: true }),
  }),
});

const AuthPayload = builder.objectRef<{ token: string; user: Principal }>('AuthPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as Authorization: Bearer <token>; expires.' }),
    user: t.field({ type: UserRef, resolve: (p) => p.user }),
  }),
});

/** Compared against when the user does not exist, so that answer takes as long as a wrong password. */
const unknownUserHash = hashPassword(randomUUID());

builder.queryField('me', (t) => t.field({ type: UserRef, nullable: true, resolve: (_r, _a, { user }) => user }));

builder.mutationField('login', (t) =>
  t.field({
    type: AuthPayload,
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, { username, password }, { executor, config }) => {
      if (username.length > 64 || password.length > 256) throw badInput('username or password is too long');
      const stored = await userByUsername(executor, username);
      // Same answer, and the same bcrypt work, for unknown user and wrong password, so usernames cannot be probed.
      const matches = await checkPassword(password, stored?.passwordHash ?? (await unknownUserHash));
      if (!stored || !matches || stored.disabled) {
        throw apiError('UNAUTHENTICATED', 'wrong username or password');
      }
      const user: Principal = {
        id: stored.id,
        username: stored.username,
        role: stored.role,
        companyId: stored.companyId,
      };
      return { token: await signToken(user, config.jwtSecret, config.tokenTtlSeconds), user };
    },
  }),
);
