import type { GraphExecutor } from '../executor';

/** Where a firm's record came from and when it was written; the register's own texts where it has them. */
export interface CompanyProvenance {
  id: string;
  source: string | null;
  importedAt: string | null;
  updatedAt: string | null;
  businessScope: string | null;
  /** Text from the register; a list where an older import kept one. */
  products: string | string[] | null;
  industryCode: string | null;
  address: string | null;
  addressResolved: boolean | null;
}

/** One OPERATES_IN edge of a firm with its provenance: who said so, how sure, when, and who reviewed it. */
export interface Operation {
  companyId: string;
  segmentId: string;
  source: string | null;
  confidence: number | null;
  classifiedAt: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  /** JSON of the classifier's evidence, as stored. */
  evidence: string | null;
}

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
