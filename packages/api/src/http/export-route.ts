import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { RADII } from '@atlas/domain';
import {
  CONTENT_TYPES,
  exportAudience,
  type GraphExecutor,
  isExportFormat,
  readChainExport,
  readDataVersion,
  redactExport,
  renderExport,
} from '@atlas/graph';
import { radiusParam } from '../arguments';
import type { ApiConfig } from '../config';
import { ExportBuilds, ExportsBusyError } from './export-builds';
import { signedInUser } from './request-auth';

const ROUTE = /^\/export\/([a-z0-9_-]{1,40})\.([a-z]{1,10})$/;
/** Sent in pieces of this size, each after the client took the one before (backpressure). */
const CHUNK_BYTES = 64 * 1024;

/**
 * `GET /export/:industryId.:format[?radius=R]` (docs/design.md §5): the chain map as a file download. Figures the viewer
 * may not read (supply values, credit scores) are blank (graph/export/redact.ts); files are built once per data
 * version and audience, at most two at a time (`ExportBuilds`), and streamed.
 */
export function exportRoute(executor: GraphExecutor, config: ApiConfig, builds = new ExportBuilds()) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const match = url.pathname.match(ROUTE);
    if (!match) return false;
    const [, industryId = '', format = ''] = match;
    if (req.method !== 'GET') return reply(res, 405, 'Exports are GET only.', { allow: 'GET' });
    const user = signedInUser(req);
    // The server verified the token (and its version) once for this request; a revoked token is not signed in.
    if (config.mode === 'production' && !user)
      return reply(res, 401, 'Sign in first: send Authorization: Bearer <token>.');
    if (!isExportFormat(format))
      return reply(res, 400, 'Format must be one of graphml, gexf, json, csv, xlsx, cypher.');
    const radius = radiusParam(url.searchParams.get('radius'));
    if (!radius) return reply(res, 400, `radius must be one of ${RADII.join(', ')}.`);
    const version = await readDataVersion(executor);
    let body: Buffer | null;
    try {
      body = await builds.get(`${industryId}:${radius}:${format}:${exportAudience(user)}`, version, async () => {
        const data = await readChainExport(executor, industryId, radius);
        return data ? renderExport(redactExport(data, user), format) : NOT_FOUND;
      });
    } catch (error) {
      if (!(error instanceof ExportsBusyError)) throw error;
      return reply(res, 503, 'Two exports are being built; try again in a few seconds.', {
        'retry-after': String(error.retryAfterSeconds),
      });
    }
    if (body === NOT_FOUND) return reply(res, 404, `Industry "${industryId}" does not exist.`);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="chain-atlas-${industryId}-${radius.toLowerCase()}.${format}"`,
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    await pipeline(Readable.from(chunks(body)), res);
    return true;
  };
}

/** Marks "no such industry" in the cache (an empty Buffer is never a real export). */
const NOT_FOUND = Buffer.alloc(0);

function* chunks(body: Buffer): Generator<Buffer> {
  for (let at = 0; at < body.length; at += CHUNK_BYTES) yield body.subarray(at, at + CHUNK_BYTES);
}

function reply(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${text}\n`);
  return true;
}
