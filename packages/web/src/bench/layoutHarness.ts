/**
 * Benchmark page (bench.html, built and driven by test/browser/measure-layout.ts): a synthetic chain map of N
 * segments and M firm nodes, laid out and drawn by the chain map's own code, timed until it answers a tap.
 */
import { chainElements, type EdgeData, type NodeData } from '../pages/chain/chainElements';
import { chainStyle } from '../pages/chain/chainStyle';
import { atlasCytoscape } from '../pages/chain/cytoscapeSetup';
import { layeredPositions } from '../pages/chain/layeredLayout';
import { measureLabel } from '../pages/chain/measureText';
import { syntheticChain } from './syntheticChain';

export interface LayoutTiming {
  nodes: number;
  edges: number;
  layoutMs: number;
  interactiveMs: number;
  tapMs: number;
  /** Milliseconds since the start at the end of each phase. */
  phases: Record<string, number>;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function measure(segments: number, firms: number): Promise<LayoutTiming> {
  const container = document.getElementById('cy') as HTMLElement;
  const started = performance.now();
  const map = syntheticChain(segments);
  const elements = chainElements(map, { collapsed: new Set(), label: (s) => s.name, measure: (t) => measureLabel(t) });
  const leaves = elements.filter((e) => !('source' in e.data) && (e.data as NodeData).kind === 'leaf');
  // Firm nodes sit by their segment, linked by an OPERATES_IN edge, as a firm view of the map would show them.
  for (let i = 0; i < firms; i++) {
    const leaf = leaves[i % leaves.length]?.data as NodeData;
    const id = `firm${i}`;
    const node: NodeData = {
      id,
      label: `企业${i}`,
      kind: 'leaf',
      status: 'STRONG',
      tier: leaf.tier,
      key: 0,
      localCount: 0,
      width: 44,
      height: 20,
    };
    elements.push({ data: node }, { data: { id: `${id}->${leaf.id}`, source: id, target: leaf.id, weight: 1 } });
  }
  const phases: Record<string, number> = { elements: performance.now() - started };
  const data = elements.map((e) => e.data);
  const cytoscape = atlasCytoscape();
  const positions = layeredPositions(
    data.filter((d): d is NodeData => !('source' in d)),
    data.filter((d): d is EdgeData => 'source' in d),
    cytoscape,
  );
  phases.positions = performance.now() - started;
  const cy = cytoscape({ container, style: chainStyle, elements, autoungrabify: true, boxSelectionEnabled: false });
  phases.init = performance.now() - started;
  await new Promise<void>((resolve) => {
    const layout = cy.layout({
      name: 'preset',
      positions: (n: { id(): string }) => positions.get(n.id()),
      fit: true,
    } as never);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
  const layoutMs = performance.now() - started;
  await frame();
  await frame();
  const interactiveMs = performance.now() - started;
  const tapStart = performance.now();
  await new Promise<void>((resolve) => {
    cy.one('tap', 'node', () => resolve());
    cy.getElementById(leaves[0]?.data.id ?? '').emit('tap');
  });
  cy.getElementById(leaves[0]?.data.id ?? '').select();
  await frame();
  const tapMs = performance.now() - tapStart;
  const result = { nodes: cy.nodes().length, edges: cy.edges().length, layoutMs, interactiveMs, tapMs, phases };
  cy.destroy();
  return result;
}

Object.assign(window, { measureChainLayout: measure });
