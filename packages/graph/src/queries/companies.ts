import type { Company, SupplyLink } from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { isLocalCypher, localityParams } from './locality';
import { confidenceParams, countsCypher } from './scenario';

/** The map projection every company read uses, so `Company` has one shape everywhere. */
export const COMPANY_PROJECTION = `c { .id, .uscc, .name, .nameEn, .size, .chainLeader, .country, .province, .city,
  .district, .park, .lat, .lon, .employees, .creditScore, .synthetic }`;

/** Companies by id, in one query, for DataLoaders; missing ids are simply absent. */
export async function companiesByIds(executor: GraphExecutor, ids: readonly string[]): Promise<Company[]> {
  const rows = await executor.read<{ company: Company }>(
    'companiesByIds',
    `UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN ${COMPANY_PROJECTION} AS company`,
    { ids },
  );
  return rows.map((r) => normalizeCompany(r.company));
}

/** Segment ids each company operates in, for many companies at once. */
export async function segmentIdsByCompanyIds(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await executor.read<{ id: string; segmentIds: string[] }>(
    'segmentIdsByCompanyIds',
    `UNWIND $ids AS id MATCH (c:Company {id: id})
     OPTIONAL MATCH (c)-[:OPERATES_IN]->(s:Segment)
     WITH id, s ORDER BY s.id
     RETURN id, collect(s.id) AS segmentIds`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r.segmentIds]));
}

/** Certification names each company holds, for many companies at once. */
export async function certificationsByCompanyIds(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await executor.read<{ id: string; certs: string[] }>(
    'certificationsByCompanyIds',
    `UNWIND $ids AS id MATCH (c:Company {id: id})
     OPTIONAL MATCH (c)-[:CERTIFIED]->(cert:Certification)
     WITH id, cert ORDER BY cert.name
     RETURN id, collect(cert.name) AS certs`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r.certs]));
}

export function normalizeCompany(raw: Company): Company {
  return {
    ...raw,
    nameEn: raw.nameEn ?? null,
    chainLeader: raw.chainLeader === true,
    country: raw.country ?? '中国',
    synthetic: raw.synthetic === true,
  };
}

/**
 * Firms local at R operating in a segment or any of its leaf descendants, chain leaders and larger firms first;
 * one page plus the total, for the chain map's side panel.
 */
export async function companiesInSegment(
  executor: GraphExecutor,
  segmentId: string,
  radius: string,
  offset: number,
  first: number,
  minConfidence?: number,
): Promise<{ companies: Company[]; total: number }> {
  const match = `MATCH (s:Segment {id: $segmentId})
     MATCH (c:Company)-[o:OPERATES_IN]->(:Segment)-[:CHILD_OF*0..]->(s)
     WHERE ${isLocalCypher('c')} AND ${countsCypher('o')}
     WITH DISTINCT c`;
  const params = { segmentId, offset, first, ...localityParams(radius), ...confidenceParams(minConfidence) };
  return executor.readTx('companiesInSegment', async (tx) => {
    const page = await run<{ company: Company }>(
      tx,
      `${match}
       ORDER BY coalesce(c.chainLeader, false) DESC,
                CASE c.size WHEN 'large' THEN 0 WHEN 'medium' THEN 1 WHEN 'small' THEN 2 ELSE 3 END, c.id
       SKIP toInteger($offset) LIMIT toInteger($first)
       RETURN ${COMPANY_PROJECTION} AS company`,
      params,
    );
    const [count] = await run<{ total: number }>(tx, `${match} RETURN count(c) AS total`, params);
    return { companies: page.map((r) => normalizeCompany(r.company)), total: count?.total ?? 0 };
  });
}

/** Each company's direct suppliers (SUPPLIES into it), largest value first, for many companies at once. */
export async function suppliersByCompanyIds(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<Map<string, SupplyLink[]>> {
  const rows = await executor.read<{ id: string; links: SupplyLink[] }>(
    'suppliersByCompanyIds',
    `UNWIND $ids AS id MATCH (c:Company {id: id})
     OPTIONAL MATCH (s:Company)-[e:SUPPLIES]->(c)
     WITH id, s, e ORDER BY coalesce(e.annualValue, 0.0) DESC, s.id
     RETURN id, collect(CASE WHEN s IS NULL THEN null ELSE { companyId: s.id, segmentId: e.segmentId,
       annualValue: coalesce(e.annualValue, 0.0), source: e.source, confidence: e.confidence,
       since: toString(e.since) } END) AS links`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r.links]));
}
