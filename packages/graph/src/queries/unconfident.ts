/**
 * Per segment of some industries, how many of its OPERATES_IN edges fall below `$minConfidence` (an edge without a
 * confidence counts as 1, so only stored confidences can), from the `operates_in_confidence (industryId, confidence)`
 * index: a seek over the few unconfident edges instead of a read of every edge's confidence. A statement counts
 * edges without testing their confidence, then takes these off. `industryIds` is a Cypher list: a parameter, or a variable of the
 * enclosing statement; with `localOnly`, only edges local at R (`$ring`) count. Binds `unconfident`, a list of
 * { segment, n } (segments without such edges absent).
 */
export function unconfidentOf(industryIds: string, localOnly = false): string {
  const imports = industryIds.startsWith('$') ? '' : industryIds;
  return `CALL (${imports}) {
    MATCH ()-[u:OPERATES_IN]->(t) USING INDEX u:OPERATES_IN(industryId, confidence)
    WHERE u.industryId IN ${industryIds} AND u.confidence < $minConfidence${localOnly ? ' AND u.ring <= $ring' : ''}
    WITH t, count(u) AS n
    RETURN collect({ segment: t, n: n }) AS unconfident
  }`;
}

/** How many unconfident edges `unconfidentOf` found for a segment (a Cypher expression). */
export function unconfidentCount(segment: string): string {
  return `coalesce([u IN unconfident WHERE u.segment = ${segment} | u.n][0], 0)`;
}
