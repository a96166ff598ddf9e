import { describe, expect, it } from 'vitest';
import { checkHealth } from './health';

/** A /healthz answer whose body says when it has been read to the end. */
function answer(status: number): { response: Response; consumed: () => boolean } {
  let done = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(new TextEncoder().encode('{"status":"ok","neo4j":{"state":"up"}}'));
      controller.close();
      done = true;
    },
  });
  return { response: new Response(body, { status }), consumed: () => done };
}

describe('checkHealth', () => {
  it('reads the body to its end, up or down', async () => {
    for (const [status, health] of [
      [200, 'up'],
      [503, 'down'],
    ] as const) {
      const { response, consumed } = answer(status);
      expect(await checkHealth(undefined, async () => response)).toBe(health);
      expect(response.bodyUsed).toBe(true);
      expect(consumed()).toBe(true);
    }
  });

  it('says down when the server cannot be reached, and rejects when cancelled', async () => {
    expect(await checkHealth(undefined, () => Promise.reject(new TypeError('Failed to fetch')))).toBe('down');
    const request = new AbortController();
    const pending = checkHealth(request.signal, (_url, init) => {
      return new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    });
    request.abort();
    await expect(pending).rejects.toThrow('aborted');
  });
});
