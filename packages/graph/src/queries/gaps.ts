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
import { firmsOfLeafAndEquivalents, LOCAL_FIRMS_OF_INDUSTRIES, localFirmsOf } from './local-firms';
import { countsCypher, isLeafCypher, scenarioParams } from './scenario';
import { KEY_LINK_PROJECTION } from './segment-status';

/**
 * Per segment of `$industryIds`, how many of its OPERATES_IN edges fall below `$minConfidence` (an edge without a
 * confidence counts as 1, so only stored confidences can), from the `operates_in_confidence (industryId,
 * confidence)` index: a seek over the few unconfident edges instead of a read of every edge's confidence. Binds
 * `unconfident`, a list of { id: segment id, n } (segments without such edges absent).
 */
const UNCONFIDENT_OF_INDUSTRIES = `CALL () {
    MATCH ()-[o:OPERATES_IN]->(t) USING INDEX o:OPERATES_IN(industryId, confidence)
    WHERE o.industryId IN $industryIds AND o.confidence < $minConfidence
    WITH t.id AS id, count(o) AS n
    RETURN collect({ id: id, n: n }) AS unconfident
  }`;

/**
 * A leaf's degree for gap priority: the distinct firms operating in it or in a crosswalk equivalent, at any place,
 * through an edge that counts (countsCypher), as `allCount`, over `s` and `unconfident`. A leaf of its own (no
 * crosswalk group) takes its OPERATES_IN degree, which Neo4j keeps per node, less its unconfident edges: every
 * writer MERGEs the edge from a Company, so there is one per firm and segment and the degree counts firms (at a
 * million firms, icv: ~170k of the ~250k edges no longer read, 1.15M → 0.45M db hits for the whole query). A shared
 * leaf expands its members' firms, as a firm in two members is one firm.
 */
const ALL_FIRMS_OF_LEAF = `WITH s, unconfident WHERE s.sameAsIds IS NULL
    RETURN COUNT { (s)<-[:OPERATES_IN]-() } - coalesce([u IN unconfident WHERE u.id = s.id | u.n][0], 0) AS allCount
    UNION
    WITH s WHERE s.sameAsIds IS NOT NULL
    CALL (s) { ${firmsOfLeafAndEquivalents('s', countsCypher('o'), 'count(DISTINCT c) AS firms')} }
    WITH s, firms AS allCount
    RETURN allCount`;

/**
 * The facts gap priority (docs/design.md §4.4) needs, per leaf segment of the industry: all firms operating in it (its
 * degree), the local ones, distinct local firms in the segments it FEEDS, its FEEDS neighbours (both directions)
 * and its key link; plus, on every row, N of the local-pull factor (distinct local firms in any leaf). The local
 * firms come from one range seek on the OPERATES_IN locality copies (LOCAL_FIRMS_OF_INDUSTRIES: only the
 * industry's edges local at R are read, no firm's location is), grouped per segment once and reused for the FEEDS
 * unions and N. Gaps take no scenario (an empty one: plain locality). Presence is the crosswalk's (docs/analytics.md,
 * "the crosswalk"): a leaf's local firms and its degree include its equivalents' firms, each firm once.
 */
export const GAP_FACTS = `${LOCAL_FIRMS_OF_INDUSTRIES}
  MATCH (s:Segment {industryId: $industryId}) WHERE ${isLeafCypher('s')}
  WITH s, ${localFirmsOf('s')} AS locals
  WITH collect({ s: s, locals: locals }) AS leaves
  ${UNCONFIDENT_OF_INDUSTRIES}
  CALL (leaves) {
    UNWIND leaves AS leaf
    UNWIND leaf.locals AS c
    RETURN count(DISTINCT c) AS localFirms
  }
  UNWIND leaves AS leaf
  WITH leaf.s AS s, leaf.locals AS locals, leaves, localFirms, unconfident
  OPTIONAL MATCH (s)-[:CHILD_OF]->(p:Segment)
  OPTIONAL MATCH (k:KeyLink)-[:ON]->(s)
  CALL (s, leaves) {
    WITH [(s)-[:FEEDS]->(d:Segment) | d] AS downs, leaves
    UNWIND [leaf IN leaves WHERE leaf.s IN downs | leaf.locals] AS firms
    UNWIND firms AS c
    RETURN count(DISTINCT c) AS downstreamLocalFirms
  }
  CALL (s) {
    OPTIONAL MATCH (s)-[:FEEDS]-(n:Segment)
    RETURN collect(DISTINCT n.id) AS neighbourIds
  }
  CALL (s, unconfident) {
    ${ALL_FIRMS_OF_LEAF}
  }
  RETURN s { .id, .industryId, .name, .nameEn, .tier, parentId: p.id, keyLink: ${KEY_LINK_PROJECTION},
             criticality: k.criticality, allCount: allCount, localCount: size(locals),
             downstreamLocalFirms: downstreamLocalFirms, neighbourIds: neighbourIds } AS facts,
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
