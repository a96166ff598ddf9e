import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { probeHealth } from '@atlas/graph';
import { authenticate } from './auth/authenticate';
import { readApiConfig } from './config';
import type { AtlasServices } from './context';
import { BodyTooLargeError, readBody } from './http/body';
import { clientAddress } from './http/client-address';
import { eventExportRoute } from './http/event-export-route';
import { exportRoute } from './http/export-route';
import { corsHeaders, hostProblem, originVerdict } from './http/origin';
import { RateLimiter } from './http/rate-limit';
import { reportRoute } from './http/report-route';
import { rememberAuthentication } from './http/request-auth';
import { serveStatic } from './static';
import { createAtlasYoga, type RequestFacts } from './yoga';

export interface ServerOptions {
  /** Folder of the built web app (packages/web/dist). */
  webRoot: string;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
};

/** The whole platform on one port: `/graphql`, `/healthz`, `/export/...`, and the web app at `/`. */
export function createAtlasServer(services: AtlasServices, options: ServerOptions): Server {
  const config = services.config ?? readApiConfig({});
  // The server reads and bounds every body itself (readBody, 413), so Yoga's second limit stays off: it would pipe
  // each body through a stream that counts it again.
  const yoga = createAtlasYoga({ ...services, config }, { bodyReadByServer: true });
  const limiter = new RateLimiter(config.rateLimitPerMinute);
  const routes = [
    exportRoute(services.executor, config),
    eventExportRoute(services.executor),
    reportRoute(services.executor, config, services.logger),
  ];

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? randomUUID();
    res.setHeader('x-request-id', requestId);
    try {
      if (url.pathname === '/healthz') return await health(services, res, config.mode === 'production');
      // DNS rebinding: a page on another name that resolves to us sends that name as Host.
      const misdirected = hostProblem(req.headers.host, config);
      if (misdirected) return plain(res, 421, `${misdirected}\n`);
      const origin = originVerdict(req.headers.origin, req.headers.host, config);
      const api =
        url.pathname === '/graphql' || url.pathname.startsWith('/export/') || url.pathname.startsWith('/report/');
      if (origin === 'foreign' && api)
        return plain(
          res,
          403,
          'Cross-origin request refused: only this site and ATLAS_CORS_ORIGINS may call the API.\n',
        );
      if (origin === 'allowed') {
        for (const [name, value] of Object.entries(corsHeaders(req.headers.origin as string)))
          res.setHeader(name, value);
        if (req.method === 'OPTIONS') return plain(res, 204, '');
      }
      const facts: RequestFacts = {
        clientAddress: clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustProxy),
        // The token is verified here, once per request; GraphQL and the routes use this answer.
        auth: await authenticate(req.headers.authorization, config.jwtSecret, services.executor).catch((error) => ({
          error,
        })),
      };
      rememberAuthentication(req, facts.auth);
      const user = 'user' in facts.auth ? facts.auth.user : null;
      // Signed-in clients are limited per user, everyone else per address, whatever headers they send.
      const wait = limiter.take(user ? `user:${user.id}` : `ip:${facts.clientAddress}`);
      if (wait > 0) return plain(res, 429, 'Too many requests: slow down.\n', { 'retry-after': String(wait) });
      if (url.pathname === '/graphql') return await graphql(yoga, req, res, requestId, config.maxBodyBytes, facts);
      for (const route of routes) if (await route(req, res, url)) return;
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      serveStatic(options.webRoot, req, res);
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        return plain(res, 413, `Request body over ${config.maxBodyBytes} bytes.\n`);
      services.logger?.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent) plain(res, 500, `Internal error (request ${requestId}).\n`);
      else res.end();
    }
  });
}

/**
 * Hands the request to Yoga's Node adapter, which answers on `res` directly (no copy of the headers into a fetch
 * Request, nor of the answer out of a fetch Response). The body was read here, bounded: Yoga takes it from
 * `req.body`, the place its adapter looks for a body a framework has already read.
 */
async function graphql(
  yoga: ReturnType<typeof createAtlasYoga>,
  req: IncomingMessage & { body?: Buffer },
  res: ServerResponse,
  requestId: string,
  maxBodyBytes: number,
  facts: RequestFacts,
): Promise<void> {
  if (req.method === 'POST') req.body = await readBody(req, maxBodyBytes);
  req.headers['x-request-id'] = requestId;
  await yoga.handle(req, res, { atlas: facts });
}

/** Health for load balancers; production says only ok/degraded, never the database's address or errors. */
async function health(services: AtlasServices, res: ServerResponse, terse: boolean): Promise<void> {
  const neo4j = await probeHealth(services.executor);
  const up = neo4j.state === 'up';
  const status = up ? 'ok' : 'degraded';
  res.writeHead(up ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(terse ? { status, neo4j: { state: neo4j.state } } : { status, neo4j }));
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}
