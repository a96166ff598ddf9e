import type { RefusalReason } from '@atlas/domain';
import { createGraphQLError } from 'graphql-yoga';
import { RateLimiterMemory } from 'rate-limiter-flexible';

/** How many failed sign-ins are allowed per window, per username and per client address. */
export interface LoginLimits {
  failuresPerUsername: number;
  failuresPerAddress: number;
  windowSeconds: number;
}

/**
 * Failed sign-ins counted per username (guessing one account's password) and per client address (spraying many
 * accounts), with rate-limiter-flexible's in-memory store. Counted whether or not the username exists, so being
 * blocked says nothing about existence. In memory, per replica: N replicas allow N× the attempts in the worst
 * case — still far too few for guessing a 12-character password; a shared store would need Redis (OPERATIONS.md).
 * A good sign-in clears its username's count, not its address's (one address may sign in many users).
 */
export class LoginLimiter {
  private readonly byUsername: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(readonly limits: LoginLimits) {
    const options = { duration: limits.windowSeconds, blockDuration: limits.windowSeconds };
    this.byUsername = new RateLimiterMemory({
      ...options,
      keyPrefix: 'login-user',
      points: limits.failuresPerUsername,
    });
    this.byAddress = new RateLimiterMemory({ ...options, keyPrefix: 'login-ip', points: limits.failuresPerAddress });
  }

  /** Throws TOO_MANY_REQUESTS when either count is used up (before any password is checked). */
  async check(username: string, address: string): Promise<void> {
    const [user, ip] = await Promise.all([this.byUsername.get(username), this.byAddress.get(address)]);
    const waits = [
      user && user.consumedPoints >= this.limits.failuresPerUsername ? user.msBeforeNext : 0,
      ip && ip.consumedPoints >= this.limits.failuresPerAddress ? ip.msBeforeNext : 0,
    ];
    const wait = Math.max(...waits);
    if (wait > 0) throw tooManyFailures(Math.ceil(wait / 1000));
  }

  async failed(username: string, address: string): Promise<void> {
    await Promise.all([this.byUsername.penalty(username, 1), this.byAddress.penalty(address, 1)]);
  }

  async succeeded(username: string): Promise<void> {
    await this.byUsername.delete(username);
  }
}

function tooManyFailures(retryAfterSeconds: number) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return createGraphQLError(
    `too many failed sign-ins for this username or from this address; try again in ${minutes} min`,
    {
      extensions: {
        code: 'TOO_MANY_REQUESTS',
        retryAfterSeconds,
        reason: 'LOGIN_LOCKED' satisfies RefusalReason,
        params: { minutes },
      },
    },
  );
}
