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
import { LOCAL_FIRMS_OF_INDUSTRIES, localFirmsOf } from './local-firms';
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
 * The facts gap priority (docs/design.md §4.4) needs, per leaf segment of the industry: all firms operating in it (its
 * degree), the local ones, distinct local firms in the segments it FEEDS, its FEEDS neighbours (both directions)
 * and its key link; plus, on every row, N of the local-pull factor (distinct local firms in any leaf). The local
 * firms come from one range seek on the OPERATES_IN locality copies (LOCAL_FIRMS_OF_INDUSTRIES: only the
 * industry's edges local at R are read, no firm's location is), grouped per segment once and reused for the FEEDS
 * unions and N; a leaf that FEEDS one leaf (half of them) takes that leaf's list size, as a list holds each firm
 * once, and only a leaf feeding several unions their lists. Gaps take no scenario (an empty one: plain locality).
 * Presence is the crosswalk's (docs/analytics.md, "the crosswalk"): a leaf's local firms and its degree include its
 * equivalents' firms, each firm once.
 */
export const GAP_FACTS = `${LOCAL_FIRMS_OF_INDUSTRIES}
  MATCH (s:Segment {industryId: $industryId}) WHERE ${isLeafCypher('s')}
  WITH s, ${localFirmsOf('s')} AS locals
  WITH collect({ s: s, locals: locals }) AS leaves
  ${unconfidentOf('$industryIds')}
  CALL (leaves) {
    UNWIND leaves AS leaf
    UNWIND leaf.locals AS c
    RETURN count(DISTINCT c) AS localFirms
  }
  ${SHARED_DEGREES}
  UNWIND leaves AS leaf
  WITH leaf.s AS s, leaf.locals AS locals, leaves, localFirms, unconfident, sharedDegrees
  OPTIONAL MATCH (s)-[:CHILD_OF]->(p:Segment)
  OPTIONAL MATCH (k:KeyLink)-[:ON]->(s)
  CALL (s, leaves) {
    WITH [(s)-[:FEEDS]->(d:Segment) | d] AS downs, leaves
    WITH [leaf IN leaves WHERE leaf.s IN downs | leaf.locals] AS lists
    CALL (lists) {
      WITH lists WHERE size(lists) <= 1
      RETURN coalesce(size(lists[0]), 0) AS downstreamLocalFirms
      UNION ALL
      WITH lists, size(lists) AS many WHERE many > 1
      UNWIND lists AS firms
      UNWIND firms AS c
      WITH many, count(DISTINCT c) AS downstreamLocalFirms
      RETURN downstreamLocalFirms
    }
    RETURN downstreamLocalFirms
  }
  CALL (s) {
    OPTIONAL MATCH (s)-[:FEEDS]-(n:Segment)
    RETURN collect(DISTINCT n.id) AS neighbourIds
  }
  RETURN s { .id, .industryId, .name, .nameEn, .tier, parentId: p.id, keyLink: ${KEY_LINK_PROJECTION},
             criticality: k.criticality, allCount: ${ALL_FIRMS_OF_LEAF}, localCount: size(locals),
             downstreamLocalFirms: downstreamLocalFirms,
             neighbourIds: neighbourIds } AS facts,
         localFirms
  ORDER BY s.id`;

interface FactsRow extends GapFacts {
  industryId: string;
  name: string;
  nameEn: string;
  tier: string;
  parentId: string | null;
  keyLink: KeyLinkRecord | null;
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
  return executor.readTx('gaps', async (tx) => {
    const rows = await run<{ facts: FactsRow; localFirms: number }>(tx, GAP_FACTS, params);
    const facts = rows.map((r) => r.facts);
    const threshold = options.threshold ?? DEFAULT_STRONG_THRESHOLD;
    const ranked = gapPriorities(facts, rows[0]?.localFirms ?? 0, {
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
