import type { Core, EventObject } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { ViewExporter } from '../../export/exporters';
import { useT } from '../../i18n';
import type { ChainElement, NodeData } from './chainElements';
import { createChainCore, drawChain, FIT_PADDING } from './drawChain';
import { firmsDrawn } from './firmElements';
import { withLabels } from './labelLevels';
import { NodeTooltip } from './NodeTooltip';

export interface ChainGraphProps {
  elements: ChainElement[];
  selected: string | null;
  /** Segment ids that match the search; others fade. Null when not searching. */
  matches: ReadonlySet<string> | null;
  /** Segment ids whose status changed since the compared snapshot (the diff view); marked with `.changed`. */
  changed?: ReadonlySet<string> | null;
  focus: { id: string; nonce: number } | null;
  onSelect(id: string | null): void;
  onToggle(id: string): void;
  /** A firm chip or a "+N" count node was clicked: the segment it sits under. */
  onFirms?(segmentId: string): void;
  /** After each drawing: how many firm nodes it drew (the page's `data-firms`). */
  onDrawn?(firms: number): void;
  onExporter(exporter: ViewExporter | null): void;
  name: string;
}

/** Cytoscape canvas: layered layout, click a segment to select it, click a group to fold or unfold it. */
export function ChainGraph(props: ChainGraphProps) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [hover, setHover] = useState<{ data: NodeData; x: number; y: number } | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;

  useEffect(() => {
    if (!container.current) return;
    const instance = createChainCore(container.current);
    instance.on('tap', 'node', (event: EventObject) => {
      const data = event.target.data() as NodeData;
      if (data.kind === 'leaf') callbacks.current.onSelect(data.id);
      else if (data.kind === 'firm' || data.kind === 'more') callbacks.current.onFirms?.(data.anchor ?? '');
      else callbacks.current.onToggle(data.id);
    });
    instance.on('tap', (event: EventObject) => {
      if (event.target === instance) callbacks.current.onSelect(null);
    });
    instance.on('mouseover', 'node', (event: EventObject) => {
      const { x, y } = event.renderedPosition;
      setHover({ data: event.target.data() as NodeData, x, y });
    });
    instance.on('mouseout', 'node', () => setHover(null));
    instance.on('viewport', () => setHover(null));
    Object.assign(container.current, { cy: instance });
    // The side panel narrows the canvas: Cytoscape must know, or clicks land beside the nodes.
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(container.current);
    setCy(instance);
    return () => {
      resize.disconnect();
      instance.destroy();
      setCy(null);
    };
  }, []);

  useEffect(() => {
    if (!cy || !container.current) return;
    const element = container.current;
    element.dataset.ready = 'false';
    drawChain(cy, props.elements);
    element.dataset.ready = 'true';
    element.dataset.nodeCount = String(cy.nodes().length);
    callbacks.current.onDrawn?.(firmsDrawn(props.elements));
    callbacks.current.onExporter({
      name: callbacks.current.name,
      // Nodes carry their labels only while zoomed in enough to read them (labelLevels.ts); an export shows them all.
      png: () => withLabels(cy, () => cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' })),
      svg: async () => withLabels(cy, () => cy.svg({ full: true, scale: 1, bg: '#ffffff' })),
    });
  }, [cy, props.elements]);

  // New elements lose their classes, so the highlight is applied again after each rebuild.
  // biome-ignore lint/correctness/useExhaustiveDependencies: props.elements is a trigger, not a value read here
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().unselect().removeClass('neighbour faded changed');
      for (const id of props.changed ?? []) cy.getElementById(id).addClass('changed');
      if (props.selected) {
        const node = cy.getElementById(props.selected);
        node.select();
        node.connectedEdges().addClass('neighbour');
      }
      if (props.matches)
        cy.nodes('[kind != "group"]').forEach((n) => {
          if (!props.matches?.has(n.id())) n.addClass('faded');
        });
    });
  }, [cy, props.selected, props.matches, props.changed, props.elements]);

  useEffect(() => {
    if (!cy || !props.focus) return;
    const node = cy.getElementById(props.focus.id);
    if (node.empty()) return;
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.1) }, { duration: 300 });
  }, [cy, props.focus]);

  return (
    <div className="chain-canvas-wrap">
      <div
        ref={container}
        className="chain-canvas"
        data-testid="chain-map-canvas"
        role="img"
        aria-label={t('chain.canvasLabel')}
      />
      {hover && <NodeTooltip data={hover.data} x={hover.x} y={hover.y} />}
      <div className="zoom-controls" role="toolbar" aria-label={t('chain.zoom')}>
        <button type="button" aria-label={t('chain.zoomIn')} onClick={() => cy?.zoom(cy.zoom() * 1.25)}>
          +
        </button>
        <button type="button" aria-label={t('chain.zoomOut')} onClick={() => cy?.zoom(cy.zoom() / 1.25)}>
          −
        </button>
        <button type="button" aria-label={t('chain.fit')} onClick={() => cy?.fit(undefined, FIT_PADDING)}>
          ⤢
        </button>
      </div>
    </div>
  );
}
