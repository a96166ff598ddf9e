export type Health = 'up' | 'down';

/**
 * Asks `/healthz` whether the API reaches Neo4j. The body is read to its end even though the status says it all:
 * an unread body keeps the request open, so the page never reaches network idle and tools waiting for it hang
 * (issue #15). `signal` cancels the request (the badge unmounted).
 */
export async function checkHealth(signal?: AbortSignal, fetcher: typeof fetch = fetch): Promise<Health> {
  try {
    const res = await fetcher('/healthz', { signal });
    await res.arrayBuffer();
    return res.ok ? 'up' : 'down';
  } catch (error) {
    if (signal?.aborted) throw error;
    return 'down';
  }
}
