import type { Demand } from '../../api/types';
import { SegmentName } from '../../components/SegmentName';
import { useT } from '../../i18n';
import { dateOnly, decimal } from '../../i18n/format';

/** Demands, newest first; each row is a button that opens the demand. */
export function DemandList({
  demands,
  total,
  selected,
  onSelect,
}: {
  demands: Demand[];
  total: number;
  selected: string | null;
  onSelect(id: string): void;
}) {
  const t = useT();
  return (
    <div>
      <p className="muted small">{t('demands.count', { shown: demands.length, total })}</p>
      <ul className="demand-list" data-testid="demand-list">
        {demands.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              className={d.id === selected ? 'demand-row selected' : 'demand-row'}
              aria-pressed={d.id === selected}
              data-testid="demand"
              onClick={() => onSelect(d.id)}
            >
              <span className="demand-row-head">
                <strong>{d.title}</strong>
                {d.kind && d.kind !== 'ORDER' && (
                  <span className="pill" data-testid="demand-kind-tag">
                    {t.dyn('demandKind', d.kind)}
                  </span>
                )}
                <span className={`pill pill-${d.status.toLowerCase()}`}>{t.dyn('demandStatus', d.status)}</span>
              </span>
              <span className="muted small">
                {t.named(d.poster)} · <SegmentName segment={d.segment} />
                {d.quantity !== null && ` · ${decimal(d.quantity, t.locale, 0)} ${d.unit ?? ''}`}
              </span>
              <span className="muted small">
                {dateOnly(d.createdAt, t.locale)} · {t('demands.interested', { n: d.interestedCount })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
