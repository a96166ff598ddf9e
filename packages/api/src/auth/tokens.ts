import { type Principal, ROLES, type Role } from '@atlas/domain';
import { jwtVerify, SignJWT } from 'jose';

const ALGORITHM = 'HS256';
const ISSUER = 'chain-atlas';

/** A token's claims once its signature and expiry check out; `version` is compared with the user's tokenVersion. */
export interface VerifiedToken {
  principal: Principal;
  version: number;
}

/**
 * Signs a short-lived token naming the user, its role and company, and the user's tokenVersion (`ver`): raising
 * the version in the graph (disable, role or password change) revokes every token signed before.
 */
export function signToken(user: Principal, version: number, secret: Uint8Array, ttlSeconds: number): Promise<string> {
  return new SignJWT({ username: user.username, role: user.role, companyId: user.companyId, ver: version })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(secret);
}

/** Verifies signature, issuer, expiry — with the algorithm pinned, so `alg: none` or RS/HS confusion fails. */
export async function verifyToken(token: string, secret: Uint8Array): Promise<VerifiedToken> {
  const { payload } = await jwtVerify(token, secret, {
    algorithms: [ALGORITHM],
    issuer: ISSUER,
    requiredClaims: ['sub', 'exp', 'iat'],
  });
  // Only tokens we signed pass the signature; their claims are checked all the same (no never-expiring or odd tokens).
  if (!(ROLES as readonly unknown[]).includes(payload.role) || typeof payload.username !== 'string') {
    throw new Error('token claims are not ours');
  }
  // Tokens signed before versions existed carry none: version 0, what every user starts at.
  const version = payload.ver === undefined ? 0 : payload.ver;
  if (!Number.isSafeInteger(version)) throw new Error('token version is not ours');
  return {
    principal: {
      id: String(payload.sub),
      username: String(payload.username),
      role: payload.role as Role,
      companyId: typeof payload.companyId === 'string' ? payload.companyId : null,
    },
    version: version as number,
  };
}
