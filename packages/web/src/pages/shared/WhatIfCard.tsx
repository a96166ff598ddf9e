import { WHAT_IF } from '../../api/documents';
import type { Radius, SupportRate } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { SegmentName } from '../../components/SegmentName';
import { QueryView } from '../../components/StateView';
import { StatusBadge } from '../../components/StatusBadge';
import { type MessageKey, useT } from '../../i18n';
import { percent } from '../../i18n/format';

const ROWS: Array<{ key: keyof SupportRate; label: MessageKey }> = [
  { key: 'coverage', label: 'kpi.coverage' },
  { key: 'keyLinkCoverage', label: 'kpi.keyLinkCoverage' },
  { key: 'byValue', label: 'kpi.localSupportRate' },
];

/** What-if: attract one firm into the radius and compare coverage and local supporting rate; nothing is written. */
export function WhatIfCard({
  industryId,
  radius,
  companyId,
  companyName,
}: {
  industryId: string;
  radius: Radius;
  companyId: string;
  companyName: string;
}) {
  const t = useT();
  const state = useQuery(WHAT_IF, { industryId, radius, attract: [companyId] });
  return (
    <section className="side-section what-if" data-testid="what-if" aria-live="polite">
      <h3>{t('whatIf.title', { company: companyName })}</h3>
      <QueryView state={state} loadingLabel={t('whatIf.computing')}>
        {({ whatIf }) => (
          <>
            <table className="compare">
              <thead>
                <tr>
                  <th scope="col">{t('whatIf.metric')}</th>
                  <th scope="col">{t('whatIf.before')}</th>
                  <th scope="col">{t('whatIf.after')}</th>
                  <th scope="col">{t('whatIf.change')}</th>
                </tr>
              </thead>
              <tbody>
                {ROWS.map((row) => {
                  const before = whatIf.before[row.key];
                  const after = whatIf.after[row.key];
                  const delta = before !== null && after !== null ? after - before : null;
                  return (
                    <tr key={row.key}>
                      <th scope="row">{t(row.label)}</th>
                      <td>{percent(before, t.locale, 1)}</td>
                      <td>{percent(after, t.locale, 1)}</td>
                      <td className={delta && delta > 0 ? 'up' : delta && delta < 0 ? 'down' : undefined}>
                        {delta === null ? '—' : `${delta > 0 ? '+' : ''}${percent(delta, t.locale, 1)}`}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p className="small">
              {t('whatIf.closedGaps', { n: whatIf.closedGaps.length })}
              {' · '}
              {t('whatIf.singleSourceDelta', { n: whatIf.singleSourceDelta })}
            </p>
            {whatIf.changes && whatIf.changes.length > 0 && (
              <ul className="plain-list small" data-testid="what-if-changes">
                {whatIf.changes.map((change) => (
                  <li key={change.segmentId}>
                    <SegmentName segmentId={change.segmentId} />: <StatusBadge status={change.before} /> →{' '}
                    <StatusBadge status={change.after} />{' '}
                    <span className="muted">
                      ({change.beforeCount} → {change.afterCount})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}
