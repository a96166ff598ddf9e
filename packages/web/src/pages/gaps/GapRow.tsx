import type { Gap } from '../../api/types';
import { FactorBars } from '../../charts/FactorBars';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { decimal } from '../../i18n/format';
import { useLocation, withParams } from '../../router/history';
import { Link } from '../../router/Link';
import { industryPath } from '../../router/routes';
import { SupportingPlatforms } from '../platforms/SupportingPlatforms';

/** One ranked gap: its segment, status, priority and the factors that make it up. */
export function GapRow({
  gap,
  industryId,
  rank,
  selected,
  onSelect,
}: {
  gap: Gap;
  industryId: string;
  rank: number;
  selected: boolean;
  onSelect(): void;
}) {
  const t = useT();
  const location = useLocation();
  return (
    <li className={selected ? 'gap-row selected' : 'gap-row'} data-testid="gap">
      <div className="ranked-head">
        <span className="rank">{rank}</span>
        <div className="grow">
          <button type="button" className="link-button" aria-pressed={selected} onClick={onSelect}>
            {t.named(gap.segment)}
          </button>
          <span className="muted small">
            {' '}
            {t.dyn('tier', gap.segment.tier)} · {t('chain.localCount', { n: gap.segment.localCount })}
            {gap.segment.keyLink && <> · {t('chain.keyLinkCriticality', { n: gap.segment.keyLink.criticality })}</>}
          </span>
        </div>
        <StatusBadge status={gap.status} />
        <span className="score" title={t('gaps.priority')}>
          {decimal(gap.priority, t.locale, 2)}
        </span>
      </div>
      <FactorBars factors={gap.factors} score={gap.priority} />
      <SupportingPlatforms industryId={industryId} segmentId={gap.segment.id} />
      <Link
        className="small"
        href={withParams(location, { segment: gap.segment.id, show: null }, industryPath(industryId, 'chain'))}
      >
        {t('gaps.showOnMap')}
      </Link>
    </li>
  );
}
