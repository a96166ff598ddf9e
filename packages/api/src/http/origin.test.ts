import { describe, expect, it } from 'vitest';
import { readApiConfig } from '../config';
import { clientAddress, parseTrustProxy } from './client-address';
import { hostProblem, originVerdict, parseCorsOrigins, parsePublicHosts } from './origin';

const production = {
  mode: 'production' as const,
  publicHosts: ['atlas.example.org', 'atlas.internal:8443'],
  corsOrigins: [],
};
const demo = { mode: 'demo' as const, publicHosts: [], corsOrigins: [] };

describe('Host header (DNS rebinding)', () => {
  it('production answers its public hosts only (a port in the list must match)', () => {
    expect(hostProblem('atlas.example.org', production)).toBeNull();
    expect(hostProblem('ATLAS.example.org:443', production)).toBeNull();
    expect(hostProblem('atlas.internal:8443', production)).toBeNull();
    expect(hostProblem('atlas.internal:80', production)).toMatch(/ATLAS_PUBLIC_HOST/);
    expect(hostProblem('evil.example.com', production)).toMatch(/not this server's public host/);
    expect(hostProblem('127.0.0.1:4000', production)).not.toBeNull();
    expect(hostProblem(undefined, production)).toMatch(/Host header is required/);
  });

  it('demo answers loopback names only, on any port', () => {
    for (const host of ['localhost:4000', '127.0.0.1:5173', '[::1]:4000', 'localhost'])
      expect(hostProblem(host, demo)).toBeNull();
    for (const host of ['rebind.attacker.example:4000', '192.168.1.20:4000', 'localhost.attacker.example'])
      expect(hostProblem(host, demo)).toMatch(/demo mode answers only localhost/);
  });
});

describe('Origin', () => {
  const policy = { corsOrigins: ['https://portal.example.org'] };
  it('tells same origin, allow-listed and foreign apart', () => {
    expect(originVerdict(undefined, 'atlas.example.org', policy)).toBe('no-origin');
    expect(originVerdict('https://atlas.example.org', 'atlas.example.org', policy)).toBe('same-origin');
    expect(originVerdict('https://portal.example.org', 'atlas.example.org', policy)).toBe('allowed');
    for (const origin of [
      'https://evil.example',
      'null',
      'https://portal.example.org.evil.example',
      'https://atlas.example.org/x',
    ])
      expect(originVerdict(origin, 'atlas.example.org', policy)).toBe('foreign');
  });

  it('parses the lists, refusing entries that are not exact origins or hosts', () => {
    expect(parseCorsOrigins('https://a.example, http://b.example:8080')).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
    expect(parseCorsOrigins('https://a.example/')).toMatch(/not an origin/);
    expect(parseCorsOrigins('*')).toMatch(/not an origin/);
    expect(parsePublicHosts('Atlas.example.org, atlas.internal:8443')).toEqual([
      'atlas.example.org',
      'atlas.internal:8443',
    ]);
    expect(parsePublicHosts('https://atlas.example.org')).toMatch(/not host\[:port\]/);
  });
});

describe('client address behind proxies', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted', () => {
    expect(clientAddress('10.0.0.5', '1.2.3.4', { hops: 0 })).toBe('10.0.0.5');
    expect(clientAddress('::ffff:10.0.0.5', undefined, { hops: 0 })).toBe('10.0.0.5');
  });

  it('with N hops takes the Nth address from the right (a client-written prefix is not believed)', () => {
    expect(clientAddress('10.0.0.5', '6.6.6.6, 1.2.3.4', { hops: 1 })).toBe('1.2.3.4');
    expect(clientAddress('10.0.0.5', '6.6.6.6, 1.2.3.4, 10.0.0.4', { hops: 2 })).toBe('1.2.3.4');
    expect(clientAddress('10.0.0.5', 'not-an-ip', { hops: 1 })).toBe('10.0.0.5');
  });

  it('with proxy addresses takes the rightmost untrusted one, and only from a trusted peer', () => {
    const trust = { addresses: ['10.0.0.5', '10.0.0.4'] };
    expect(clientAddress('10.0.0.5', '6.6.6.6, 1.2.3.4, 10.0.0.4', trust)).toBe('1.2.3.4');
    expect(clientAddress('9.9.9.9', '1.2.3.4', trust)).toBe('9.9.9.9');
    expect(parseTrustProxy('2')).toEqual({ hops: 2 });
    expect(parseTrustProxy('10.0.0.5, ::1')).toEqual({ addresses: ['10.0.0.5', '::1'] });
    expect(parseTrustProxy('proxy.local')).toMatch(/not an IP address/);
  });
});

describe('production configuration', () => {
  const strong = 'Qm9vdHN0cmFwLXRoaXMtc2VjcmV0LXdpdGgtb3BlbnNzbC1yYW5kLWJhc2U2NA';
  const base = { ATLAS_MODE: 'production', ATLAS_JWT_SECRET: strong, ATLAS_PUBLIC_HOST: 'atlas.example.org' };

  it('accepts a random secret of 32+ bytes and a public host', () => {
    expect(readApiConfig(base).publicHosts).toEqual(['atlas.example.org']);
  });

  it.each([
    ['missing', undefined, /is required/],
    ["the old example's text", 'at-least-32-characters-shared-by-all-replicas', /placeholder/],
    ["the new example's text", 'replace-with-the-output-of-openssl-rand-base64-48', /placeholder/],
    ['32 characters (under 32 random bytes)', 'k3J9x2Lq8vW4nB7mZ1cT6yH5gF0dS2aP', /too short/],
    ['long but repetitive', 'abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabc', /too few/],
  ])('refuses an ATLAS_JWT_SECRET that is %s', (_name, secret, message) => {
    const env: Record<string, string> = { ...base };
    if (secret === undefined) delete env.ATLAS_JWT_SECRET;
    else env.ATLAS_JWT_SECRET = secret;
    expect(() => readApiConfig(env)).toThrow(message);
  });

  it('needs ATLAS_PUBLIC_HOST, caps ATLAS_TOKEN_TTL at 24 h', () => {
    expect(() => readApiConfig({ ...base, ATLAS_PUBLIC_HOST: '' })).toThrow(/ATLAS_PUBLIC_HOST/);
    expect(readApiConfig({ ATLAS_TOKEN_TTL: '86400' }).tokenTtlSeconds).toBe(86_400);
    expect(() => readApiConfig({ ATLAS_TOKEN_TTL: '86401' })).toThrow(/over 86400 s/);
    expect(() => readApiConfig({ ...base, ATLAS_TOKEN_TTL: String(30 * 86_400) })).toThrow(/ATLAS_TOKEN_TTL/);
  });
});
