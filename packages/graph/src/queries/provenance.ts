import type { CompanyProvenance, Operation } from '@atlas/domain';
import type { GraphExecutor } from '../executor';

/** Provenance of many firms in one query (for DataLoaders); unknown ids absent. */
export async function provenanceByCompanyIds(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<Map<string, CompanyProvenance>> {
  const rows = await executor.read<CompanyProvenance>(
    'provenanceByCompanyIds',
    `UNWIND $ids AS id MATCH (c:Company {id: id})
     RETURN c.id AS id, coalesce(c.source, CASE WHEN c.synthetic THEN 'synthetic' END) AS source,
            toString(c.importedAt) AS importedAt, toString(c.updatedAt) AS updatedAt,
            c.businessScope AS businessScope, c.products AS products, c.industryCode AS industryCode,
            c.address AS address, c.addressResolved AS addressResolved`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Every OPERATES_IN edge of many firms, in segment id order. */
export async function operationsByCompanyIds(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<Map<string, Operation[]>> {
  const rows = await executor.read<Operation>(
    'operationsByCompanyIds',
    `UNWIND $ids AS id MATCH (c:Company {id: id})-[o:OPERATES_IN]->(s:Segment)
     RETURN c.id AS companyId, s.id AS segmentId, o.source AS source, o.confidence AS confidence,
            toString(o.classifiedAt) AS classifiedAt, toString(o.reviewedAt) AS reviewedAt,
            o.reviewedBy AS reviewedBy, o.evidence AS evidence
     ORDER BY companyId, segmentId`,
    { ids },
  );
  const out = new Map<string, Operation[]>();
  for (const row of rows) out.set(row.companyId, [...(out.get(row.companyId) ?? []), row]);
  return out;
}
