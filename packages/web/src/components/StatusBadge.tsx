import type { SegmentStatus } from '../api/types';
import { useT } from '../i18n';

export const STATUS_COLORS: Record<SegmentStatus, string> = {
  MISSING: '#d64545',
  WEAK: '#e8a317',
  STRONG: '#2f9e77',
};

export function StatusBadge({ status }: { status: SegmentStatus }) {
  const t = useT();
  return <span className={`status status-${status.toLowerCase()}`}>{t.dyn('status', status)}</span>;
}

/** Colour key for the chain map and charts. */
export function StatusLegend({ keyLinks = true }: { keyLinks?: boolean }) {
  const t = useT();
  return (
    <ul className="legend" aria-label={t('legend.title')}>
      {(['MISSING', 'WEAK', 'STRONG'] as const).map((status) => (
        <li key={status}>
          <span className="swatch" style={{ background: STATUS_COLORS[status] }} />
          {t.dyn('status', status)}
        </li>
      ))}
      {keyLinks && (
        <li>
          <span className="swatch swatch-key" />
          {t('legend.keyLink')}
        </li>
      )}
    </ul>
  );
}
