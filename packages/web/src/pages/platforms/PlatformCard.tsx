import { useState } from 'react';
import type { ServicePlatformView } from '../../api/types';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { useLocation, withParams } from '../../router/history';
import { Link } from '../../router/Link';
import { industryPath } from '../../router/routes';
import { RequestStatusControl } from './RequestStatusControl';
import { ServiceRequestForm } from './ServiceRequestForm';

/** One platform: kind, status, who runs it, its services, the segments it serves, its requests and the request form. */
export function PlatformCard({
  platform,
  canRequest,
  canAnswer,
}: {
  platform: ServicePlatformView;
  canRequest: boolean;
  canAnswer: boolean;
}) {
  const t = useT();
  const location = useLocation();
  const [requesting, setRequesting] = useState(false);
  const services = t.locale === 'en' ? platform.servicesEn : platform.services;
  return (
    <li className="panel" id={platform.id} data-testid="platform" data-platform-id={platform.id}>
      <header className="ranked-head">
        <h2 className="grow">{t.named(platform)}</h2>
        <span className="tag">{t.dyn('platformKind', platform.kind)}</span>
        <span className={platform.status === 'OPERATING' ? 'pill pill-open' : 'pill'} data-testid="platform-status">
          {t.dyn('platformStatus', platform.status)}
        </span>
      </header>
      <dl className="facts">
        <dt>{t('platforms.operator')}</dt>
        <dd>{platform.operator}</dd>
        <dt>{t('platforms.location')}</dt>
        <dd>{platform.location}</dd>
        <dt>{t('platforms.services')}</dt>
        <dd>{services.join(t.locale === 'en' ? '; ' : ';')}</dd>
        <dt>{t('platforms.serves')}</dt>
        <dd>
          <ul className="chips">
            {platform.segments.map((segment) => (
              <li key={segment.id} className="chip">
                <Link href={withParams(location, { segment: segment.id }, industryPath(platform.industryId, 'chain'))}>
                  {t.named(segment)}
                </Link>{' '}
                {segment.status !== 'STRONG' && <StatusBadge status={segment.status} />}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('platforms.contact')}</dt>
        <dd>{platform.contact}</dd>
        <dt>{t('platforms.source')}</dt>
        <dd className="muted small">{platform.source}</dd>
      </dl>
      <p className="muted small">{t('platforms.requestCount', { n: platform.requestCount })}</p>
      {platform.requests.length > 0 && (
        <section data-testid="service-requests">
          <h3>{t('platforms.requests')}</h3>
          <ul className="plain-list">
            {platform.requests.map((r) => (
              <li key={r.id} data-testid="service-request">
                <strong>{t.named(r.company)}</strong> ·{' '}
                <span data-testid="service-request-status">{t.dyn('serviceRequestStatus', r.status)}</span> ·{' '}
                <span className="muted small">{r.at.slice(0, 10)}</span>
                {canAnswer && <RequestStatusControl requestId={r.id} status={r.status} />}
                <div>{r.note}</div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {canRequest &&
        (requesting ? (
          <ServiceRequestForm platformId={platform.id} />
        ) : (
          <button type="button" data-testid="request-service" onClick={() => setRequesting(true)}>
            {t('platforms.request')}
          </button>
        ))}
    </li>
  );
}
