import { download } from './exporters';

/**
 * Downloads a server file (an export, the report, an event schedule) with the session's bearer token: a plain
 * `<a href download>` goes without it, so production answers 401 and a signed-in reader in the demo gets the
 * anonymous file. The token is read where AuthContext keeps it (sessionStorage `atlas.session`). The file name is
 * the server's (`filename*` first, for the Chinese report names), else `fallbackName`. Throws the server's plain
 * words ("Sign in first…") when it refuses.
 */
export async function authedDownload(url: string, fallbackName: string): Promise<void> {
  const res = await fetch(url, { headers: authorization() });
  if (!res.ok) throw new Error((await res.text()).trim() || `HTTP ${res.status}`);
  download(await res.blob(), filenameOf(res.headers.get('content-disposition')) ?? fallbackName);
}

/** The file name a Content-Disposition header gives: the RFC 5987 `filename*=UTF-8''…` first, then `filename="…"`. */
export function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = disposition.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return disposition.match(/filename="([^"]+)"/i)?.[1] ?? null;
}

function authorization(): Record<string, string> {
  try {
    const session = JSON.parse(sessionStorage.getItem('atlas.session') ?? 'null') as { token?: string } | null;
    return session?.token ? { authorization: `Bearer ${session.token}` } : {};
  } catch {
    return {};
  }
}
