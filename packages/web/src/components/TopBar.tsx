import { lazy, Suspense } from 'react';
import { useAuth } from '../auth/AuthContext';
import { UserMenu } from '../auth/UserMenu';
import { HealthBadge } from '../HealthBadge';
import { lazyWithMessages, type MessageKey, useLocale, useT } from '../i18n';
import { useLocation, withParams } from '../router/history';
import { Link } from '../router/Link';
import { industryPath, type Route } from '../router/routes';

// The export menu follows the first paint: its code is not needed to read the page.
const ExportMenu = lazy(
  lazyWithMessages(() => import('../export/ExportMenu').then((m) => ({ default: m.ExportMenu }))),
);

interface NavItem {
  key: MessageKey;
  href: string;
  active: boolean;
}

/** Product name, the main navigation, export, the signed-in user, language and health. */
export function TopBar({ route, industryId }: { route: Route; industryId: string }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const location = useLocation();
  const { user } = useAuth();
  // Radius travels with the user between pages; selections do not.
  const keep = (path: string) => withParams(location, { segment: null, q: null, demand: null }, path);
  const items: NavItem[] = [
    { key: 'nav.overview', href: keep('/'), active: route.page === 'overview' },
    { key: 'nav.chain', href: keep(industryPath(industryId, 'chain')), active: route.page === 'chain' },
    { key: 'nav.gaps', href: keep(industryPath(industryId, 'gaps')), active: route.page === 'gaps' },
    { key: 'nav.roadmap', href: keep(industryPath(industryId, 'roadmap')), active: route.page === 'roadmap' },
    { key: 'nav.demands', href: keep('/demands'), active: route.page === 'demands' },
    { key: 'nav.events', href: keep('/events'), active: route.page === 'events' || route.page === 'event' },
    { key: 'nav.platforms', href: keep(industryPath(industryId, 'platforms')), active: route.page === 'platforms' },
    { key: 'nav.quality', href: keep(industryPath(industryId, 'quality')), active: route.page === 'quality' },
    ...(user && (user.role === 'PROMOTION_OFFICER' || user.role === 'ADMIN')
      ? [{ key: 'nav.review' as const, href: keep('/review'), active: route.page === 'review' }]
      : []),
    ...(user?.role === 'ADMIN'
      ? [{ key: 'nav.users' as const, href: keep('/admin/users'), active: route.page === 'adminUsers' }]
      : []),
  ];
  const routeIndustry = 'industryId' in route ? route.industryId : null;
  return (
    <header className="topbar">
      <Link href={keep('/')} className="brand">
        <span className="brand-mark" aria-hidden="true">
          ◆
        </span>
        <span className="brand-name">{t('app.short')}</span>
      </Link>
      <nav aria-label={t('nav.label')}>
        {items.map((item) => (
          <Link
            key={item.key}
            href={item.href}
            className={item.active ? 'active' : undefined}
            aria-current={item.active ? 'page' : undefined}
          >
            {t(item.key)}
          </Link>
        ))}
      </nav>
      <div className="topbar-tools">
        <HealthBadge />
        <Suspense fallback={null}>
          <ExportMenu industryId={routeIndustry} />
        </Suspense>
        <UserMenu />
        <button
          type="button"
          className="ghost"
          data-testid="lang-switch"
          lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}
          onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
        >
          {t('lang.switch')}
        </button>
      </div>
    </header>
  );
}
