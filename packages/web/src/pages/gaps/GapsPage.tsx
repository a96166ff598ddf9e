import { useMemo, useRef, useState } from 'react';
import { GAPS } from '../../api/documents';
import { useQuery } from '../../api/useQuery';
import { IndustrySelect } from '../../components/IndustrySelect';
import { RadiusSelect } from '../../components/RadiusSelect';
import { Empty, QueryView } from '../../components/StateView';
import { useRegisterExporter } from '../../export/ExportContext';
import { chartExporter } from '../../export/exporters';
import { useT } from '../../i18n';
import { useViewState } from '../../router/viewState';
import { MatchmakingKpisPanel } from '../outcomes/MatchmakingKpisPanel';
import { TargetList } from '../shared/TargetList';
import { WhatIfCard } from '../shared/WhatIfCard';
import { SnapshotTimeline } from '../snapshots/SnapshotTimeline';
import { GapRow } from './GapRow';

type Filter = 'ALL' | 'MISSING' | 'WEAK' | 'KEY';

/** Gaps ranked by priority with their factors; pick one for its investment targets and a what-if. */
export default function GapsPage({ industryId }: { industryId: string }) {
  const t = useT();
  const { radius, selection, set, location } = useViewState();
  const filter = (location.params.get('show') ?? 'ALL') as Filter;
  const state = useQuery(GAPS, { industryId, radius });
  const [attract, setAttract] = useState<{ id: string; name: string } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const exporter = useMemo(
    () => chartExporter(`${industryId}-gaps`, () => list.current?.querySelector('svg') ?? null),
    [industryId],
  );
  useRegisterExporter(exporter);

  return (
    <section className="gaps-page" data-testid="gaps-page">
      <header className="page-head">
        <div>
          <h1>{t('gaps.title')}</h1>
          <p className="muted">{t('gaps.subtitle')}</p>
        </div>
        <div className="toolbar">
          <IndustrySelect industryId={industryId} page="gaps" />
          <RadiusSelect />
        </div>
      </header>
      <fieldset className="segmented" aria-label={t('gaps.filter')}>
        {(['ALL', 'MISSING', 'WEAK', 'KEY'] as const).map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={filter === f}
            onClick={() => set({ show: f === 'ALL' ? null : f }, { replace: true })}
          >
            {t.dyn('gapFilter', f)}
          </button>
        ))}
      </fieldset>
      <QueryView state={state} loadingLabel={t('gaps.loading')}>
        {({ gaps }) => {
          const shown = gaps.filter(
            (g) => filter === 'ALL' || (filter === 'KEY' ? g.segment.keyLink : g.status === filter),
          );
          const chosen = gaps.find((g) => g.segment.id === selection) ?? null;
          if (gaps.length === 0) return <Empty title={t('gaps.none')} hint={t('gaps.noneHint')} />;
          return (
            <div className="two-columns">
              <ol className="gap-list" ref={list} data-testid="gap-list">
                {shown.map((gap) => (
                  <GapRow
                    key={gap.segment.id}
                    gap={gap}
                    industryId={industryId}
                    rank={gaps.indexOf(gap) + 1}
                    selected={gap.segment.id === selection}
                    onSelect={() => {
                      setAttract(null);
                      set({ segment: gap.segment.id });
                    }}
                  />
                ))}
              </ol>
              <aside className="panel sticky">
                {chosen ? (
                  <>
                    <h2>{t('gaps.targetsFor', { segment: t.named(chosen.segment) })}</h2>
                    <TargetList
                      segmentId={chosen.segment.id}
                      radius={radius}
                      limit={10}
                      onSimulate={(c) => setAttract({ id: c.id, name: t.named(c) })}
                      simulating={attract?.id ?? null}
                    />
                    {attract && (
                      <WhatIfCard
                        industryId={industryId}
                        radius={radius}
                        companyId={attract.id}
                        companyName={attract.name}
                      />
                    )}
                  </>
                ) : (
                  <Empty title={t('gaps.pick')} hint={t('gaps.pickHint')} />
                )}
              </aside>
            </div>
          );
        }}
      </QueryView>
      <MatchmakingKpisPanel industryId={industryId} />
      <SnapshotTimeline industryId={industryId} />
    </section>
  );
}
