/**
 * Benchmark page (bench.html, built and driven by test/browser/measure-layout.ts): a synthetic chain map of N
 * segments with M firms shown (the firm overlay), built, laid out and drawn by the chain page's own code
 * (chainElements, firmElements, createChainCore, drawChain), timed until it answers a tap.
 */
import { chainElements, type NodeData } from '../pages/chain/chainElements';
import { CHAIN_CORE_OPTIONS, createChainCore, drawChain } from '../pages/chain/drawChain';
import { firmElements } from '../pages/chain/firmElements';
import { measureLabel } from '../pages/chain/measureText';
import { syntheticChain, syntheticSegmentFirms } from './syntheticChain';

export interface LayoutTiming {
  nodes: number;
  edges: number;
  firms: number;
  layoutMs: number;
  interactiveMs: number;
  tapMs: number;
  renderer: string;
  /** Milliseconds since the start at the end of each phase. */
  phases: Record<string, number>;
}

export interface MeasureOptions {
  /** Cytoscape's WebGL node renderer (3.31+) instead of the page's canvas one, to compare. */
  webgl?: boolean;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function measure(segments: number, firms: number, options: MeasureOptions = {}): Promise<LayoutTiming> {
  const container = document.getElementById('cy') as HTMLElement;
  const started = performance.now();
  const since = (t: number) => t - started;
  const map = syntheticChain(segments);
  const elements = chainElements(map, { collapsed: new Set(), label: (s) => s.name, measure: (t) => measureLabel(t) });
  const drawn = elements.flatMap((e) => ('source' in e.data ? [] : [e.data as NodeData]));
  elements.push(...firmElements(syntheticSegmentFirms(map, firms), drawn, (f) => f.name));
  const phases: Record<string, number> = { elements: since(performance.now()) };
  if (options.webgl) Object.assign(CHAIN_CORE_OPTIONS, { renderer: { name: 'canvas', webgl: true } });
  const cy = createChainCore(container);
  phases.init = since(performance.now());
  const draw = drawChain(cy, elements);
  phases.positions = since(draw.positions);
  phases.added = since(draw.added);
  phases.fitted = since(draw.fitted);
  const layoutMs = phases.fitted;
  await frame();
  await frame();
  const interactiveMs = since(performance.now());
  phases.firstFrame = interactiveMs;
  const leaf = drawn.find((n) => n.kind === 'leaf')?.id ?? '';
  const tapStart = performance.now();
  await new Promise<void>((resolve) => {
    cy.one('tap', 'node', () => resolve());
    cy.getElementById(leaf).emit('tap');
  });
  cy.getElementById(leaf).select();
  await frame();
  const tapMs = performance.now() - tapStart;
  const webgl = (cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl;
  const result = {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    firms: cy.nodes('[kind = "firm"]').length,
    layoutMs,
    interactiveMs,
    tapMs,
    renderer: webgl ? 'canvas + WebGL' : 'canvas',
    phases,
  };
  cy.destroy();
  return result;
}

Object.assign(window, { measureChainLayout: measure });
