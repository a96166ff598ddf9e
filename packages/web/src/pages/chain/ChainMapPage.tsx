import type { ResultOf } from 'gql.tada';
import { useCallback, useMemo, useState } from 'react';
import { CHAIN_MAP } from '../../api/documents';
import type { ChainMap } from '../../api/types';
import { type QueryState, useQuery } from '../../api/useQuery';
import { IndustrySelect } from '../../components/IndustrySelect';
import { RadiusSelect } from '../../components/RadiusSelect';
import { QueryView } from '../../components/StateView';
import { StatusLegend } from '../../components/StatusBadge';
import { useRegisterExporter } from '../../export/ExportContext';
import type { ViewExporter } from '../../export/exporters';
import { useT } from '../../i18n';
import { useViewState } from '../../router/viewState';
import { ChainDiffPanel } from '../snapshots/ChainDiffPanel';
import { ChainGraph } from './ChainGraph';
import { ChainSearch } from './ChainSearch';
import { ChainSummary } from './ChainSummary';
import { chainElements, type NodeData, parentIdsOf } from './chainElements';
import { FIRMS_SHOWN, firmElements } from './firmElements';
import { CHAIN_MAP_FIRMS } from './firmOverlayDocument';
import { measureLabel } from './measureText';
import { SegmentPanel } from './SegmentPanel';

/** The chain map page: the industry's segments upstream → downstream, coloured by status at the chosen radius. */
export default function ChainMapPage({ industryId }: { industryId: string }) {
  const t = useT();
  const { radius, minConfidence, location, set } = useViewState();
  const state = useQuery(CHAIN_MAP, { industryId, radius, minConfidence });
  // Asked for here, beside the map, not by the workspace once the map has arrived: both requests run at once.
  const showFirms = location.params.get('firms') === '1';
  const firms = useQuery(
    CHAIN_MAP_FIRMS,
    { industryId, radius, minConfidence, top: FIRMS_SHOWN },
    { skip: !showFirms },
  );
  // How many firm nodes the canvas drew (the firm overlay), so tests can tell when they are there.
  const [firmsDrawn, setFirmsDrawn] = useState(0);
  return (
    <section className="chain-page" data-testid="chain-map" data-firms={firmsDrawn}>
      <header className="page-head">
        <div>
          <h1>
            {state.status === 'ok' ? t.named(state.data.chainMap.industry) : industryId} · {t('chain.title')}
          </h1>
          <p className="muted">{t('chain.subtitle')}</p>
        </div>
        <div className="toolbar">
          <IndustrySelect industryId={industryId} page="chain" />
          <RadiusSelect />
          <label className="field-inline" title={t('chain.unreviewedHint')}>
            <input
              type="checkbox"
              data-testid="include-unreviewed"
              checked={minConfidence === 0}
              onChange={(event) => set({ unreviewed: event.target.checked ? '1' : null }, { replace: true })}
            />
            <span>{t('chain.unreviewed')}</span>
          </label>
        </div>
      </header>
      <QueryView state={state} loadingLabel={t('chain.loading')}>
        {(data) => (
          <ChainWorkspace
            map={data.chainMap}
            industryId={industryId}
            firms={showFirms ? firms : null}
            onFirmsDrawn={setFirmsDrawn}
          />
        )}
      </QueryView>
    </section>
  );
}

type FirmOverlayState = QueryState<ResultOf<typeof CHAIN_MAP_FIRMS>>;

function ChainWorkspace({
  map,
  industryId,
  firms,
  onFirmsDrawn,
}: {
  map: ChainMap;
  industryId: string;
  /** The firm overlay's query while "show firms" is on, else null. */
  firms: FirmOverlayState | null;
  onFirmsDrawn(firms: number): void;
}) {
  const t = useT();
  const { selection, radius, location, set } = useViewState();
  const showFirms = firms !== null;
  const folded = location.params.get('fold');
  const collapsed = useMemo(() => new Set(folded ? folded.split(',') : []), [folded]);
  const [focus, setFocus] = useState<{ id: string; nonce: number } | null>(null);
  const [exporter, setExporter] = useState<ViewExporter | null>(null);
  const [matches, setMatches] = useState<ReadonlySet<string> | null>(null);
  const [changed, setChanged] = useState<ReadonlySet<string> | null>(null);
  const onChanged = useCallback((ids: ReadonlySet<string> | null) => setChanged(ids), []);
  useRegisterExporter(exporter);

  const segmentFirms = firms?.status === 'ok' ? firms.data.chainMap.segmentFirms : null;
  const elements = useMemo(() => {
    const segments = chainElements(map, { collapsed, label: (s) => t.named(s), measure: (text) => measureLabel(text) });
    if (!segmentFirms) return segments;
    const drawn = segments.flatMap((e) => ('source' in e.data ? [] : [e.data as NodeData]));
    return [...segments, ...firmElements(segmentFirms, drawn, (firm) => t.named(firm))];
  }, [map, collapsed, t, segmentFirms]);
  const parents = useMemo(() => parentIdsOf(map), [map]);
  const setFolded = (ids: Set<string>) => set({ fold: [...ids].sort().join(',') || null }, { replace: true });
  const toggle = (id: string) => {
    const next = new Set(collapsed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setFolded(next);
  };
  const select = (id: string | null) => set({ segment: id, firmlist: null });
  const selected = map.segments.find((s) => s.id === selection) ?? null;

  return (
    <>
      <div className="chain-toolbar">
        <ChainSearch
          segments={map.segments}
          onMatches={setMatches}
          onPick={(id) => {
            const hidden = map.segments.find((s) => s.id === id)?.parentId;
            if (hidden && collapsed.has(hidden)) toggle(hidden);
            if (!parents.has(id)) select(id);
            setFocus({ id, nonce: Date.now() });
          }}
        />
        <button type="button" onClick={() => setFolded(new Set())} disabled={collapsed.size === 0}>
          {t('chain.expandAll')}
        </button>
        <button type="button" onClick={() => setFolded(new Set(parents))} disabled={collapsed.size === parents.size}>
          {t('chain.collapseAll')}
        </button>
        <label className="field-inline" title={t('firmOverlay.hint', { n: FIRMS_SHOWN })}>
          <input
            type="checkbox"
            data-testid="firm-overlay"
            checked={showFirms}
            onChange={(event) => set({ firms: event.target.checked ? '1' : null }, { replace: true })}
          />
          <span>{t('firmOverlay.show')}</span>
          {firms?.status === 'loading' && <span className="muted small">{t('firmOverlay.loading')}</span>}
          {firms?.status === 'error' && <span className="muted small">{t('firmOverlay.error')}</span>}
        </label>
        <StatusLegend />
        <ChainSummary map={map} />
      </div>
      <div className={selected ? 'chain-body with-panel' : 'chain-body'}>
        <ChainGraph
          elements={elements}
          selected={selection}
          matches={matches}
          changed={changed}
          focus={focus}
          onSelect={select}
          onToggle={toggle}
          onFirms={(id) => set({ segment: id, firmlist: '1' })}
          onDrawn={onFirmsDrawn}
          onExporter={setExporter}
          name={`${industryId}-chain-map-${radius.toLowerCase()}`}
        />
        {selected && (
          <SegmentPanel
            segment={selected}
            industryId={industryId}
            radius={radius}
            listAll={location.params.get('firmlist') === '1'}
            onClose={() => select(null)}
          />
        )}
      </div>
      <ChainDiffPanel
        industryId={industryId}
        radius={radius}
        from={location.params.get('diff')}
        onPick={(id) => set({ diff: id }, { replace: true })}
        onChanged={onChanged}
      />
    </>
  );
}
