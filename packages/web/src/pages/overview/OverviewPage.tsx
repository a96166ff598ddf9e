import { INDUSTRIES as KNOWN_INDUSTRIES } from '@atlas/domain';
import { lazy, Suspense, useMemo, useRef } from 'react';
import { INDUSTRIES_WITH_KPIS } from '../../api/overviewDocuments';
import { useQuery } from '../../api/useQuery';
import { RadiusSelect } from '../../components/RadiusSelect';
import { ErrorState, Loading } from '../../components/StateView';
import { useRegisterExporter } from '../../export/ExportContext';
import { chartExporter } from '../../export/exporters';
import { lazyWithMessages, useT } from '../../i18n';
import { useViewState } from '../../router/viewState';
import { IndustryCard } from './IndustryCard';

// d3 is a third of the first load: the chart comes after the cards, which need none of it.
const IndustryComparisonChart = lazy(
  lazyWithMessages(() => import('./IndustryComparisonChart').then((m) => ({ default: m.IndustryComparisonChart }))),
);

/** The seven industries at a glance: KPI cards at the chosen radius and a chart comparing them. */
export function OverviewPage() {
  const t = useT();
  const { radius } = useViewState();
  const state = useQuery(INDUSTRIES_WITH_KPIS, { radius });
  const chart = useRef<SVGSVGElement>(null);
  const exporter = useMemo(() => chartExporter(`industries-${radius.toLowerCase()}`, () => chart.current), [radius]);
  useRegisterExporter(exporter);
  // Without KPIs (older server, or the database down) the cards still list the seven industries.
  const industries = state.status === 'ok' ? state.data.industries : null;

  return (
    <section className="overview">
      <header className="page-head">
        <div>
          <h1>{t('overview.title')}</h1>
          <p className="muted">{t('overview.subtitle')}</p>
        </div>
        <RadiusSelect />
      </header>
      {state.status === 'error' && <ErrorState error={state.error} onRetry={state.refetch} />}
      <ul className="cards" aria-busy={state.status === 'loading'}>
        {(industries ?? KNOWN_INDUSTRIES.map((i) => ({ ...i, kpis: null }))).map((industry) => (
          <IndustryCard
            key={industry.id}
            industry={industry}
            kpis={industry.kpis}
            radius={radius}
            loading={state.status === 'loading'}
          />
        ))}
      </ul>
      <section className="panel">
        <h2>{t('overview.chartTitle', { radius: t.dyn('radius', radius) })}</h2>
        {state.status === 'loading' && <Loading />}
        {industries && (
          <Suspense fallback={<Loading />}>
            <IndustryComparisonChart ref={chart} industries={industries} />
          </Suspense>
        )}
      </section>
    </section>
  );
}
