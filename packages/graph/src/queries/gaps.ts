import {
  type ChainSegmentView,
  DEFAULT_STRONG_THRESHOLD,
  type GapFactor,
  type GapFacts,
  type GapView,
  gapPriorities,
  type KeyLinkRecord,
  type Radius,
  type Weights,
} from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import { run } from '../executor';
import { readEach } from '../parallel-reads';
import { firmSets } from './firm-sets';
import { OWN_LOCAL_FIRM_IDS, PEER_LOCAL_FIRM_IDS, presenceKeyOf } from './local-firms';
import { countsCypher, isLeafCypher, scenarioParams } from './scenario';
import { KEY_LINK_PROJECTION } from './segment-status';
import { unconfidentCount, unconfidentOf } from './unconfident';

/**
 * A leaf's degree for gap priority: the distinct firms operating in it or in a crosswalk equivalent, at any place,
 * through an edge that counts (countsCypher). A leaf of its own (no crosswalk group) takes its OPERATES_IN degree,
 * which Neo4j keeps per node, less its unconfident edges (unconfidentOf): every writer MERGEs the edge from a
 * Company, so there is one per firm and segment and the degree counts firms (at a million firms, icv: ~170k of the
 * ~250k edges no longer read, 1.15M → 0.45M db hits for the whole query). A crosswalk group (SHARED_DEGREES, once
 * per group, not per leaf: two icv leaves share one) expands its members' firms, as a firm in two members is one
 * firm, but reads neither an edge's confidence nor a firm's label (OPERATES_IN always starts at a Company): it
 * counts every attached firm, then takes off the firms attached to the group only through unconfident edges, found
 * from the confidence index (icv: ~67k edges, nothing read on them, where 81k edges were read with their label and
 * confidence: 242k → ~67k db hits).
 * Binds `sharedDegrees`, a list of { memberIds, n }.
 */
const SHARED_DEGREES = `CALL (leaves) {
    UNWIND leaves AS leaf
    WITH DISTINCT leaf.s.sameAsIds AS memberIds WHERE memberIds IS NOT NULL
    CALL (memberIds) {
      UNWIND memberIds AS memberId
      MATCH (member:Segment {id: memberId})
      RETURN collect(member) AS members
    }
    CALL (members) {
      UNWIND members AS member
      MATCH (c)-[:OPERATES_IN]->(member)
      RETURN count(DISTINCT c) AS attached
    }
    CALL (members) {
      UNWIND members AS member
      MATCH (c)-[u:OPERATES_IN]->(member) USING INDEX u:OPERATES_IN(industryId, confidence)
      WHERE u.industryId = member.industryId AND u.confidence < $minConfidence
      WITH DISTINCT c, members
      WHERE NOT EXISTS { (c)-[o:OPERATES_IN]->(m) WHERE m IN members AND ${countsCypher('o')} }
      RETURN count(c) AS unconfidentOnly
    }
    RETURN collect({ memberIds: memberIds, n: attached - unconfidentOnly }) AS sharedDegrees
  }`;

/** `allCount` of leaf `s` once `unconfident` and `sharedDegrees` are bound (see SHARED_DEGREES). */
const ALL_FIRMS_OF_LEAF = `CASE WHEN s.sameAsIds IS NULL
    THEN COUNT { (s)<-[:OPERATES_IN]-() } - ${unconfidentCount('s')}
    ELSE [g IN sharedDegrees WHERE g.memberIds = s.sameAsIds | g.n][0] END`;

/**
 * The facts gap priority (docs/design.md §4.4) needs per leaf segment of the industry, apart from its local firms:
 * all firms operating in it (its degree), its FEEDS neighbours (both directions), the leaves it FEEDS, its key
 * link and its presence key (under which OWN_LOCAL_FIRM_IDS and PEER_LOCAL_FIRM_IDS list its local firms). No
 * locality is read, so it runs beside those two (see `gaps`). Presence is the crosswalk's (docs/analytics.md, "the
 * crosswalk"): a leaf's degree includes its equivalents' firms, each firm once. Gaps take no scenario (an empty one:
 * plain locality).
 */
export const GAP_LEAF_FACTS = `MATCH (s:Segment {industryId: $industryId}) WHERE ${isLeafCypher('s')}
  WITH collect({ s: s }) AS leaves
  ${unconfidentOf('$industryIds')}
  ${SHARED_DEGREES}
  UNWIND leaves AS leaf
  WITH leaf.s AS s, unconfident, sharedDegrees
  OPTIONAL MATCH (s)-[:CHILD_OF]->(p:Segment)
  OPTIONAL MATCH (k:KeyLink)-[:ON]->(s)
  CALL (s) {
    OPTIONAL MATCH (s)-[:FEEDS]-(n:Segment)
    RETURN collect(DISTINCT n.id) AS neighbourIds
  }
  RETURN s { .id, .industryId, .name, .nameEn, .tier, parentId: p.id, keyLink: ${KEY_LINK_PROJECTION},
             criticality: k.criticality, allCount: ${ALL_FIRMS_OF_LEAF}, neighbourIds: neighbourIds,
             presenceKey: ${presenceKeyOf('s')}, feedsIds: [(s)-[:FEEDS]->(d:Segment) | d.id] } AS facts
  ORDER BY s.id`;

/** A leaf as GAP_LEAF_FACTS reads it: everything but the local figures, which `withLocalFigures` adds. */
interface LeafRow extends Omit<GapFacts, 'localCount' | 'downstreamLocalFirms'> {
  industryId: string;
  name: string;
  nameEn: string;
  tier: string;
  parentId: string | null;
  keyLink: KeyLinkRecord | null;
  presenceKey: string;
  feedsIds: string[];
}

type FactsRow = LeafRow & Pick<GapFacts, 'localCount' | 'downstreamLocalFirms'>;

/** Local firms as numbers (node ids), under a presence key; one list holds each firm once, a key may have several lists. */
export interface LocalFirmIds {
  key: string;
  firmIds: number[];
}

/**
 * Joins the leaves with their local firms (OWN_LOCAL_FIRM_IDS and PEER_LOCAL_FIRM_IDS rows): each leaf's count (its
 * key's lists, each firm once), the distinct local firms in the leaves it FEEDS (a leaf feeding one leaf takes that
 * key's size; only one feeding several unions them) and N of the local-pull factor (distinct local firms in any leaf).
 */
export function withLocalFigures(
  leaves: readonly LeafRow[],
  localRows: readonly LocalFirmIds[],
): { facts: FactsRow[]; localFirms: number } {
  const firms = firmSets(localRows.map((r) => r.firmIds));
  const listsByKey = new Map<string, number[][]>();
  for (const { key, firmIds } of localRows) {
    const lists = listsByKey.get(key);
    if (lists) lists.push(firmIds);
    else listsByKey.set(key, [firmIds]);
  }
  const firmIdsByKey = new Map([...listsByKey].map(([key, lists]) => [key, firms.union(lists)]));
  const firmsOf = (leaf: LeafRow) => firmIdsByKey.get(leaf.presenceKey) ?? [];
  const byId = new Map(leaves.map((leaf) => [leaf.id, leaf]));
  const facts = leaves.map((leaf) => {
    const fed = [...new Set(leaf.feedsIds)].flatMap((id) => byId.get(id) ?? []);
    return { ...leaf, localCount: firmsOf(leaf).length, downstreamLocalFirms: firms.count(fed.map(firmsOf)) };
  });
  return { facts, localFirms: firms.count(leaves.map(firmsOf)) };
}

export interface GapQueryOptions {
  weights?: Weights<GapFactor>;
  threshold?: number;
  minConfidence?: number;
}

/** MISSING and WEAK leaf segments of an industry at R, ranked by priority (descending, ties by segment id). */
export function gaps(
  executor: GraphExecutor,
  industryId: string,
  radius: Radius,
  options: GapQueryOptions = {},
): Promise<GapView[]> {
  const params = {
    industryId,
    industryIds: [industryId],
    ...scenarioParams(radius, { minConfidence: options.minConfidence }),
  };
  // Three read transactions side by side (readEach), so the box's second core works too: the leaves' structure and
  // degrees, their local firms in the industry, and those of their equivalents in other industries (docs/analytics.md
  // §4.4). Each names the caller 'gaps', as the one transaction did.
  return readEach<[{ facts: LeafRow }[], LocalFirmIds[], LocalFirmIds[]]>(executor, 'gaps', [
    (tx) => run(tx, GAP_LEAF_FACTS, params),
    (tx) => run(tx, OWN_LOCAL_FIRM_IDS, params),
    (tx) => run(tx, PEER_LOCAL_FIRM_IDS, params),
  ]).then(([leaves, own, peers]) => {
    const { facts, localFirms } = withLocalFigures(
      leaves.map((r) => r.facts),
      [...own, ...peers],
    );
    const threshold = options.threshold ?? DEFAULT_STRONG_THRESHOLD;
    const ranked = gapPriorities(facts, localFirms, {
      threshold,
      ...(options.weights ? { weights: options.weights } : {}),
    });
    const byId = new Map(facts.map((f) => [f.id, f]));
    return ranked.flatMap((gap) => {
      const f = byId.get(gap.id);
      if (!f) return [];
      const segment: ChainSegmentView = {
        id: f.id,
        industryId: f.industryId,
        name: f.name,
        nameEn: f.nameEn,
        tier: f.tier,
        parentId: f.parentId ?? null,
        leaf: true,
        status: gap.status,
        localCount: gap.localCount,
        keyLink: f.keyLink ?? null,
      };
      return [{ segment, status: gap.status, priority: gap.priority, factors: gap.factors }];
    });
  });
}
