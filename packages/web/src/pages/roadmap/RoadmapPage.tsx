import { useMemo, useRef } from 'react';
import { CHAIN_MAP, ROADMAP } from '../../api/documents';
import { useQuery } from '../../api/useQuery';
import { IndustrySelect } from '../../components/IndustrySelect';
import { Empty, QueryView } from '../../components/StateView';
import { useRegisterExporter } from '../../export/ExportContext';
import { chartExporter } from '../../export/exporters';
import { useT } from '../../i18n';
import { useViewState } from '../../router/viewState';
import { RoadmapTimeline } from './RoadmapTimeline';
import { TechnologyDetail } from './TechnologyDetail';

/** The technology roadmap (技术路线图): technologies by horizon year and TRL, linked to the segments they enable. */
export default function RoadmapPage({ industryId }: { industryId: string }) {
  const t = useT();
  const { location, set, radius } = useViewState();
  const selected = location.params.get('tech');
  const state = useQuery(ROADMAP, { industryId });
  const chain = useQuery(CHAIN_MAP, { industryId, radius });
  const chart = useRef<SVGSVGElement>(null);
  const exporter = useMemo(() => chartExporter(`${industryId}-roadmap`, () => chart.current), [industryId]);
  useRegisterExporter(exporter);

  return (
    <section className="roadmap-page" data-testid="roadmap">
      <header className="page-head">
        <div>
          <h1>{t('roadmap.title')}</h1>
          <p className="muted">{t('roadmap.subtitle')}</p>
        </div>
        <div className="toolbar">
          <IndustrySelect industryId={industryId} page="roadmap" />
        </div>
      </header>
      <QueryView state={state} loadingLabel={t('roadmap.loading')}>
        {({ roadmap }) => {
          if (roadmap.length === 0) return <Empty title={t('roadmap.none')} hint={t('roadmap.noneHint')} />;
          const tech = roadmap.find((x) => x.id === selected) ?? null;
          return (
            <>
              <section className="panel">
                <RoadmapTimeline
                  ref={chart}
                  technologies={roadmap}
                  selected={selected}
                  onSelect={(id) => set({ tech: id === selected ? null : id })}
                />
              </section>
              {tech && (
                <TechnologyDetail
                  technology={tech}
                  industryId={industryId}
                  segments={chain.status === 'ok' ? chain.data.chainMap.segments : []}
                  all={roadmap}
                />
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
