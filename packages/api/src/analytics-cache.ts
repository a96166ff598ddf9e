/**
 * Analytics results shared between requests, valid for one data version (graph/data-version.ts). Chain maps, gaps,
 * supporting rates and matches are the same for every user until something writes to the graph, and at a million
 * firms one of them costs seconds of single-threaded Cypher: computing it once per version, and letting identical
 * requests that arrive meanwhile wait for that one computation, is what keeps the API answering under load.
 *
 * Correctness rests on the tag being read *before* computing: a write that commits during the computation changes
 * the version, so the (possibly newer) result is filed under the old tag and recomputed on the next request —
 * never the reverse. Failed computations are not kept. Entries are evicted least recently used, and none is served
 * after `maxAgeMs`: that bounds what the version cannot see — demands expiring with the clock, and edits made
 * outside Chain Atlas (Cypher typed into Neo4j Browser does not replace the token).
 */
export class AnalyticsCache {
  private readonly entries = new Map<string, { version: string; value: Promise<unknown>; at: number }>();
  hits = 0;
  misses = 0;

  constructor(
    readonly maxEntries = 500,
    readonly maxAgeMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  async get<T>(key: string, version: string, compute: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.version === version && this.now() - entry.at < this.maxAgeMs) {
      this.hits++;
      // Re-insert: Map keeps insertion order, so the first key is always the least recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value as Promise<T>;
    }
    this.misses++;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { version, value, at: this.now() });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}

/** One request's view of the cache: the data version is read once per request, on first use. */
export interface RequestAnalytics {
  /** `name` and `args` make the key: pass everything the result depends on (ids, radius, threshold, weights). */
  cached<T>(name: string, args: unknown, compute: () => Promise<T>): Promise<T>;
}

export function requestAnalytics(cache: AnalyticsCache | null, readVersion: () => Promise<string>): RequestAnalytics {
  let version: Promise<string> | undefined;
  return {
    async cached(name, args, compute) {
      if (!cache) return compute();
      version ??= readVersion();
      return cache.get(`${name}:${JSON.stringify(args)}`, await version, compute);
    },
  };
}
