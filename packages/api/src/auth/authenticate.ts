import type { Principal } from '@atlas/domain';
import { type GraphExecutor, userById } from '@atlas/graph';
import { verifyToken } from './tokens';

/**
 * Who sent a request, worked out once per request (server.ts) and handed to GraphQL and the routes:
 * - `user`: the signed-in user, as the graph has it now (role and company re-read, not taken from the token);
 * - `rejected`: a bearer token was sent but is forged, expired, revoked (tokenVersion moved on) or its user is
 *   disabled or gone — the request answers UNAUTHENTICATED, never silently anonymous.
 */
export interface Authentication {
  user: Principal | null;
  rejected: boolean;
}

const ANONYMOUS: Authentication = { user: null, rejected: false };
const REJECTED: Authentication = { user: null, rejected: true };

export function bearerToken(authorization: string | null | undefined): string | undefined {
  return authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
}

/** Verifies the token's signature, then its version against the user's (one index look-up in the graph). */
export async function authenticate(
  authorization: string | null | undefined,
  secret: Uint8Array,
  executor: GraphExecutor,
): Promise<Authentication> {
  const bearer = bearerToken(authorization);
  if (!bearer) return ANONYMOUS;
  const token = await verifyToken(bearer, secret).catch(() => null);
  if (!token) return REJECTED;
  const stored = await userById(executor, token.principal.id);
  if (!stored || stored.disabled || stored.tokenVersion !== token.version) return REJECTED;
  return {
    user: { id: stored.id, username: stored.username, role: stored.role, companyId: stored.companyId },
    rejected: false,
  };
}
