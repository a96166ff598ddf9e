import { countsCypher } from './scenario';

/**
 * The key a leaf's local firms are grouped under: its crosswalk group (docs/analytics.md, "the crosswalk") when it
 * has one, else its own id. Group ids have no dot and segment ids do, so the two never collide.
 */
export function presenceKeyOf(segment: string): string {
  return `coalesce(${segment}.sameAs, ${segment}.id)`;
}

/**
 * The local firms of every leaf of some industries at R under a scenario, from the OPERATES_IN locality index
 * (load/operation-locality.ts): the industries' edges with ring ≤ R, less removed firms, plus the attracted firms'
 * edges beyond R (disjoint from the first part, so no de-duplication pass over every local edge). With the
 * crosswalk, firms are grouped per presence key (a shared segment's group) and the third part adds the local firms
 * of the equivalents in other industries, reached from the industries' shared segments through `sameAsIds` (a few
 * segments, expanded rather than sought, so the other industries' edges are not all read). A firm in two members of
 * a group is listed once. Removed firms are compared as nodes (no firm's id is read), and rows are grouped per
 * segment before its key is read: at a million firms ~40 property reads instead of two per local edge (~125k).
 * Binds `localBySegment`, a list of { id: presence key, firms } (keys without local firms absent). Needs
 * `$industryIds` and the parameters of `scenarioParams` (an empty scenario for plain locality).
 */
export const LOCAL_FIRMS_OF_INDUSTRIES = `CALL () {
    OPTIONAL MATCH (x:Company) WHERE x.id IN $remove
    WITH collect(x) AS removedFirms
    CALL (removedFirms) {
      // OPERATES_IN always ends at a Segment: its label is not tested per edge.
      MATCH (c)-[o:OPERATES_IN]->(t) USING INDEX o:OPERATES_IN(industryId, ring)
      WHERE o.industryId IN $industryIds AND o.ring <= $ring AND NOT c IN removedFirms
        AND ${countsCypher('o')}
      RETURN t, c AS firm
      UNION ALL
      UNWIND $attract AS firmId
      MATCH (firm:Company {id: firmId})-[o:OPERATES_IN]->(t:Segment)
      WHERE (o.industryId IN $industryIds OR t.sameAs IS NOT NULL) AND o.ring > $ring AND NOT firmId IN $remove
        AND ${countsCypher('o')}
      RETURN t, firm
      UNION ALL
      MATCH (shared:Segment) WHERE shared.industryId IN $industryIds AND shared.sameAs IS NOT NULL
      UNWIND shared.sameAsIds AS peerId
      WITH DISTINCT peerId
      MATCH (t:Segment {id: peerId}) WHERE NOT t.industryId IN $industryIds
      MATCH (c:Company)-[o:OPERATES_IN]->(t)
      WHERE o.ring <= $ring AND NOT c IN removedFirms AND ${countsCypher('o')}
      RETURN t, c AS firm
    }
    WITH t, collect(firm) AS firms
    WITH ${presenceKeyOf('t')} AS segmentKey, firms
    UNWIND firms AS firm
    RETURN segmentKey, collect(DISTINCT firm) AS firms
  }
  WITH collect({ id: segmentKey, firms: firms }) AS localBySegment`;

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
