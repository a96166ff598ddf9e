import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor } from '../helpers/graph';
import { type RunningApi, startApi } from './lib/api';

/**
 * Cross-origin (issue #14): same origin only unless ATLAS_CORS_ORIGINS lists an origin; the Host header must be
 * ours (production: ATLAS_PUBLIC_HOST; demo: loopback names), so a DNS-rebinding page cannot read the API.
 */
const SECRET = 'origin-secret-that-is-long-enough-0123456789';
const executor = testExecutor();
let demo: RunningApi;
let prod: RunningApi;

beforeAll(async () => {
  demo = await startApi(executor, { ATLAS_CORS_ORIGINS: 'https://portal.example.org' });
  prod = await startApi(executor, {
    ATLAS_MODE: 'production',
    ATLAS_JWT_SECRET: SECRET,
    ATLAS_PUBLIC_HOST: 'atlas.example.org, 127.0.0.1',
  });
});
afterAll(async () => {
  await demo?.close();
  await prod?.close();
});

/** A raw request: fetch() will not let us set Host. */
function send(
  base: string,
  path: string,
  headers: Record<string, string>,
  method = 'POST',
  body = '{"query":"{ industries { id } }"}',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? body : undefined);
  });
}

describe('CORS', () => {
  it('a foreign origin gets no allowance: refused, without Access-Control-Allow-Origin (also on preflight)', async () => {
    const host = new URL(demo.base).host;
    for (const method of ['POST', 'OPTIONS']) {
      const res = await send(
        demo.base,
        '/graphql',
        { host, origin: 'https://evil.example', 'access-control-request-method': 'POST' },
        method,
      );
      expect(res.status).toBe(403);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.body.trim().split('\n')).toHaveLength(1);
    }
    const exported = await send(demo.base, '/export/icv.json', { host, origin: 'null' }, 'GET');
    expect(exported.status).toBe(403);
  });

  it('an allow-listed origin is allowed by name (never *), preflight included', async () => {
    const host = new URL(demo.base).host;
    const preflight = await send(
      demo.base,
      '/graphql',
      { host, origin: 'https://portal.example.org', 'access-control-request-method': 'POST' },
      'OPTIONS',
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://portal.example.org');
    expect(preflight.headers['access-control-allow-headers']).toContain('authorization');
    const res = await send(demo.base, '/graphql', { host, origin: 'https://portal.example.org' });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('https://portal.example.org');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('same origin needs no CORS header and works; production allows no foreign origin by default', async () => {
    const host = new URL(demo.base).host;
    const same = await send(demo.base, '/graphql', { host, origin: `http://${host}` });
    expect(same.status).toBe(200);
    expect(same.headers['access-control-allow-origin']).toBeUndefined();
    const prodHost = new URL(prod.base).host;
    const foreign = await send(prod.base, '/graphql', { host: prodHost, origin: 'https://portal.example.org' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('Host (DNS rebinding)', () => {
  it('demo answers a rebinding name with 421 and one line; loopback names pass', async () => {
    const port = new URL(demo.base).port;
    const rebound = await send(demo.base, '/graphql', { host: `rebind.attacker.example:${port}` });
    expect(rebound.status).toBe(421);
    expect(rebound.body.trim().split('\n')).toHaveLength(1);
    expect(rebound.body).toMatch(/demo mode answers only localhost/);
    expect((await send(demo.base, '/', { host: `rebind.attacker.example:${port}` }, 'GET')).status).toBe(421);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`])
      expect((await send(demo.base, '/graphql', { host })).status).toBe(200);
  });

  it('production answers its public host only; /healthz stays reachable for load balancers', async () => {
    const wrong = await send(prod.base, '/graphql', { host: 'atlas.example.org.attacker.example' });
    expect(wrong.status).toBe(421);
    expect(wrong.body).toMatch(/ATLAS_PUBLIC_HOST/);
    expect((await send(prod.base, '/graphql', { host: 'localhost' })).status).toBe(421);
    // The right host reaches GraphQL (which then wants a token: production).
    const right = await send(prod.base, '/graphql', { host: 'atlas.example.org' });
    expect(right.status).not.toBe(421);
    expect(right.body).toMatch(/UNAUTHENTICATED/);
    expect([200, 503]).toContain((await send(prod.base, '/healthz', { host: '10.0.0.7:4000' }, 'GET')).status);
  });
});
