import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Principal, RADII, readsEveryFigure } from '@atlas/domain';
import { type GraphExecutor, readDataVersion, SnapshotNotFoundError } from '@atlas/graph';
import { ReportFontError, type ReportLang } from '@atlas/report';
import type { Logger } from 'pino';
import { radiusParam } from '../arguments';
import type { ApiConfig } from '../config';
import { buildReport, isReportFormat, REPORT_CONTENT_TYPES, reportFilenames } from '../report/build-report';
import { shanghaiToday } from '../report/read-report-data';
import { ExportBuilds, ExportsBusyError } from './export-builds';
import { signedInUser } from './request-auth';

const ROUTE = /^\/report\/([a-z0-9_-]{1,40})\.([a-z]{1,10})$/;
const SNAPSHOT_ID = /^[A-Za-z0-9_.:-]{1,80}$/;

/**
 * `GET /report/:industryId.(pdf|docx)[?radius=R&since=<snapshot>&lang=en]`: the industry report (packages/report).
 * Same rules as `/export`: signed-in users only in production; contracted values (sums over other firms'
 * contracts) only in the report of a district-wide role. Files are built once per data version, day, options and
 * audience, at most two at a time (503 + Retry-After beyond).
 */
export function reportRoute(
  executor: GraphExecutor,
  config: ApiConfig,
  logger?: Pick<Logger, 'error'>,
  builds = new ExportBuilds(),
) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const match = url.pathname.match(ROUTE);
    if (!match) return false;
    const [, industryId = '', format = ''] = match;
    if (req.method !== 'GET') return reply(res, 405, 'Reports are GET only.', { allow: 'GET' });
    const user = signedInUser(req);
    if (config.mode === 'production' && !user)
      return reply(res, 401, 'Sign in first: send Authorization: Bearer <token>.');
    if (!isReportFormat(format)) return reply(res, 400, 'Format must be pdf or docx.');
    const radius = radiusParam(url.searchParams.get('radius'));
    if (!radius) return reply(res, 400, `radius must be one of ${RADII.join(', ')}.`);
    const langParam = (url.searchParams.get('lang') ?? 'zh').toLowerCase();
    if (!['zh', 'zh-cn', 'en'].includes(langParam)) return reply(res, 400, 'lang must be zh or en.');
    const lang: ReportLang = langParam === 'en' ? 'en' : 'zh';
    const since = url.searchParams.get('since');
    if (since !== null && !SNAPSHOT_ID.test(since))
      return reply(res, 400, 'since must be a snapshot id (letters, digits, _ . : -, at most 80).');
    const date = shanghaiToday();
    const key = [industryId, radius, format, lang, since ?? '', date, reportAudience(user)].join(':');
    let body: Buffer;
    try {
      const version = await readDataVersion(executor);
      body = await builds.get(key, version, async () => {
        const request = { industryId, radius: radius, since, viewer: user, date };
        return (await buildReport(executor, request, format, lang)) ?? NOT_FOUND;
      });
    } catch (error) {
      if (error instanceof ExportsBusyError)
        return reply(res, 503, 'Two exports are being built; try again in a few seconds.', {
          'retry-after': String(error.retryAfterSeconds),
        });
      if (error instanceof SnapshotNotFoundError) return reply(res, 404, error.message);
      if (error instanceof ReportFontError) {
        logger?.error({ err: error }, 'report fonts missing');
        return reply(res, 500, 'The report fonts are missing on the server; the operator log says which file.');
      }
      throw error;
    }
    if (body === NOT_FOUND) return reply(res, 404, `Industry "${industryId}" does not exist.`);
    const names = reportFilenames(industryId, radius, date, format, lang);
    res.writeHead(200, {
      'content-type': REPORT_CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="${names.ascii}"; filename*=UTF-8''${encodeURIComponent(names.display)}`,
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(body);
    return true;
  };
}

/**
 * Exactly what changes a report's content with its reader, so no reader gets a file built for another: anonymous
 * readers get no matchmaking section, signed-in firms get it without contracted values, district-wide roles whole.
 */
function reportAudience(user: Principal | null): 'anonymous' | 'signed-in' | 'district' {
  if (!user) return 'anonymous';
  return readsEveryFigure(user) ? 'district' : 'signed-in';
}

/** Marks "no such industry" in the cache (an empty Buffer is never a real report). */
const NOT_FOUND = Buffer.alloc(0);

function reply(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${text}\n`);
  return true;
}
