import { useState } from 'react';
import { eventExportUrl } from '../../api/eventDocuments';
import { authedDownload } from '../../export/authedDownload';
import { useT } from '../../i18n';

/** The schedule as XLSX. The export is for officers, so the file is fetched with the session's bearer token. */
export function ExportScheduleLink({ eventId }: { eventId: string }) {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  // Chinese headers by default; the English interface asks for English ones.
  const href = `${eventExportUrl(eventId)}${t.locale === 'en' ? '?lang=en' : ''}`;
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
            // The route answers errors in plain words ("Sign in first…"): show them.
            await authedDownload(href, `chain-atlas-event-${eventId.replace(/[^A-Za-z0-9._-]/g, '_')}.xlsx`);
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
