import {
  type ChainSegmentView,
  DEFAULT_STRONG_THRESHOLD,
  type Radius,
  type SegmentRow,
  toChainSegment,
} from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { type GraphExecutor, run } from '../executor';
import { firmsOfLeafAndEquivalents, LOCAL_FIRMS_OF_INDUSTRIES, localFirmsOf } from './local-firms';
import { countsCypher, isLeafCypher, isLocalInScenario, type Scenario, scenarioParams } from './scenario';

export const KEY_LINK_PROJECTION = `k { .id, segmentId: s.id, .criticality, .bottleneck, .targetYear, .note,
  .noteEn }`;

/**
 * Segment status at R (docs/design.md §4.1), set-based: for each segment, the distinct local firms operating in it (a leaf)
 * or in any of its leaf descendants (a parent), plus each leaf descendant's own count; a leaf's firms include those of
 * its crosswalk equivalents in any industry (docs/analytics.md, "the crosswalk"), each firm once. `start` binds `s`. Whole
 * industries take each leaf's local firms from the locality index, read once (`indexed`); a few segments by id
 * expand their leaves' firms and read their location instead, which is cheaper than reading whole industries.
 */
function segmentRowsCypher(start: string, source: 'indexed' | 'expand'): string {
  const localFirmsOfLeaf =
    source === 'indexed'
      ? `WITH leaf, ${localFirmsOf('leaf')} AS firms`
      : `CALL (leaf) {
      ${firmsOfLeafAndEquivalents('leaf', `${countsCypher('o')} AND ${isLocalInScenario('c')}`)}
    }`;
  return `${source === 'indexed' ? `${LOCAL_FIRMS_OF_INDUSTRIES}\n  ` : ''}${start}
  OPTIONAL MATCH (s)-[:CHILD_OF]->(p:Segment)
  OPTIONAL MATCH (k:KeyLink)-[:ON]->(s)
  CALL (s${source === 'indexed' ? ', localBySegment' : ''}) {
    MATCH (leaf:Segment)-[:CHILD_OF*0..]->(s) WHERE ${isLeafCypher('leaf')}
    ${localFirmsOfLeaf}
    WITH collect({ id: leaf.id, localCount: size(firms) }) AS leafCounts, collect(firms) AS lists
    CALL (lists) {
      UNWIND lists AS firms
      UNWIND firms AS firm
      RETURN count(DISTINCT firm) AS localCount
    }
    RETURN leafCounts, localCount
  }
  RETURN s { .id, .industryId, .name, .nameEn, .tier, parentId: p.id, leaf: ${isLeafCypher('s')},
             localCount: localCount, leafCounts: leafCounts, keyLink: ${KEY_LINK_PROJECTION} } AS row
  ORDER BY s.id`;
}

/** Every segment (leaves and parents) of some industries. */
export const SEGMENTS_OF_INDUSTRIES = segmentRowsCypher(
  'MATCH (s:Segment) WHERE s.industryId IN $industryIds',
  'indexed',
);
/** Only the leaf segments of some industries (what coverage, KPIs and what-if need). */
export const LEAVES_OF_INDUSTRIES = segmentRowsCypher(
  `MATCH (s:Segment) WHERE s.industryId IN $industryIds AND ${isLeafCypher('s')}`,
  'indexed',
);
/** Some segments by id. */
export const SEGMENTS_BY_IDS = segmentRowsCypher(
  'UNWIND $segmentIds AS segmentId MATCH (s:Segment {id: segmentId})',
  'expand',
);

export interface StatusOptions {
  threshold?: number;
  scenario?: Scenario;
  /** Skip parent segments (their rows cost a pass over their leaves). */
  leavesOnly?: boolean;
}

export async function segmentRowsTx(
  tx: ManagedTransaction,
  select: { industryIds: readonly string[]; leavesOnly?: boolean } | { segmentIds: readonly string[] },
  radius: Radius,
  scenario: Scenario = {},
): Promise<SegmentRow[]> {
  const cypher =
    'segmentIds' in select ? SEGMENTS_BY_IDS : select.leavesOnly ? LEAVES_OF_INDUSTRIES : SEGMENTS_OF_INDUSTRIES;
  const rows = await run<{ row: SegmentRow }>(tx, cypher, { ...select, ...scenarioParams(radius, scenario) });
  return rows.map(({ row }) => ({ ...row, parentId: row.parentId ?? null, keyLink: row.keyLink ?? null }));
}

/** Chain segments (status, localCount, key link, parent) of some industries at R. */
export async function chainSegmentsTx(
  tx: ManagedTransaction,
  industryIds: readonly string[],
  radius: Radius,
  options: StatusOptions = {},
): Promise<ChainSegmentView[]> {
  const rows = await segmentRowsTx(
    tx,
    { industryIds: [...industryIds], leavesOnly: options.leavesOnly === true },
    radius,
    options.scenario,
  );
  return rows.map((row) => toChainSegment(row, options.threshold ?? DEFAULT_STRONG_THRESHOLD));
}

/** Chain segments by id at R, for DataLoaders (Company.segments, key links, single sources); unknown ids absent. */
export async function chainSegmentsByIds(
  executor: GraphExecutor,
  segmentIds: readonly string[],
  radius: Radius,
): Promise<ChainSegmentView[]> {
  const rows = await executor.readTx('chainSegmentsByIds', (tx) => segmentRowsTx(tx, { segmentIds }, radius));
  return rows.map((row) => toChainSegment(row));
}
