import type { Decision, Principal } from '@atlas/domain';
import type { AtlasContext } from '../context';
import { forbidden, unauthenticated } from '../errors';

/** The signed-in user, or UNAUTHENTICATED. */
export function requireUser(context: AtlasContext): Principal {
  if (!context.user) throw unauthenticated();
  return context.user;
}

/** Applies a pure rule from domain/auth and turns a denial into FORBIDDEN with its reason. */
export function enforce(decision: Decision): void {
  if (!decision.allowed) throw forbidden(decision.refusal ?? decision.reason);
}

/** Accounts are managed by admins only (and by whoever runs the CLI on the server). */
export function requireAdmin(context: AtlasContext): Principal {
  const user = requireUser(context);
  if (user.role !== 'ADMIN') throw forbidden('only admins manage accounts');
  return user;
}
