import type { Plugin } from 'graphql-yoga';

/**
 * Only what a browser cannot send across sites without asking: a POST with a JSON body. A form can post
 * `application/x-www-form-urlencoded` or `multipart/form-data` and a link can GET, without a CORS preflight —
 * graphql-cop's "possible CSRF" findings. Production takes no GET at all (GraphiQL, the only GET user, is off);
 * demo mode keeps GET for GraphiQL's page and queries (Yoga never runs a mutation over GET).
 */
export function requestGuards(production: boolean): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const refuse = (status: number, text: string, headers: Record<string, string> = {}) =>
        endResponse(
          new Response(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } }),
        );
      if (request.method === 'GET' && production) return refuse(405, 'GraphQL is POST only here.', { allow: 'POST' });
      if (request.method !== 'POST') return;
      const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json' && type !== 'application/graphql-response+json')
        refuse(415, 'Send the GraphQL request as JSON (Content-Type: application/json).');
    },
  };
}
