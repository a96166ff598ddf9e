/** The app's pages and their URLs; `matchRoute` is pure so it is unit-tested. */
export type Route =
  | { page: 'overview' }
  | { page: 'chain'; industryId: string }
  | { page: 'gaps'; industryId: string }
  | { page: 'roadmap'; industryId: string }
  | { page: 'demands' }
  | { page: 'events' }
  | { page: 'event'; eventId: string }
  | { page: 'company'; companyId: string }
  | { page: 'review' }
  | { page: 'quality'; industryId: string }
  | { page: 'platforms'; industryId: string }
  | { page: 'adminUsers' }
  | { page: 'notFound' };

export type IndustryPage = 'chain' | 'gaps' | 'roadmap' | 'quality' | 'platforms';

export function matchRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (parts.length === 0) return { page: 'overview' };
  if (first === 'demands' && parts.length === 1) return { page: 'demands' };
  if (first === 'events' && parts.length === 1) return { page: 'events' };
  if (first === 'events' && second && parts.length === 2) return { page: 'event', eventId: second };
  if (first === 'admin' && second === 'users' && parts.length === 2) return { page: 'adminUsers' };
  if (first === 'review' && parts.length === 1) return { page: 'review' };
  if (first === 'companies' && second && parts.length === 2) return { page: 'company', companyId: second };
  if (first === 'industries' && second) {
    if (parts.length === 2) return { page: 'chain', industryId: second };
    if (parts.length === 3 && (third === 'gaps' || third === 'roadmap' || third === 'quality' || third === 'platforms'))
      return { page: third, industryId: second };
  }
  return { page: 'notFound' };
}

export function industryPath(industryId: string, page: IndustryPage): string {
  const base = `/industries/${encodeURIComponent(industryId)}`;
  return page === 'chain' ? base : `${base}/${page}`;
}

export const companyPath = (companyId: string) => `/companies/${encodeURIComponent(companyId)}`;

export const eventPath = (eventId: string) => `/events/${encodeURIComponent(eventId)}`;
