import type { IncomingMessage } from 'node:http';
import type { Authentication } from '../auth/authenticate';

/**
 * The authentication server.ts worked out for a request, for routes that need it (exports): the token is
 * verified and its version read once per request, not again by each consumer.
 */
const known = new WeakMap<IncomingMessage, Authentication | { error: unknown }>();

export function rememberAuthentication(req: IncomingMessage, auth: Authentication | { error: unknown }): void {
  known.set(req, auth);
}

/** The signed-in user of a request the server has authenticated; null for anonymous, rejected or unknown. */
export function signedInUser(req: IncomingMessage): Authentication['user'] {
  const auth = known.get(req);
  return auth && 'user' in auth ? auth.user : null;
}
