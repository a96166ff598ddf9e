import type { IncomingMessage, ServerResponse } from 'node:http';
import { RADII, type Radius } from '@atlas/domain';
import { CONTENT_TYPES, type GraphExecutor, isExportFormat, readChainExport, renderExport } from '@atlas/graph';
import { verifyToken } from '../auth/tokens';
import type { ApiConfig } from '../config';

const ROUTE = /^\/export\/([a-z0-9_-]{1,40})\.([a-z]{1,10})$/;

/** `GET /export/:industryId.:format[?radius=R]` (DESIGN §5): the chain map as a file download. */
export function exportRoute(executor: GraphExecutor, config: ApiConfig) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const match = url.pathname.match(ROUTE);
    if (!match) return false;
    const [, industryId = '', format = ''] = match;
    if (req.method !== 'GET') return reply(res, 405, 'Exports are GET only.', { allow: 'GET' });
    if (config.mode === 'production' && !(await signedIn(req, config))) {
      return reply(res, 401, 'Sign in first: send Authorization: Bearer <token>.');
    }
    if (!isExportFormat(format))
      return reply(res, 400, 'Format must be one of graphml, gexf, json, csv, xlsx, cypher.');
    const radius = (url.searchParams.get('radius') ?? 'JINSHAN').toUpperCase();
    if (!(RADII as readonly string[]).includes(radius))
      return reply(res, 400, `radius must be one of ${RADII.join(', ')}.`);
    const data = await readChainExport(executor, industryId, radius as Radius);
    if (!data) return reply(res, 404, `Industry "${industryId}" does not exist.`);
    const body = await renderExport(data, format);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="chain-atlas-${industryId}-${radius.toLowerCase()}.${format}"`,
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(body);
    return true;
  };
}

async function signedIn(req: IncomingMessage, config: ApiConfig): Promise<boolean> {
  const token = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return token
    ? verifyToken(token, config.jwtSecret).then(
        () => true,
        () => false,
      )
    : false;
}

function reply(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${text}\n`);
  return true;
}
