import Graph from 'graphology';
import type { ChainExport } from './chain-export';
import { xmlSafe } from './text-safety';

/**
 * The chain map as one directed graph for the graph formats: segment nodes (kind "segment") with FEEDS and
 * CHILD_OF edges, and local firm nodes (kind "company") with OPERATES_IN edges and the SUPPLIES between them
 * (`annualValue` only where the viewer may read it). Text goes through `xmlSafe`: both graph formats are XML.
 */
export function toNetwork(data: ChainExport): Graph {
  const graph = new Graph({ type: 'directed', multi: false });
  graph.setAttribute('industry', data.industry.id);
  graph.setAttribute('radius', data.radius);
  for (const s of data.segments) {
    graph.addNode(s.id, {
      kind: 'segment',
      label: xmlSafe(s.name),
      labelEn: xmlSafe(s.nameEn ?? ''),
      tier: s.tier,
      status: s.status,
      localCount: s.localCount,
      keyLink: s.keyLink ? s.keyLink.criticality : 0,
    });
  }
  for (const s of data.segments)
    if (s.parentId) graph.addEdgeWithKey(`child:${s.id}`, s.id, s.parentId, { kind: 'CHILD_OF' });
  for (const f of data.flows) graph.addEdgeWithKey(`feeds:${f.from}>${f.to}`, f.from, f.to, { kind: 'FEEDS' });
  for (const firm of data.firms) {
    graph.mergeNode(firm.id, {
      kind: 'company',
      label: xmlSafe(firm.name),
      labelEn: xmlSafe(firm.nameEn ?? ''),
      size: firm.size,
      chainLeader: firm.chainLeader,
    });
    graph.addEdgeWithKey(`operates:${firm.id}>${firm.segmentId}`, firm.id, firm.segmentId, { kind: 'OPERATES_IN' });
  }
  // A simple graph holds one edge per pair: a supplier selling in two segments becomes one edge with the sum.
  for (const s of data.supplies) {
    const key = `supplies:${s.supplierId}>${s.buyerId}`;
    const seen = graph.hasEdge(key) ? graph.getEdgeAttributes(key) : null;
    const segments = [seen?.segmentIds, s.segmentId].filter(Boolean).join(' ');
    const value = s.annualValue === null ? null : s.annualValue + ((seen?.annualValue as number | undefined) ?? 0);
    if (seen) graph.dropEdge(key);
    graph.addEdgeWithKey(key, s.supplierId, s.buyerId, {
      kind: 'SUPPLIES',
      segmentIds: segments,
      ...(value === null ? {} : { annualValue: value }),
    });
  }
  return graph;
}
