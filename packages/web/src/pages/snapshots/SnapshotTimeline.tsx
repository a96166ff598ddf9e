import { useState } from 'react';
import { errorText } from '../../api/errorText';
import { CREATE_SNAPSHOT, SNAPSHOTS } from '../../api/snapshotDocuments';
import type { SnapshotSummary } from '../../api/types';
import { useMutation } from '../../api/useMutation';
import { useQuery } from '../../api/useQuery';
import { useAuth } from '../../auth/AuthContext';
import { QueryView } from '../../components/StateView';
import { useT } from '../../i18n';
import { dateOnly, percent } from '../../i18n/format';
import { useViewState } from '../../router/viewState';
import { TIMELINE_METRICS, timelineLayout } from './timelineChart';
import './snapshots.css';

const SIZE = { width: 1180, height: 240, left: 56, right: 32, top: 40, bottom: 34 };

/** The industry's snapshots at the current radius as points on a time axis with their KPIs (docs/snapshots.md). */
export function SnapshotTimeline({ industryId }: { industryId: string }) {
  const t = useT();
  const { radius } = useViewState();
  const { user } = useAuth();
  const state = useQuery(SNAPSHOTS, { industryId, radius });
  const mayTake = user?.role === 'ADMIN' || user?.role === 'PROMOTION_OFFICER';
  const count = state.status === 'ok' ? state.data.snapshots.length : 0;
  return (
    <section className="snapshot-timeline" data-testid="snapshot-timeline" data-count={count}>
      <header className="snapshot-head">
        <div>
          <h2>{t('snapshots.timelineTitle')}</h2>
          <p className="muted">{t('snapshots.timelineHint')}</p>
        </div>
        {mayTake && <TakeSnapshot industryId={industryId} />}
      </header>
      <QueryView state={state}>
        {({ snapshots }) =>
          snapshots.length === 0 ? (
            <p className="muted">{t('snapshots.none')}</p>
          ) : (
            <TimelineChart snapshots={snapshots} />
          )
        }
      </QueryView>
    </section>
  );
}

function TimelineChart({ snapshots }: { snapshots: SnapshotSummary[] }) {
  const t = useT();
  const { x: xOf, y, points, paths, ticks } = timelineLayout(snapshots, SIZE);
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
      role="img"
      aria-label={t('snapshots.timelineTitle')}
    >
      <g className="legend-row">
        {TIMELINE_METRICS.map((m, i) => (
          <g key={m.key} transform={`translate(${SIZE.left + i * 200}, 8)`}>
            <rect width={12} height={12} rx={2} fill={m.color} />
            <text x={18} y={10} className="axis-label">
              {t.dyn('snapshotKpi', m.key)}
            </text>
          </g>
        ))}
      </g>
      {[0, 0.5, 1].map((v) => (
        <g key={v} transform={`translate(0, ${y(v)})`}>
          <line x1={SIZE.left} x2={SIZE.width - SIZE.right} className="grid" />
          <text x={SIZE.left - 6} dy="0.35em" textAnchor="end" className="axis-label">
            {percent(v, t.locale)}
          </text>
        </g>
      ))}
      {ticks.map((tick) => (
        <text key={tick.getTime()} x={xOf(tick)} y={SIZE.height - 8} textAnchor="middle" className="axis-label">
          {dateOnly(tick.toISOString(), t.locale)}
        </text>
      ))}
      {paths.map((p) => (
        <path key={p.key} d={p.d} fill="none" stroke={p.color} strokeWidth={2} />
      ))}
      {points.map(({ snapshot, x }) => (
        <g key={snapshot.id} className="snapshot-point" data-snapshot={snapshot.id}>
          <title>
            {t('snapshots.pointTitle', {
              label: snapshot.label ?? t('snapshots.unlabelled'),
              date: dateOnly(snapshot.createdAt, t.locale),
              coverage: percent(snapshot.kpis.coverage, t.locale, 1),
              keyLink: percent(snapshot.kpis.keyLinkCoverage, t.locale, 1),
              rate: percent(snapshot.kpis.localSupportRate, t.locale, 1),
            })}
          </title>
          {TIMELINE_METRICS.map((m) => {
            const value = snapshot.kpis[m.key];
            return value === null ? null : <circle key={m.key} cx={x} cy={y(value)} r={4} fill={m.color} />;
          })}
          {snapshot.label && (
            <text x={x} y={SIZE.top - 6} textAnchor="middle" className="axis-label">
              {snapshot.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

function TakeSnapshot({ industryId }: { industryId: string }) {
  const t = useT();
  const [label, setLabel] = useState('');
  const [done, setDone] = useState(false);
  const [take, state] = useMutation(CREATE_SNAPSHOT);
  return (
    <form
      className="snapshot-take"
      onSubmit={async (event) => {
        event.preventDefault();
        setDone(false);
        const result = await take({ industryId, label: label.trim() || null });
        if (result) {
          setDone(true);
          setLabel('');
        }
      }}
    >
      <input
        data-testid="snapshot-label"
        value={label}
        maxLength={60}
        placeholder={t('snapshots.labelPlaceholder')}
        onChange={(event) => setLabel(event.target.value)}
      />
      <button type="submit" data-testid="snapshot-take" disabled={state.pending}>
        {state.pending ? t('snapshots.taking') : t('snapshots.take')}
      </button>
      {done && <span className="muted">{t('snapshots.taken')}</span>}
      {state.error && <span className="form-error">{errorText(t, state.error)}</span>}
    </form>
  );
}
