import { createServer, type Server } from 'node:http';
import { probeHealth } from '@atlas/graph';
import type { AtlasServices } from './context';
import { serveStatic } from './static';
import { createAtlasYoga } from './yoga';

export interface ServerOptions {
  /** Folder of the built web app (packages/web/dist). */
  webRoot: string;
}

/** The whole platform on one port: `/graphql`, `/healthz`, and the web app at `/`. */
export function createAtlasServer(services: AtlasServices, options: ServerOptions): Server {
  const yoga = createAtlasYoga(services);
  return createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/graphql') return yoga(req, res);
    if (path === '/healthz') {
      const neo4j = await probeHealth(services.executor);
      const up = neo4j.state === 'up';
      res.writeHead(up ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ status: up ? 'ok' : 'degraded', neo4j }));
      return;
    }
    serveStatic(options.webRoot, req, res);
  });
}
