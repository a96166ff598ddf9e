import type { IndustryRecord, KeyLinkRecord, TechnologyRecord } from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import { KEY_LINK_PROJECTION } from './segment-status';

/** Industries by id (the graph's, so imported or test industries count too); unknown ids are absent. */
export async function industriesByIds(executor: GraphExecutor, ids: readonly string[]): Promise<IndustryRecord[]> {
  const rows = await executor.read<{ industry: IndustryRecord }>(
    'industriesByIds',
    'UNWIND $ids AS id MATCH (i:Industry {id: id}) RETURN i { .id, .name, .nameEn } AS industry',
    { ids },
  );
  return rows.map((r) => r.industry);
}

/** Reached through the indexed Segment.industryId, not a scan of KeyLink or Technology. */
export const KEY_LINKS_OF_INDUSTRY = `MATCH (s:Segment {industryId: $industryId})<-[:ON]-(k:KeyLink)
  RETURN ${KEY_LINK_PROJECTION} AS keyLink
  ORDER BY k.criticality DESC, k.id`;

/** The key-link list (关键环节清单): most critical first. */
export async function keyLinksOfIndustry(executor: GraphExecutor, industryId: string): Promise<KeyLinkRecord[]> {
  const rows = await executor.read<{ keyLink: KeyLinkRecord }>('keyLinksOfIndustry', KEY_LINKS_OF_INDUSTRY, {
    industryId,
  });
  return rows.map((r) => r.keyLink);
}

export const ROADMAP_OF_INDUSTRY = `MATCH (s:Segment {industryId: $industryId})<-[:ENABLES]-(t:Technology)
  WITH DISTINCT t
  CALL (t) {
    MATCH (t)-[:ENABLES]->(enabled:Segment)
    WITH enabled ORDER BY enabled.id
    RETURN collect(enabled.id) AS segmentIds
  }
  CALL (t) {
    OPTIONAL MATCH (t)-[:PRECEDES]->(next:Technology)
    WITH next ORDER BY next.id
    RETURN collect(next.id) AS precedes
  }
  RETURN t { .id, .name, .nameEn, .trl, .horizon, .stage, segmentIds: segmentIds, precedes: precedes } AS technology
  ORDER BY t.horizon, t.id`;

/** The technology roadmap (技术路线图): by horizon year, then id. */
export async function roadmapOfIndustry(executor: GraphExecutor, industryId: string): Promise<TechnologyRecord[]> {
  const rows = await executor.read<{ technology: TechnologyRecord }>('roadmapOfIndustry', ROADMAP_OF_INDUSTRY, {
    industryId,
  });
  return rows.map((r) => r.technology);
}
