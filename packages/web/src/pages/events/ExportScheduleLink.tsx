import { useState } from 'react';
import { eventExportUrl } from '../../api/eventDocuments';
import { download } from '../../export/exporters';
import { useT } from '../../i18n';

/**
 * The schedule as XLSX. The export is for officers, so the file is fetched with the session's bearer token (a plain
 * link would go without it) and handed to the browser as a download. The token is read where AuthContext keeps it.
 */
export function ExportScheduleLink({ eventId }: { eventId: string }) {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  const href = eventExportUrl(eventId);
  return (
    <>
      <a
        href={href}
        className="button"
        data-testid="export-schedule"
        download
        onClick={async (event) => {
          event.preventDefault();
          setProblem(null);
          try {
            const res = await fetch(href, { headers: authorization() });
            // The route answers errors in plain words ("Sign in first…"): show them.
            if (!res.ok) throw new Error((await res.text()).trim() || `HTTP ${res.status}`);
            download(await res.blob(), `chain-atlas-event-${eventId.replace(/[^A-Za-z0-9._-]/g, '_')}.xlsx`);
          } catch (error) {
            setProblem((error as Error).message);
          }
        }}
      >
        {t('schedule.exportXlsx')}
      </a>
      {problem && (
        <span className="form-error" role="alert">
          {t('schedule.exportFailed', { reason: problem })}
        </span>
      )}
    </>
  );
}

function authorization(): Record<string, string> {
  try {
    const session = JSON.parse(sessionStorage.getItem('atlas.session') ?? 'null') as { token?: string } | null;
    return session?.token ? { authorization: `Bearer ${session.token}` } : {};
  } catch {
    return {};
  }
}
