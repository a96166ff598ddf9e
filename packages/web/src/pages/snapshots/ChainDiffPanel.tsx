import { useEffect } from 'react';
import { CHAIN_DIFF, SNAPSHOTS } from '../../api/snapshotDocuments';
import type { FirmChanges, GapChange, KpiDelta, Radius } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { QueryView } from '../../components/StateView';
import { type Translate, useT } from '../../i18n';
import { dateOnly, decimal, percent } from '../../i18n/format';
import { CHANGED_COLOR } from '../chain/chainStyle';
import './snapshots.css';

const RATES = new Set(['coverage', 'keyLinkCoverage', 'localSupportRate']);

export interface ChainDiffPanelProps {
  industryId: string;
  radius: Radius;
  /** The snapshot compared with now, or null (no comparison). */
  from: string | null;
  onPick(snapshotId: string | null): void;
  /** The segments whose status changed, for the map to mark; null when not comparing. */
  onChanged(segmentIds: ReadonlySet<string> | null): void;
}

/** The chain map's diff view: pick a snapshot, see what changed since (docs/snapshots.md). */
export function ChainDiffPanel(props: ChainDiffPanelProps) {
  const t = useT();
  const list = useQuery(SNAPSHOTS, {
    industryId: props.industryId,
    radius: props.radius,
  });
  const snapshots = list.status === 'ok' ? [...list.data.snapshots].reverse() : [];
  return (
    <section className="chain-diff-panel">
      <div className="chain-diff-picker">
        <label className="field-inline" title={t('snapshots.compareHint')}>
          <span>{t('snapshots.compare')}</span>
          <select
            data-testid="chain-diff-from"
            value={props.from ?? ''}
            onChange={(event) => props.onPick(event.target.value || null)}
          >
            <option value="">{t('snapshots.compareNone')}</option>
            {snapshots.map((s) => (
              <option key={s.id} value={s.id}>
                {`${s.label ?? t('snapshots.unlabelled')} · ${dateOnly(s.createdAt, t.locale)}`}
              </option>
            ))}
          </select>
        </label>
        {props.from && (
          <span className="legend">
            <span className="swatch swatch-changed" style={{ borderColor: CHANGED_COLOR }} />
            {t('snapshots.legendChanged')}
          </span>
        )}
      </div>
      {props.from && <DiffView {...props} from={props.from} />}
    </section>
  );
}

function DiffView({ industryId, radius, from, onChanged }: ChainDiffPanelProps & { from: string }) {
  const t = useT();
  const state = useQuery(CHAIN_DIFF, { industryId, from, radius });
  const diff = state.status === 'ok' ? state.data.chainDiff : null;
  useEffect(() => {
    onChanged(diff ? new Set(diff.segments.map((s) => s.segmentId)) : null);
  }, [diff, onChanged]);
  useEffect(() => () => onChanged(null), [onChanged]);
  return (
    <QueryView state={state} loadingLabel={t('snapshots.diffLoading')}>
      {({ chainDiff: d }) => (
        <div className="chain-diff" data-testid="chain-diff" data-changed={d.segments.length}>
          <h3>
            {t('snapshots.diffTitle', {
              label: d.from.label ?? t('snapshots.unlabelled'),
              date: dateOnly(d.from.createdAt, t.locale),
            })}
          </h3>
          <div className="chain-diff-columns">
            <div>
              <h4>{t('snapshots.changedSegments', { n: d.segments.length })}</h4>
              {d.segments.length === 0 ? (
                <p className="muted">{t('snapshots.noChanges')}</p>
              ) : (
                <ul className="chain-diff-list">
                  {d.segments.map((s) => (
                    <li key={s.segmentId} data-segment={s.segmentId}>
                      <strong>{t.named(s)}</strong>{' '}
                      {t('snapshots.segmentChange', {
                        from: s.from ? t.dyn('status', s.from) : t('snapshots.absent'),
                        to: s.to ? t.dyn('status', s.to) : t('snapshots.absent'),
                        fromCount: s.fromCount,
                        toCount: s.toCount,
                      })}
                    </li>
                  ))}
                </ul>
              )}
              <GapList title={t('snapshots.gapsClosed', { n: d.gapsClosed.length })} gaps={d.gapsClosed} />
              <GapList title={t('snapshots.gapsOpened', { n: d.gapsOpened.length })} gaps={d.gapsOpened} />
            </div>
            <div>
              <h4>{t('snapshots.kpis')}</h4>
              <table className="chain-diff-kpis">
                <tbody>
                  {d.kpis.map((k) => (
                    <tr key={k.kpi}>
                      <th scope="row">{t.dyn('snapshotKpi', k.kpi)}</th>
                      <td>{kpiText(k, t)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted">
                {t('snapshots.localFirms', { from: d.firmCountsFrom.local, to: d.firmCountsTo.local })}
              </p>
              <FirmList title={t('snapshots.firmsArrived', { n: d.firmsArrived.count })} changes={d.firmsArrived} />
              <FirmList title={t('snapshots.firmsLeft', { n: d.firmsLeft.count })} changes={d.firmsLeft} />
            </div>
          </div>
        </div>
      )}
    </QueryView>
  );
}

function kpiText(k: KpiDelta, t: Translate): string {
  const rate = RATES.has(k.kpi);
  const value = (v: number | null) => (rate ? percent(v, t.locale, 1) : decimal(v, t.locale, 0));
  const delta =
    k.delta === null
      ? ''
      : ` (${k.delta > 0 ? '+' : ''}${rate ? `${decimal(k.delta * 100, t.locale, 1)} pp` : decimal(k.delta, t.locale, 0)})`;
  return `${value(k.from)} → ${value(k.to)}${delta}`;
}

function GapList({ title, gaps }: { title: string; gaps: GapChange[] }) {
  const t = useT();
  if (gaps.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul className="chain-diff-list">
        {gaps.map((g) => (
          <li key={g.segmentId}>
            {t.named(g)} · {t.dyn('status', g.status)} ·{' '}
            {t('snapshots.priority', { value: decimal(g.priority, t.locale, 3) })}
          </li>
        ))}
      </ul>
    </>
  );
}

function FirmList({ title, changes }: { title: string; changes: FirmChanges }) {
  const t = useT();
  if (!changes.known) return <p className="muted">{t('snapshots.firmsUnknown')}</p>;
  if (changes.count === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul className="chain-diff-list">
        {changes.firms.map((f) => (
          <li key={f.id}>{f.name}</li>
        ))}
        {changes.count > changes.firms.length && (
          <li className="muted">{t('snapshots.more', { n: changes.count - changes.firms.length })}</li>
        )}
      </ul>
    </>
  );
}
