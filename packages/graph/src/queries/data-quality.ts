import type { DataQualityReport, DatedFirm, SourceCount, UnresolvedFirm } from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';

/** A firm belongs to the industry when it is attached to any of its segments. */
const FIRMS_OF_INDUSTRY = `MATCH (c:Company)-[:OPERATES_IN]->(:Segment {industryId: $industryId})
  WITH DISTINCT c`;

const FIRMS_BY_SOURCE = `${FIRMS_OF_INDUSTRY}
  RETURN coalesce(c.source, CASE WHEN c.synthetic THEN 'synthetic' ELSE 'unknown' END) AS source, count(*) AS count
  ORDER BY count DESC, source`;

// A reviewer's rejection deletes the edge and leaves REJECTED_SEGMENT (queries/review.ts): counted beside the rest.
const ATTACHMENTS_BY_SOURCE = `CALL () {
    MATCH (:Company)-[o:OPERATES_IN]->(:Segment {industryId: $industryId})
    RETURN coalesce(o.source, 'unknown') AS source
    UNION ALL
    MATCH (:Company)-[:REJECTED_SEGMENT]->(:Segment {industryId: $industryId})
    RETURN 'rejected' AS source
  }
  RETURN source, count(*) AS count
  ORDER BY count DESC, source`;

// Dates are ISO strings, so they order as text; records without one are counted apart, not listed as "oldest".
const OLDEST = `${FIRMS_OF_INDUSTRY}
  WITH c, coalesce(c.updatedAt, c.importedAt) AS at
  WITH collect(CASE WHEN at IS NULL THEN null ELSE { id: c.id, name: c.name, source: c.source, at: at } END) AS dated,
       count(CASE WHEN at IS NULL THEN 1 END) AS undated
  CALL (dated) {
    UNWIND dated AS d
    WITH d ORDER BY d.at, d.id LIMIT toInteger($limit)
    RETURN collect({ id: d.id, name: d.name, source: d.source, updatedAt: toString(d.at) }) AS oldest
  }
  RETURN oldest, undated`;

// The register import marks addressResolved = false; older records count as unresolved when they have an address
// but no district could be taken from it.
const UNRESOLVED = `${FIRMS_OF_INDUSTRY}
  WHERE c.address IS NOT NULL AND coalesce(c.addressResolved, c.district IS NOT NULL) = false
  WITH c ORDER BY c.id
  WITH collect({ id: c.id, name: c.name, address: c.address }) AS firms
  RETURN size(firms) AS count, firms[0..toInteger($limit)] AS examples`;

/** Provenance and freshness of one industry's firms and attachments (issue #13, item 4). */
export function dataQuality(
  executor: GraphExecutor,
  industryId: string,
  limits: { oldest?: number; unresolved?: number } = {},
): Promise<DataQualityReport> {
  return executor.readTx('dataQuality', async (tx) => {
    const firmsBySource = await run<SourceCount>(tx, FIRMS_BY_SOURCE, { industryId });
    const attachmentsBySource = await run<SourceCount>(tx, ATTACHMENTS_BY_SOURCE, { industryId });
    const [dates] = await run<{ oldest: DatedFirm[]; undated: number }>(tx, OLDEST, {
      industryId,
      limit: limits.oldest ?? 10,
    });
    const [unresolved] = await run<{ count: number; examples: UnresolvedFirm[] }>(tx, UNRESOLVED, {
      industryId,
      limit: limits.unresolved ?? 5,
    });
    const countOf = (source: string) => attachmentsBySource.find((s) => s.source === source)?.count ?? 0;
    const counted = attachmentsBySource.reduce((sum, s) => sum + s.count, 0) - countOf('rejected');
    return {
      industryId,
      firms: firmsBySource.reduce((sum, s) => sum + s.count, 0),
      firmsBySource,
      attachments: counted,
      attachmentsBySource,
      unreviewedShare: counted > 0 ? countOf('inferred') / counted : null,
      oldest: (dates?.oldest ?? []).map((f) => ({ ...f, source: f.source ?? null })),
      undated: dates?.undated ?? 0,
      unresolvedAddresses: unresolved?.count ?? 0,
      unresolvedExamples: unresolved?.examples ?? [],
    };
  });
}
