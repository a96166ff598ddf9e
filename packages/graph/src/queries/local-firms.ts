import { countsCypher } from './scenario';

/**
 * The key a leaf's local firms are grouped under: its crosswalk group (docs/analytics.md, "the crosswalk") when it
 * has one, else its own id. Group ids have no dot and segment ids do, so the two never collide.
 */
export function presenceKeyOf(segment: string): string {
  return `coalesce(${segment}.sameAs, ${segment}.id)`;
}

/**
 * The third part of LOCAL_FIRMS_OF_INDUSTRIES, as a UNION branch binding `t` and `firm`: the local firms of the
 * crosswalk equivalents in other industries of the industries' shared segments (needs `removedFirms`). At a million
 * firms (icv) it expands ~29k edges and reads their ring and confidence: a third of the whole statement's time.
 */
const PEER_LOCAL_EDGES = `MATCH (shared:Segment) WHERE shared.industryId IN $industryIds AND shared.sameAs IS NOT NULL
      UNWIND shared.sameAsIds AS peerId
      WITH DISTINCT peerId
      MATCH (t:Segment {id: peerId}) WHERE NOT t.industryId IN $industryIds
      MATCH (c)-[o:OPERATES_IN]->(t)
      WHERE o.ring <= $ring AND NOT c IN removedFirms AND ${countsCypher('o')}
      RETURN t, c AS firm`;

/**
 * The local firms of every leaf of some industries at R under a scenario, from the OPERATES_IN locality index
 * (load/operation-locality.ts): the industries' edges with ring ≤ R, less removed firms, plus the attracted firms'
 * edges beyond R (disjoint from the first part, so no de-duplication pass over every local edge). With the
 * crosswalk, firms are grouped per presence key (a shared segment's group) and the third part adds the local firms
 * of the equivalents in other industries, reached from the industries' shared segments through `sameAsIds` (a few
 * segments, expanded rather than sought, so the other industries' edges are not all read). A firm in two members of
 * a group is listed once. Removed firms are compared as nodes (no firm's id is read), and rows are grouped per
 * segment before its key is read: at a million firms ~40 property reads instead of two per local edge (~125k).
 * Nor is a local edge's confidence read: the few local edges below `$minConfidence` come from the
 * `operates_in_confidence` index and their firms are taken off their segment's list (icv: 62k reads saved), and
 * only a key with several segments (a crosswalk group) is de-duplicated, as one segment's edges are one per firm
 * (the attracted ids are made distinct first).
 * OPERATES_IN always runs from a Company to a Segment, so neither end's label is tested per edge.
 * Binds `localBySegment`, a list of { id: presence key, firms } (keys without local firms absent). Needs
 * `$industryIds` and the parameters of `scenarioParams` (an empty scenario for plain locality).
 */
export const LOCAL_FIRMS_OF_INDUSTRIES = localFirmsOfIndustries(true);

/**
 * LOCAL_FIRMS_OF_INDUSTRIES, with or without the third part (the equivalents' firms in other industries): without,
 * a caller reads those with PEER_LOCAL_FIRM_IDS, concurrently, and merges them per presence key itself.
 */
function localFirmsOfIndustries(withPeers: boolean): string {
  return `CALL () {
    OPTIONAL MATCH (x:Company) WHERE x.id IN $remove
    WITH collect(x) AS removedFirms
    CALL (removedFirms) {
      MATCH (c)-[o:OPERATES_IN]->(t) USING INDEX o:OPERATES_IN(industryId, ring)
      WHERE o.industryId IN $industryIds AND o.ring <= $ring AND NOT c IN removedFirms
      RETURN t, c AS firm
      UNION ALL
      UNWIND $attract AS attractId
      WITH DISTINCT attractId AS firmId
      MATCH (firm:Company {id: firmId})-[o:OPERATES_IN]->(t:Segment)
      WHERE (o.industryId IN $industryIds OR t.sameAs IS NOT NULL) AND o.ring > $ring AND NOT firmId IN $remove
        AND ${countsCypher('o')}
      RETURN t, firm
      ${withPeers ? `UNION ALL\n      ${PEER_LOCAL_EDGES}` : ''}
    }
    WITH t, collect(firm) AS firms
    WITH collect({ t: t, firms: firms }) AS perSegment
    // The first part's edges below $minConfidence, per segment; the other two parts test confidence themselves.
    CALL () {
      MATCH (c)-[u:OPERATES_IN]->(t) USING INDEX u:OPERATES_IN(industryId, confidence)
      WHERE u.industryId IN $industryIds AND u.confidence < $minConfidence AND u.ring <= $ring
      WITH t, collect(c) AS firms
      RETURN collect({ t: t, firms: firms }) AS doubtful
    }
    UNWIND perSegment AS segment
    WITH segment.t AS t, segment.firms AS firms,
         coalesce([d IN doubtful WHERE d.t = segment.t | d.firms][0], []) AS unconfidentFirms
    WITH ${presenceKeyOf('t')} AS segmentKey,
         collect(CASE WHEN unconfidentFirms = [] THEN firms ELSE [f IN firms WHERE NOT f IN unconfidentFirms] END)
           AS lists
    CALL (lists) {
      WITH lists WHERE size(lists) = 1
      RETURN lists[0] AS firms
      UNION ALL
      WITH lists, size(lists) AS many WHERE many > 1
      UNWIND lists AS list
      UNWIND list AS firm
      WITH many, collect(DISTINCT firm) AS firms
      RETURN firms
    }
    WITH segmentKey, firms WHERE firms <> []
    RETURN segmentKey, firms
  }
  WITH collect({ id: segmentKey, firms: firms }) AS localBySegment`;
}

/**
 * A firm as a number for a caller that only compares firms within one call (gaps): its internal node id, not its
 * `elementId` (at a million firms ~75k per industry, a number costs far less to send and decode than a string), and
 * sent as a float: the driver decodes a float straight into a JS number, where an integer becomes an Integer object
 * first (icv at a million firms: ~19 → ~11 ms of Node's CPU for the one statement). Node ids are far below 2^53,
 * so the float is exact.
 */
const firmNumber = (firm: string) => `toFloat(id(${firm}))`;

/**
 * LOCAL_FIRMS_OF_INDUSTRIES without the equivalents in other industries, as rows, one per presence key, each firm
 * as a number (firmNumber): for a caller that joins the lists itself (gaps: distinct counts and unions, in
 * TypeScript, beside PEER_LOCAL_FIRM_IDS and its own statements run concurrently).
 */
export const OWN_LOCAL_FIRM_IDS = `${localFirmsOfIndustries(false)}
  UNWIND localBySegment AS local
  RETURN local.id AS key, [firm IN local.firms | ${firmNumber('firm')}] AS firmIds`;

/**
 * The rest of LOCAL_FIRMS_OF_INDUSTRIES: the local firms of the shared segments' equivalents in other industries, as
 * numbers (firmNumber), one row per equivalent with its presence key (the group's). A firm may sit in two rows of a
 * key, and in OWN_LOCAL_FIRM_IDS' row of it too: the caller takes each firm once. Grouped per segment before its key
 * is read.
 */
export const PEER_LOCAL_FIRM_IDS = `CALL () {
    OPTIONAL MATCH (x:Company) WHERE x.id IN $remove
    RETURN collect(x) AS removedFirms
  }
  CALL (removedFirms) {
    ${PEER_LOCAL_EDGES}
  }
  WITH t, collect(${firmNumber('firm')}) AS firmIds
  RETURN ${presenceKeyOf('t')} AS key, firmIds`;

/** The local firms of one leaf (a Cypher expression) once LOCAL_FIRMS_OF_INDUSTRIES has bound `localBySegment`. */
export function localFirmsOf(leaf: string): string {
  return `coalesce([l IN localBySegment WHERE l.id = ${presenceKeyOf(leaf)} | l.firms][0], [])`;
}

/**
 * The firms operating in a leaf or one of its crosswalk equivalents, at any place, as a CALL subquery body over
 * `leaf` (`where` filters the company `c` and the edge `o`; `returns` aggregates them, distinct: a firm in two
 * members of a group is one firm). The equivalents are sought by id (`sameAsIds`), so a shared leaf costs a few
 * index seeks more, an ordinary one nothing.
 */
export function firmsOfLeafAndEquivalents(
  leaf: string,
  where: string,
  returns = 'collect(DISTINCT c) AS firms',
): string {
  return `UNWIND coalesce(${leaf}.sameAsIds, [${leaf}.id]) AS peerId
      MATCH (peer:Segment {id: peerId})
      OPTIONAL MATCH (c:Company)-[o:OPERATES_IN]->(peer) WHERE ${where}
      RETURN ${returns}`;
}
