import type { Demand } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { Figure } from '../../components/Figure';
import { SegmentName } from '../../components/SegmentName';
import { useT } from '../../i18n';
import { dateOnly, decimal } from '../../i18n/format';
import { Link } from '../../router/Link';
import { companyPath } from '../../router/routes';
import { InterestForm } from './InterestForm';
import { StatusControl } from './StatusControl';
import { SupplierMatches } from './SupplierMatches';

/** One demand: its facts; for its poster, status and explained supplier matches; for other firms, interest. */
export function DemandDetail({ demand }: { demand: Demand }) {
  const t = useT();
  const { user } = useAuth();
  const isPoster = Boolean(user && (user.role === 'ADMIN' || user.companyId === demand.poster.id));
  const isFirm = Boolean(user?.companyId && user.companyId !== demand.poster.id);
  return (
    <article data-testid="demand-detail">
      <header className="side-head">
        <div>
          <h2>{demand.title}</h2>
          <p className="muted small">
            <Link href={companyPath(demand.poster.id)}>{t.named(demand.poster)}</Link> ·{' '}
            {dateOnly(demand.createdAt, t.locale)}
          </p>
        </div>
        <span className={`pill pill-${demand.status.toLowerCase()}`}>{t.dyn('demandStatus', demand.status)}</span>
      </header>
      <dl className="facts">
        <dt>{t('demand.segment')}</dt>
        <dd>
          <SegmentName segment={demand.segment} segmentId={demand.segmentId} />
        </dd>
        <dt>{t('demand.quantity')}</dt>
        <dd>
          <Figure value={demand.quantity}>{`${decimal(demand.quantity, t.locale, 0)} ${demand.unit ?? ''}`}</Figure>
        </dd>
        <dt>{t('demand.budget')}</dt>
        <dd>
          <Figure value={demand.budget}>{t('demand.budgetValue', { n: decimal(demand.budget, t.locale, 0) })}</Figure>
        </dd>
        <dt>{t('demand.radius')}</dt>
        <dd>{demand.radius ? t.dyn('radius', demand.radius) : '—'}</dd>
        <dt>{t('demand.requiredCerts')}</dt>
        <dd>{demand.requiredCerts.length ? demand.requiredCerts.join('、') : '—'}</dd>
        <dt>{t('demand.expiresAt')}</dt>
        <dd>{dateOnly(demand.expiresAt, t.locale)}</dd>
        <dt>{t('demand.interested')}</dt>
        <dd>{demand.interestedCount}</dd>
      </dl>
      {demand.description && <p className="note">{demand.description}</p>}
      {isPoster && <StatusControl demand={demand} />}
      {isPoster && <SupplierMatches demandId={demand.id} />}
      {isFirm && <InterestForm demand={demand} />}
      {!user && <p className="notice small">{t('demands.signInToAct')}</p>}
    </article>
  );
}
