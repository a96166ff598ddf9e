import { type KeyboardEvent, type MouseEvent as ReactMouseEvent, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { useViewState } from '../router/viewState';
import { authedDownload } from './authedDownload';
import { useExporter } from './ExportContext';
import { download, REPORT_FORMATS, reportUrl, SERVER_FORMATS, serverExportUrl } from './exporters';

/**
 * PNG/SVG of the current view (from the page's exporter), the server's exports of the current industry, and its
 * report (PDF/DOCX, in the interface's language).
 */
export function ExportMenu({ industryId }: { industryId: string | null }) {
  const t = useT();
  const exporter = useExporter();
  const { radius } = useViewState();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    }
  };

  const picture = async (kind: 'png' | 'svg') => {
    if (!exporter) return;
    setOpen(false);
    try {
      if (kind === 'png') download(await exporter.png(), `${exporter.name}.png`);
      else download(await exporter.svg(), `${exporter.name}.svg`, 'image/svg+xml');
      setProblem(null);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  // The server's files go with the session's token (a plain link would not carry it); the href stays for copying.
  const serverFile = (url: string, fallbackName: string) => async (event: ReactMouseEvent) => {
    event.preventDefault();
    setOpen(false);
    try {
      await authedDownload(url, fallbackName);
      setProblem(null);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <div className="menu" data-testid="export-menu" ref={root}>
      <button
        type="button"
        ref={button}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
        title={problem ?? undefined}
      >
        {t('export.button')} ▾
      </button>
      {open && (
        <div className="menu-popup" role="menu" aria-label={t('export.button')} onKeyDown={onKeyDown}>
          <div className="menu-heading">{t('export.picture')}</div>
          {(['png', 'svg'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              data-format={kind}
              disabled={!exporter}
              onClick={() => void picture(kind)}
            >
              {t(kind === 'png' ? 'export.png' : 'export.svg')}
            </button>
          ))}
          <div className="menu-heading">{t('export.data')}</div>
          {industryId ? (
            SERVER_FORMATS.map((format) => (
              <a
                key={format}
                role="menuitem"
                data-format={format}
                href={serverExportUrl(industryId, format, radius)}
                download
                onClick={serverFile(serverExportUrl(industryId, format, radius), `chain-atlas-${industryId}.${format}`)}
              >
                {t.dyn('exportFormat', format)}
              </a>
            ))
          ) : (
            <div className="menu-note muted">{t('export.chooseIndustry')}</div>
          )}
          {industryId && (
            <>
              <div className="menu-heading">{t('report.heading')}</div>
              {REPORT_FORMATS.map((format) => (
                <a
                  key={format}
                  role="menuitem"
                  data-format={`report-${format}`}
                  href={reportUrl(industryId, format, radius, t.locale)}
                  download
                  onClick={serverFile(
                    reportUrl(industryId, format, radius, t.locale),
                    `${industryId}-report.${format}`,
                  )}
                >
                  {t(format === 'pdf' ? 'report.pdf' : 'report.docx')}
                </a>
              ))}
            </>
          )}
        </div>
      )}
    </div>
  );
}
