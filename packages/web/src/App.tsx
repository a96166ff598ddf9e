import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { AuthProvider } from './auth/AuthContext';
import { Loading } from './components/StateView';
import { TopBar } from './components/TopBar';
import { ExportProvider } from './export/ExportContext';
import { type Locale, LocaleContext, lazyWithMessages, loadMessages } from './i18n';
import { NotFoundPage } from './pages/NotFoundPage';
import { OverviewPage } from './pages/overview/OverviewPage';
import { useLocation } from './router/history';
import { matchRoute, type Route } from './router/routes';

// Cytoscape and the demand board are split out so the overview loads fast.
const ChainMapPage = lazy(lazyWithMessages(() => import('./pages/chain/ChainMapPage')));
const GapsPage = lazy(lazyWithMessages(() => import('./pages/gaps/GapsPage')));
const RoadmapPage = lazy(lazyWithMessages(() => import('./pages/roadmap/RoadmapPage')));
const DemandBoardPage = lazy(lazyWithMessages(() => import('./pages/demands/DemandBoardPage')));
const EventListPage = lazy(lazyWithMessages(() => import('./pages/events/EventListPage')));
const EventPage = lazy(lazyWithMessages(() => import('./pages/events/EventPage')));
const CompanyPage = lazy(lazyWithMessages(() => import('./pages/company/CompanyPage')));
const UserAdminPage = lazy(lazyWithMessages(() => import('./pages/admin/UserAdminPage')));
const ReviewPage = lazy(lazyWithMessages(() => import('./pages/review/ReviewPage')));
const QualityPage = lazy(lazyWithMessages(() => import('./pages/quality/QualityPage')));
const PlatformsPage = lazy(lazyWithMessages(() => import('./pages/platforms/PlatformsPage')));

const LOCALE_KEY = 'atlas.locale';

export function initialLocale(): Locale {
  return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export function App() {
  const [locale, setLocaleNow] = useState<Locale>(initialLocale);
  // A language switch waits for that language's messages (main.tsx loads the first one before rendering).
  const localeValue = useMemo(
    () => ({ locale, setLocale: (next: Locale) => void loadMessages(next).then(() => setLocaleNow(next)) }),
    [locale],
  );
  const location = useLocation();
  const route = matchRoute(location.path);
  const [industryId, setIndustryId] = useState('icv');
  const routeIndustry = 'industryId' in route ? route.industryId : null;

  useEffect(() => {
    document.documentElement.lang = locale;
    localStorage.setItem(LOCALE_KEY, locale);
  }, [locale]);
  useEffect(() => {
    if (routeIndustry) setIndustryId(routeIndustry);
  }, [routeIndustry]);

  return (
    <LocaleContext.Provider value={localeValue}>
      <AuthProvider>
        <ExportProvider>
          <TopBar route={route} industryId={routeIndustry ?? industryId} />
          <main className={route.page === 'chain' ? 'page page-wide' : 'page'}>
            <Suspense fallback={<Loading />}>
              <Page route={route} />
            </Suspense>
          </main>
        </ExportProvider>
      </AuthProvider>
    </LocaleContext.Provider>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'overview':
      return <OverviewPage />;
    case 'chain':
      return <ChainMapPage industryId={route.industryId} />;
    case 'gaps':
      return <GapsPage industryId={route.industryId} />;
    case 'roadmap':
      return <RoadmapPage industryId={route.industryId} />;
    case 'demands':
      return <DemandBoardPage />;
    case 'events':
      return <EventListPage />;
    case 'event':
      return <EventPage eventId={route.eventId} />;
    case 'company':
      return <CompanyPage companyId={route.companyId} />;
    case 'review':
      return <ReviewPage />;
    case 'quality':
      return <QualityPage industryId={route.industryId} />;
    case 'platforms':
      return <PlatformsPage industryId={route.industryId} />;
    case 'adminUsers':
      return <UserAdminPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
