import type { Demand } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { Figure } from '../../components/Figure';
import { SegmentName } from '../../components/SegmentName';
import { useT } from '../../i18n';
import { dateOnly, decimal } from '../../i18n/format';
import { Link } from '../../router/Link';
import { companyPath } from '../../router/routes';
import { DemandKindFacts } from './DemandKindFacts';
import { DemandKindMatches } from './DemandKindMatches';
import { InterestForm } from './InterestForm';
import { OutcomeControl } from './OutcomeControl';
import { StatusControl } from './StatusControl';
import { SupplierMatches } from './SupplierMatches';

/** One demand: its facts; for its poster, status and explained supplier matches; for other firms, interest. */
export function DemandDetail({ demand }: { demand: Demand }) {
  const t = useT();
  const { user } = useAuth();
  const isPoster = Boolean(user && (user.role === 'ADMIN' || user.companyId === demand.poster.id));
  // Servers that predate kinds send none: every such demand is an ORDER.
  const isOrder = !demand.kind || demand.kind === 'ORDER';
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
        {demand.kind && demand.kind !== 'ORDER' && (
          <span className="pill" data-testid="demand-kind-pill">
            {t.dyn('demandKind', demand.kind)}
          </span>
        )}
      </header>
      <dl className="facts">
        <dt>{t('demand.segment')}</dt>
        <dd>
          <SegmentName segment={demand.segment} />
        </dd>
        {isOrder && (
          <>
            <dt>{t('demand.quantity')}</dt>
            <dd>
              <Figure value={demand.quantity}>{`${decimal(demand.quantity, t.locale, 0)} ${demand.unit ?? ''}`}</Figure>
            </dd>
          </>
        )}
        {demand.kind !== 'SCENARIO' && (
          <>
            <dt>{t('demand.budget')}</dt>
            <dd>
              <Figure value={demand.budget}>
                {t('demand.budgetValue', { n: decimal(demand.budget, t.locale, 0) })}
              </Figure>
            </dd>
          </>
        )}
        <dt>{t('demand.radius')}</dt>
        <dd>{demand.radius ? t.dyn('radius', demand.radius) : '—'}</dd>
        {isOrder && (
          <>
            <dt>{t('demand.requiredCerts')}</dt>
            <dd>{demand.requiredCerts.length ? demand.requiredCerts.join('、') : '—'}</dd>
          </>
        )}
        <dt>{t('demand.expiresAt')}</dt>
        <dd>{dateOnly(demand.expiresAt, t.locale)}</dd>
        <dt>{t('demand.interested')}</dt>
        <dd>{demand.interestedCount}</dd>
      </dl>
      <DemandKindFacts demand={demand} />
      {demand.description && <p className="note">{demand.description}</p>}
      {isPoster && <StatusControl demand={demand} />}
      {isPoster && (isOrder ? <SupplierMatches demandId={demand.id} /> : <DemandKindMatches demandId={demand.id} />)}
      {isFirm && <InterestForm demand={demand} />}
      {user && <OutcomeControl demand={demand} />}
      {!user && <p className="notice small">{t('demands.signInToAct')}</p>}
    </article>
  );
}
