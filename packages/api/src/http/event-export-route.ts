import type { IncomingMessage, ServerResponse } from 'node:http';
import { mayManageEvents } from '@atlas/domain';
import {
  companiesByIds,
  eventsByIds,
  type GraphExecutor,
  meetingsByEventIds,
  renderEventScheduleXlsx,
} from '@atlas/graph';
import { signedInUser } from './request-auth';

const ROUTE = /^\/export\/events\/([A-Za-z0-9._:-]{1,100})\.xlsx$/;

/**
 * `GET /export/events/<eventId>.xlsx[?lang=en]` (docs/events.md): the schedule as a workbook (slot × table grid and a
 * list of meetings; Chinese sheet names and headers, English with `lang=en`, like the report) for promotion officers
 * and admins, who run the day; firms print their schedule from the web page.
 * Small (one event), so built per request, not cached.
 */
export function eventExportRoute(executor: GraphExecutor) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const match = url.pathname.match(ROUTE);
    if (!match) return false;
    const eventId = decodeURIComponent(match[1] ?? '');
    if (req.method !== 'GET') return reply(res, 405, 'Exports are GET only.', { allow: 'GET' });
    const user = signedInUser(req);
    if (!user) return reply(res, 401, 'Sign in first: send Authorization: Bearer <token>.');
    const decision = mayManageEvents(user);
    if (!decision.allowed) return reply(res, 403, `${decision.reason}.`);
    const langParam = (url.searchParams.get('lang') ?? 'zh').toLowerCase();
    if (!['zh', 'zh-cn', 'en'].includes(langParam)) return reply(res, 400, 'lang must be zh or en.');
    const [event] = await eventsByIds(executor, [eventId]);
    if (!event) return reply(res, 404, `Event "${eventId}" does not exist.`);
    const meetings = (await meetingsByEventIds(executor, [event.id])).get(event.id) ?? [];
    const firms = await companiesByIds(executor, [...new Set(meetings.flatMap((m) => [m.buyerId, m.supplierId]))]);
    const names = new Map(firms.map((c) => [c.id, c.name]));
    const lang = langParam === 'en' ? 'en' : 'zh';
    const body = await renderEventScheduleXlsx(event, meetings, (id) => names.get(id) ?? id, lang);
    res.writeHead(200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="chain-atlas-event-${safeFileName(event.id)}.xlsx"`,
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(body);
    return true;
  };
}

const safeFileName = (id: string) => id.replace(/[^A-Za-z0-9._-]/g, '_');

function reply(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${text}\n`);
  return true;
}
