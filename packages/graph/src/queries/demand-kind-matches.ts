import {
  type Company,
  type DemandKind,
  type DemandKindMatch,
  type InstitutionRecord,
  type KindMatchCandidate,
  type KindMatchFactor,
  rankKindMatches,
  type Weights,
} from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { COMPANY_PROJECTION, normalizeCompany } from './companies';
import { confidenceParams, countsCypher } from './scenario';

export interface DemandKindMatchQuery {
  demandId: string;
  limit: number;
  /** The weights for the demand's kind; the caller picks them once it knows the kind (`demandKindOf`). */
  weights: Weights<KindMatchFactor>;
  minConfidence?: number;
}

const DEMAND_FACTS = `
MATCH (poster:Company)-[:POSTED]->(d:Demand {id: $demandId})
WITH d, coalesce(d.wantedTechnologyIds, []) AS wantedIds
OPTIONAL MATCH (t:Technology) WHERE t.id IN wantedIds
WITH d, wantedIds, collect(t { .id, .trl }) AS known
RETURN coalesce(d.kind, 'ORDER') AS kind, d.targetTrl AS targetTrl, wantedIds, known`;

/**
 * Firms that hold a wanted technology or operate in the demand's segment (or a CHILD_OF descendant), not the
 * poster: the facts each factor needs, nothing scored here (domain `kindMatchValues`).
 */
const FIRM_FACTS = `
MATCH (poster:Company)-[:POSTED]->(d:Demand {id: $demandId})-[:NEEDS]->(need:Segment)
WITH poster, d, need, coalesce(d.wantedTechnologyIds, []) AS wantedIds
CALL (poster, need, wantedIds) {
  MATCH (c:Company)-[:HOLDS]->(t:Technology) WHERE t.id IN wantedIds AND c <> poster
  RETURN c
  UNION
  MATCH (c:Company)-[o:OPERATES_IN]->(x:Segment)-[:CHILD_OF*0..]->(need)
  WHERE c <> poster AND ${countsCypher('o')}
  RETURN c
}
WITH DISTINCT need, wantedIds, c
OPTIONAL MATCH (c)-[h:HOLDS]->(t:Technology) WHERE t.id IN wantedIds
WITH need, c, collect(t.id) AS technologyIds, sum(coalesce(h.patents, 0)) AS patents
OPTIONAL MATCH path = (c)-[o:OPERATES_IN]->(:Segment)-[:CHILD_OF*0..]->(need) WHERE ${countsCypher('o')}
WITH c, technologyIds, patents, min(length(path)) - 1 AS depth
RETURN ${COMPANY_PROJECTION} AS company, technologyIds, patents, depth`;

const INSTITUTION_FACTS = `
MATCH (d:Demand {id: $demandId})
MATCH (i:Institution)-[:RESEARCHES]->(t:Technology) WHERE t.id IN coalesce(d.wantedTechnologyIds, [])
RETURN i { .id, .name, .nameEn, .kind, .city, .province, .website } AS institution, collect(DISTINCT t.id) AS technologyIds`;

/** The kind of a demand, or null when there is no such demand. */
export async function demandKindOf(executor: GraphExecutor, demandId: string): Promise<DemandKind | null> {
  const [row] = await executor.read<{ kind: DemandKind }>(
    'demandKindOf',
    `MATCH (:Company)-[:POSTED]->(d:Demand {id: $demandId}) RETURN coalesce(d.kind, 'ORDER') AS kind`,
    { demandId },
  );
  return row?.kind ?? null;
}

/**
 * Explained matches for a SCENARIO or INNOVATION demand: firms and institutions, best first (ties by id). Null when
 * the demand does not exist; an empty list for an ORDER (its matches are `supplierMatches`).
 */
export async function demandKindMatches(
  executor: GraphExecutor,
  query: DemandKindMatchQuery,
): Promise<DemandKindMatch[] | null> {
  return executor.readTx('demandKindMatches', async (tx) => {
    const params = { demandId: query.demandId, ...confidenceParams(query.minConfidence) };
    const [demand] = await run<{
      kind: DemandKind;
      targetTrl: number | null;
      wantedIds: string[];
      known: Array<{ id: string; trl: number | null }>;
    }>(tx, DEMAND_FACTS, params);
    if (!demand) return null;
    if (demand.kind === 'ORDER') return [];
    const trlOf = new Map(demand.known.map((t) => [t.id, t.trl ?? null]));
    const facts = {
      kind: demand.kind,
      wanted: demand.wantedIds.map((id) => ({ id, trl: trlOf.get(id) ?? null })),
      targetTrl: demand.targetTrl,
    };
    const firms = await run<{ company: Company; technologyIds: string[]; patents: number; depth: number | null }>(
      tx,
      FIRM_FACTS,
      params,
    );
    const institutions = await run<{ institution: InstitutionRecord; technologyIds: string[] }>(
      tx,
      INSTITUTION_FACTS,
      params,
    );
    const companyById = new Map(firms.map((f) => [f.company.id, normalizeCompany(f.company)]));
    const institutionById = new Map(institutions.map((i) => [i.institution.id, i.institution]));
    const candidates: KindMatchCandidate[] = [
      ...firms.map((f) => ({
        type: 'COMPANY' as const,
        id: f.company.id,
        technologyIds: f.technologyIds,
        patents: f.patents,
        depth: f.depth,
        location: f.company,
        size: f.company.size,
      })),
      ...institutions.map((i) => ({
        type: 'INSTITUTION' as const,
        id: i.institution.id,
        technologyIds: i.technologyIds,
        patents: 0,
        depth: null,
        location: { province: i.institution.province, district: null, country: '中国' },
        size: null,
      })),
    ];
    const technologiesOf = new Map(candidates.map((c) => [c.id, [...c.technologyIds]]));
    return rankKindMatches(facts, candidates, query.weights, query.limit).map((m) => ({
      ...m,
      company: companyById.get(m.id) ?? null,
      institution: institutionById.get(m.id) ?? null,
      technologyIds: technologiesOf.get(m.id) ?? [],
    }));
  });
}

/** A demand's wanted technologies, in the order given; ids no roadmap defines are absent. */
export async function technologiesByIds(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<Array<{ id: string; name: string; nameEn: string; trl: number; industryId: string }>> {
  if (ids.length === 0) return [];
  const rows = await executor.read<{
    technology: { id: string; name: string; nameEn: string; trl: number; industryId: string };
  }>(
    'technologiesByIds',
    `UNWIND range(0, size($ids) - 1) AS n
     MATCH (t:Technology {id: $ids[n]})
     RETURN t { .id, .name, .nameEn, .trl, .industryId } AS technology ORDER BY n`,
    { ids },
  );
  return rows.map((r) => r.technology);
}
