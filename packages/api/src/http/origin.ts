/**
 * Who may talk to the API from a browser.
 *
 * Host (against DNS rebinding: a hostile page whose name resolves to our address sends its own name as Host):
 * production answers only ATLAS_PUBLIC_HOST's names (`host` = any port, `host:port` = that port); demo answers only
 * loopback names (localhost, 127.0.0.1, [::1]) on any port — the port may be Vite's, whose dev proxy keeps the
 * browser's Host. /healthz is exempt (load balancers probe it by address).
 *
 * Origin (CORS): same origin needs nothing; an origin in ATLAS_CORS_ORIGINS (exact `scheme://host[:port]`) gets
 * Access-Control-Allow-Origin; any other origin is refused on API paths and never gets an allowance. Tokens travel
 * in the Authorization header, not cookies, so no Allow-Credentials either.
 */
export interface OriginPolicy {
  mode: 'demo' | 'production';
  publicHosts: readonly string[];
  corsOrigins: readonly string[];
}

export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

/** One line saying why this Host is refused, or null when it is ours. */
export function hostProblem(host: string | undefined, policy: OriginPolicy): string | null {
  const parsed = host ? splitHost(host) : null;
  if (!parsed) return 'Misdirected request: a Host header is required.';
  if (policy.mode === 'demo') {
    return (LOOPBACK_NAMES as readonly string[]).includes(parsed.name)
      ? null
      : `Misdirected request: demo mode answers only ${LOOPBACK_NAMES.join(', ')}, not "${host}".`;
  }
  const ours = policy.publicHosts.some((entry) => {
    const allowed = splitHost(entry);
    return allowed !== null && allowed.name === parsed.name && (allowed.port === null || allowed.port === parsed.port);
  });
  return ours ? null : `Misdirected request: "${host}" is not this server's public host (ATLAS_PUBLIC_HOST).`;
}

export type OriginVerdict = 'no-origin' | 'same-origin' | 'allowed' | 'foreign';

export function originVerdict(
  origin: string | undefined,
  host: string | undefined,
  policy: Pick<OriginPolicy, 'corsOrigins'>,
): OriginVerdict {
  if (origin === undefined) return 'no-origin';
  if (policy.corsOrigins.includes(origin)) return 'allowed';
  try {
    const url = new URL(origin);
    return host !== undefined && url.host === host.toLowerCase() && origin === url.origin ? 'same-origin' : 'foreign';
  } catch {
    return 'foreign'; // "null" (sandboxed frames, file://) and garbage
  }
}

/** Headers that let an allow-listed origin read the answer; nothing for anyone else. */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type, accept, x-request-id',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

/** ATLAS_CORS_ORIGINS: comma-separated exact origins; returns the list or one line saying which entry is wrong. */
export function parseCorsOrigins(text: string | undefined): string[] | string {
  const entries = (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    let origin: string | null = null;
    try {
      origin = new URL(entry).origin;
    } catch {
      // reported below
    }
    if (origin !== entry || !/^https?:/.test(entry))
      return `ATLAS_CORS_ORIGINS: "${entry}" is not an origin (scheme://host[:port], no path, no trailing slash)`;
  }
  return entries;
}

/** ATLAS_PUBLIC_HOST: comma-separated host[:port] names; returns the list or one line saying which entry is wrong. */
export function parsePublicHosts(text: string | undefined): string[] | string {
  const entries = (text ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  const bad = entries.find((entry) => splitHost(entry) === null || entry.includes('/'));
  return bad === undefined ? entries : `ATLAS_PUBLIC_HOST: "${bad}" is not host[:port] (no scheme, no path)`;
}

/** "Example.org:443" → { name: 'example.org', port: '443' }; "[::1]:4000" keeps the brackets; null if malformed. */
function splitHost(text: string): { name: string; port: string | null } | null {
  const match = text
    .trim()
    .toLowerCase()
    .match(/^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+?)\.?(?::(\d{1,5}))?$/);
  if (!match?.[1]) return null;
  return { name: match[1], port: match[2] ?? null };
}
