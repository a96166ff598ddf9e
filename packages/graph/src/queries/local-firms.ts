import { countsCypher } from './scenario';

/**
 * The local firms of every leaf of some industries at R under a scenario, from the OPERATES_IN locality index
 * (load/operation-locality.ts): the industries' edges with ring ≤ R, less removed firms, plus the attracted firms'
 * edges beyond R (disjoint from the first part, so no de-duplication pass over every local edge). Binds `localBySegment`, a list of { id, firms } (segments without local firms absent). Needs
 * `$industryIds` and the parameters of `scenarioParams` (an empty scenario for plain locality).
 */
export const LOCAL_FIRMS_OF_INDUSTRIES = `CALL () {
    CALL () {
      MATCH (c)-[o:OPERATES_IN]->(t:Segment) USING INDEX o:OPERATES_IN(industryId, ring)
      WHERE o.industryId IN $industryIds AND o.ring <= $ring AND ($remove = [] OR NOT c.id IN $remove)
        AND ${countsCypher('o')}
      RETURN t.id AS segmentId, c AS firm
      UNION ALL
      UNWIND $attract AS firmId
      MATCH (firm:Company {id: firmId})-[o:OPERATES_IN]->(t:Segment)
      WHERE o.industryId IN $industryIds AND o.ring > $ring AND NOT firmId IN $remove AND ${countsCypher('o')}
      RETURN t.id AS segmentId, firm
    }
    RETURN segmentId, collect(firm) AS firms
  }
  WITH collect({ id: segmentId, firms: firms }) AS localBySegment`;

/** The local firms of one leaf (a Cypher expression) once LOCAL_FIRMS_OF_INDUSTRIES has bound `localBySegment`. */
export function localFirmsOf(leaf: string): string {
  return `coalesce([l IN localBySegment WHERE l.id = ${leaf}.id | l.firms][0], [])`;
}
