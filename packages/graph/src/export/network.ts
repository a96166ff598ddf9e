import Graph from 'graphology';
import type { ChainExport } from './chain-export';

/**
 * The chain map as one directed graph for the graph formats: segment nodes (kind "segment") with FEEDS and
 * CHILD_OF edges, and local firm nodes (kind "company") with OPERATES_IN edges.
 */
export function toNetwork(data: ChainExport): Graph {
  const graph = new Graph({ type: 'directed', multi: false });
  graph.setAttribute('industry', data.industry.id);
  graph.setAttribute('radius', data.radius);
  for (const s of data.segments) {
    graph.addNode(s.id, {
      kind: 'segment',
      label: s.name,
      labelEn: s.nameEn,
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
      label: firm.name,
      labelEn: firm.nameEn ?? '',
      size: firm.size,
      chainLeader: firm.chainLeader,
    });
    graph.addEdgeWithKey(`operates:${firm.id}>${firm.segmentId}`, firm.id, firm.segmentId, { kind: 'OPERATES_IN' });
  }
  return graph;
}
