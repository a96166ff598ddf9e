import { type Principal, ROLES, type Role } from '@atlas/domain';
import { jwtVerify, SignJWT } from 'jose';

const ALGORITHM = 'HS256';
const ISSUER = 'chain-atlas';

/** Signs a short-lived token naming the user, its role and company. */
export function signToken(user: Principal, secret: Uint8Array, ttlSeconds: number): Promise<string> {
  return new SignJWT({ username: user.username, role: user.role, companyId: user.companyId })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(secret);
}

/** Verifies signature, issuer, expiry — with the algorithm pinned, so `alg: none` or RS/HS confusion fails. */
export async function verifyToken(token: string, secret: Uint8Array): Promise<Principal> {
  const { payload } = await jwtVerify(token, secret, {
    algorithms: [ALGORITHM],
    issuer: ISSUER,
    requiredClaims: ['sub', 'exp', 'iat'],
  });
  // Only tokens we signed pass the signature; their claims are checked all the same (no never-expiring or odd tokens).
  if (!(ROLES as readonly unknown[]).includes(payload.role) || typeof payload.username !== 'string') {
    throw new Error('token claims are not ours');
  }
  return {
    id: String(payload.sub),
    username: String(payload.username),
    role: payload.role as Role,
    companyId: typeof payload.companyId === 'string' ? payload.companyId : null,
  };
}
