import { describe, expect, it } from 'vitest';
import { AnalyticsCache, requestAnalytics } from './analytics-cache';

describe('AnalyticsCache', () => {
  it('computes once per key and version, and again when the version changes', async () => {
    const cache = new AnalyticsCache();
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.get('gaps:a', 'v1', compute)).toBe(1);
    expect(await cache.get('gaps:a', 'v1', compute)).toBe(1);
    expect(await cache.get('gaps:b', 'v1', compute)).toBe(2);
    expect(await cache.get('gaps:a', 'v2', compute)).toBe(3);
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 3 });
  });

  it('lets identical requests that arrive meanwhile share one computation', async () => {
    const cache = new AnalyticsCache();
    let calls = 0;
    let finish: (value: string) => void = () => {};
    const compute = () => {
      calls++;
      return new Promise<string>((resolve) => {
        finish = resolve;
      });
    };
    const waiting = [1, 2, 3].map(() => cache.get('chainMap:icv', 'v1', compute));
    finish('map');
    expect(await Promise.all(waiting)).toEqual(['map', 'map', 'map']);
    expect(calls).toBe(1);
  });

  it('does not keep failures', async () => {
    const cache = new AnalyticsCache();
    await expect(cache.get('k', 'v1', () => Promise.reject(new Error('busy')))).rejects.toThrow('busy');
    expect(await cache.get('k', 'v1', async () => 'ok')).toBe('ok');
  });

  it('evicts the least recently used entry beyond its size', async () => {
    const cache = new AnalyticsCache(2);
    await cache.get('a', 'v', async () => 'a');
    await cache.get('b', 'v', async () => 'b');
    await cache.get('a', 'v', async () => 'stale'); // a is now the most recently used
    await cache.get('c', 'v', async () => 'c'); // evicts b
    expect(cache.size).toBe(2);
    expect(await cache.get('a', 'v', async () => 'recomputed')).toBe('a');
    expect(await cache.get('b', 'v', async () => 'recomputed')).toBe('recomputed');
  });

  it('recomputes after maxAgeMs even when the version is the same', async () => {
    let clock = 0;
    const cache = new AnalyticsCache(10, 1000, () => clock);
    await cache.get('k', 'v', async () => 'first');
    clock = 999;
    expect(await cache.get('k', 'v', async () => 'second')).toBe('first');
    clock = 1000;
    expect(await cache.get('k', 'v', async () => 'third')).toBe('third');
  });
});

describe('requestAnalytics', () => {
  it('reads the data version once per request and keys by name and arguments', async () => {
    const cache = new AnalyticsCache();
    let versionReads = 0;
    const request = requestAnalytics(cache, async () => {
      versionReads++;
      return 'v1';
    });
    expect(await request.cached('gaps', { id: 'icv', radius: 'JINSHAN' }, async () => 'icv')).toBe('icv');
    expect(await request.cached('gaps', { id: 'bio', radius: 'JINSHAN' }, async () => 'bio')).toBe('bio');
    expect(await request.cached('gaps', { id: 'icv', radius: 'JINSHAN' }, async () => 'again')).toBe('icv');
    expect(versionReads).toBe(1);
  });

  it('computes every time without a cache (ATLAS_ANALYTICS_CACHE=off)', async () => {
    const request = requestAnalytics(null, () => Promise.reject(new Error('not read')));
    let calls = 0;
    await request.cached('gaps', {}, async () => ++calls);
    await request.cached('gaps', {}, async () => ++calls);
    expect(calls).toBe(2);
  });
});
