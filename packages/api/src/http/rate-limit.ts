/**
 * Per-client token bucket: `perMinute` requests a minute on average, bursts up to a fifth of that. In memory,
 * per replica — a shared limiter belongs in the load balancer when the API scales out.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly capacity: number;
  private readonly refillPerMs: number;

  constructor(readonly perMinute: number) {
    this.capacity = Math.max(10, Math.ceil(perMinute / 5));
    this.refillPerMs = perMinute / 60_000;
  }

  /** Takes one token; returns the seconds to wait when there is none (0 = allowed). */
  take(client: string, now = Date.now()): number {
    if (this.perMinute === 0) return 0;
    const bucket = this.buckets.get(client) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.refillPerMs);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 50_000) this.evictFull(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000);
  }

  private evictFull(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.refillPerMs >= this.capacity) this.buckets.delete(client);
    }
  }
}
