import { INDUSTRIES } from '@atlas/domain';
import { PLATFORM_PAGE } from '../../api/platformDocuments';
import { useQuery } from '../../api/useQuery';
import { useAuth } from '../../auth/AuthContext';
import { IndustrySelect } from '../../components/IndustrySelect';
import { Empty, QueryView } from '../../components/StateView';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';
import { useLocation, withParams } from '../../router/history';
import { Link } from '../../router/Link';
import { industryPath } from '../../router/routes';
import { PlatformCard } from './PlatformCard';

/** 一业一亮点: an industry's service platforms and shared facilities, the gaps they support and those they do not. */
export default function PlatformsPage({ industryId }: { industryId: string }) {
  const t = useT();
  const { user } = useAuth();
  const location = useLocation();
  const state = useQuery(PLATFORM_PAGE, { industryId });
  const industry = INDUSTRIES.find((i) => i.id === industryId);
  const canRequest =
    user?.role === 'SME' || user?.role === 'CHAIN_LEADER' || (user?.role === 'ADMIN' && !!user.companyId);
  const canAnswer = user?.role === 'PROMOTION_OFFICER' || user?.role === 'ADMIN';
  return (
    <section className="platforms-page" data-testid="platform-page">
      <header className="page-head">
        <div>
          <h1>{t('platforms.title', { industry: industry ? t.named(industry) : industryId })}</h1>
          <p className="muted">{t('platforms.subtitle')}</p>
        </div>
        <div className="toolbar">
          <IndustrySelect industryId={industryId} page="platforms" />
        </div>
      </header>
      {!user && <p className="notice">{t('platforms.signInHint')}</p>}
      <QueryView state={state}>
        {({ servicePlatforms, platformCoverage }) => {
          if (servicePlatforms.length === 0) return <Empty title={t('platforms.empty')} />;
          const { supported, unsupported } = platformCoverage;
          return (
            <div className="two-columns">
              <ul className="plain-list" data-testid="platform-list">
                {servicePlatforms.map((platform) => (
                  <PlatformCard key={platform.id} platform={platform} canRequest={canRequest} canAnswer={canAnswer} />
                ))}
              </ul>
              <aside className="panel sticky" data-testid="platform-coverage">
                <h2>
                  {t('platforms.coverage', {
                    supported: supported.length,
                    total: supported.length + unsupported.length,
                  })}
                </h2>
                <h3>{t('platforms.unsupported')}</h3>
                <ul className="plain-list">
                  {unsupported.map(({ segment, status }) => (
                    <li key={segment.id} data-testid="unsupported-gap">
                      <Link href={withParams(location, { segment: segment.id }, industryPath(industryId, 'chain'))}>
                        {t.named(segment)}
                      </Link>{' '}
                      <StatusBadge status={status} />
                    </li>
                  ))}
                </ul>
              </aside>
            </div>
          );
        }}
      </QueryView>
    </section>
  );
}
