import {
  type CompanyRow,
  type CompanySize,
  type DemandRow,
  type DemandStatus,
  demandRowSchema,
  type OutcomeStep,
  type Radius,
} from '@atlas/domain';
import {
  type GraphExecutor,
  run,
  upsertCapabilities,
  upsertCertifications,
  upsertCompanies,
  upsertDemands,
  upsertHoldings,
  upsertSupplies,
} from '@atlas/graph';

/**
 * A small hand-made (or generated) chain for the targets and matching tests, held as plain data so each test can
 * compute the expected answer in memory, and written to Neo4j through the real loaders.
 */
export interface FixtureSegment {
  id: string;
  parent?: string;
}

export interface FixtureCompany {
  id: string;
  size: CompanySize;
  chainLeader?: boolean;
  country?: string;
  province: string;
  district?: string;
  lat?: number;
  lon?: number;
  employees?: number;
  creditScore?: number;
  operates: Array<{ segmentId: string; capacity?: number }>;
  certs?: string[];
  holds?: Array<{ technologyId: string; patents: number }>;
}

export interface FixtureDemand {
  id: string;
  posterId: string;
  segmentId: string;
  requiredCerts?: string[];
  radius: Radius;
  quantity?: number;
  status?: DemandStatus;
}

export interface FixtureGraph {
  industryId: string;
  segments: FixtureSegment[];
  feeds: Array<[from: string, to: string]>;
  technologies: Array<{ id: string; enables: string[] }>;
  companies: FixtureCompany[];
  supplies: Array<{ supplierId: string; buyerId: string; segmentId: string; annualValue: number }>;
  demands: FixtureDemand[];
  /** Recorded outcomes of interests (docs/outcomes.md): the supplier-match trackRecord factor reads them. */
  outcomes?: FixtureOutcome[];
}

export interface FixtureOutcome {
  companyId: string;
  demandId: string;
  step: OutcomeStep;
}

/** Writes the fixture: structure by hand (as loadIndustries stores it), enterprise facts through the loaders. */
export async function writeFixture(executor: GraphExecutor, graph: FixtureGraph): Promise<void> {
  const parents = new Set(graph.segments.flatMap((s) => (s.parent ? [s.parent] : [])));
  await executor.writeTx('test-fixture', async (tx) => {
    await run(
      tx,
      `MERGE (i:Industry {id: $industryId})
       WITH i UNWIND $segments AS row
       MERGE (s:Segment {id: row.id})
       SET s.name = row.id, s.nameEn = row.id, s.tier = 'midstream', s.leaf = row.leaf, s.industryId = $industryId
       MERGE (s)-[:PART_OF]->(i)`,
      { industryId: graph.industryId, segments: graph.segments.map((s) => ({ id: s.id, leaf: !parents.has(s.id) })) },
    );
    await run(
      tx,
      `UNWIND $rows AS row MATCH (s:Segment {id: row.id}), (p:Segment {id: row.parent}) MERGE (s)-[:CHILD_OF]->(p)`,
      { rows: graph.segments.filter((s) => s.parent) },
    );
    await run(tx, 'UNWIND $feeds AS f MATCH (a:Segment {id: f[0]}), (b:Segment {id: f[1]}) MERGE (a)-[:FEEDS]->(b)', {
      feeds: graph.feeds,
    });
    await run(
      tx,
      `UNWIND $technologies AS row MERGE (t:Technology {id: row.id}) SET t.name = row.id, t.trl = 5
       WITH t, row UNWIND row.enables AS segmentId MATCH (s:Segment {id: segmentId}) MERGE (t)-[:ENABLES]->(s)`,
      { technologies: graph.technologies },
    );
    await upsertCompanies(tx, graph.companies.map(companyRow));
    await upsertCapabilities(
      tx,
      graph.companies.flatMap((c) =>
        c.operates.map((o) => ({
          companyId: c.id,
          segmentId: o.segmentId,
          capacity: o.capacity,
          products: [],
          source: 'synthetic' as const,
          confidence: 1,
        })),
      ),
    );
    await upsertCertifications(
      tx,
      graph.companies.flatMap((c) => (c.certs ?? []).map((certification) => ({ companyId: c.id, certification }))),
    );
    await upsertHoldings(
      tx,
      graph.companies.flatMap((c) => (c.holds ?? []).map((h) => ({ companyId: c.id, ...h }))),
    );
    await upsertSupplies(
      tx,
      graph.supplies.map((s) => ({ ...s, source: 'synthetic' as const, confidence: 1 })),
    );
    await upsertDemands(tx, graph.demands.map(demandRow));
    await run(
      tx,
      `UNWIND $outcomes AS row
       MATCH (c:Company {id: row.companyId}), (d:Demand {id: row.demandId})
       MERGE (c)-[i:INTERESTED]->(d) SET i.at = '2026-01-02T00:00:00Z', i.step = row.step`,
      { outcomes: graph.outcomes ?? [] },
    );
  });
}

export async function writeDemands(executor: GraphExecutor, demands: FixtureDemand[]): Promise<void> {
  await executor.writeTx('test-fixture', (tx) => upsertDemands(tx, demands.map(demandRow)));
}

function companyRow(c: FixtureCompany): CompanyRow {
  return {
    id: c.id,
    uscc: `${c.id}#uscc`, // unique per scope; the uniqueness constraint is all the queries rely on
    name: `示例 ${c.id}`,
    size: c.size,
    chainLeader: c.chainLeader ?? false,
    country: c.country ?? '中国',
    province: c.province,
    district: c.district,
    lat: c.lat,
    lon: c.lon,
    employees: c.employees,
    creditScore: c.creditScore,
    synthetic: true,
    source: 'synthetic',
  };
}

function demandRow(d: FixtureDemand): DemandRow {
  // Through the schema, so the per-kind fields get their defaults as in an import.
  return demandRowSchema.parse({
    id: d.id,
    posterId: d.posterId,
    title: `需求 ${d.id}`,
    description: '',
    segmentId: d.segmentId,
    quantity: d.quantity,
    requiredCerts: d.requiredCerts ?? [],
    radius: d.radius,
    status: d.status ?? 'OPEN',
    createdAt: '2026-01-01T00:00:00Z',
  });
}

/** In-memory views the tests compute expectations from. */
export function indexFixture(graph: FixtureGraph) {
  const parentOf = new Map(graph.segments.flatMap((s) => (s.parent ? [[s.id, s.parent] as const] : [])));
  /** CHILD_OF steps from `segment` up to `ancestor` (0 = same), or null when it is not under it. */
  const depthUnder = (segment: string, ancestor: string): number | null => {
    let depth = 0;
    for (let at: string | undefined = segment; at; at = parentOf.get(at), depth++) if (at === ancestor) return depth;
    return null;
  };
  const companies = new Map(graph.companies.map((c) => [c.id, c]));
  const location = (c: FixtureCompany) => ({
    province: c.province,
    district: c.district ?? null,
    country: c.country ?? '中国',
  });
  return { parentOf, depthUnder, companies, location };
}
