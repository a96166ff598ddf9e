import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CapabilityRow,
  type CompanyRow,
  type DemandRow,
  type EnterpriseBatch,
  type HoldsRow,
  type IndustryDefinition,
  localityRing,
  type ParkRow,
  RADII,
  type SupplyRow,
} from '@atlas/domain';
import { AdminCsv, ARRAY_DELIMITER, type Column } from './csv';

/**
 * The enterprise graph as `neo4j-admin database import` files: the same nodes, relationships and properties the
 * Cypher writers in load/enterprises.ts produce (an integration test compares the two graphs property by
 * property). Numbers are doubles because the driver sends JavaScript numbers as floats; `ring` is an integer as
 * ringCypher makes it. Segments and technologies are written as bare stubs (id, industryId) for the firms' edges
 * to point at: `loadIndustries` fills them in after the import, so the industry structure keeps one writer.
 */
export interface ImportFiles {
  nodes: Array<{ label: string; path: string }>;
  relationships: Array<{ type: string; path: string }>;
  /** Some text holds a line break: the import has to parse multi-line fields (slower). */
  multiline: boolean;
  /** What list items are joined with, for the import's `--array-delimiter`. */
  arrayDelimiter: string;
  /** Counted as seedDemo counts: firm nodes (parks, companies, demands) and every firm relationship. */
  nodeCount: number;
  relationshipCount: number;
  companies: number;
}

/** A row refers to something the files do not hold; the import would fail on it, later and less clearly. */
export class ImportReferenceError extends Error {
  override name = 'ImportReferenceError';
}

type Located = CompanyRow & { updatedAt: string };
type Operation = CapabilityRow & { industryId: string; ring: number };
type Supply = SupplyRow & { supplierRing: number };
type Link = { from: string; to: string };

const text = <Row>(name: keyof Row & string): Column<Row> => ({
  header: name,
  value: (row) => row[name] as string | null,
});
const double = <Row>(name: keyof Row & string): Column<Row> => ({
  header: `${name}:double`,
  value: (row) => row[name] as number | null,
});
const flag = <Row>(name: keyof Row & string): Column<Row> => ({
  header: `${name}:boolean`,
  value: (row) => row[name] as boolean,
});
const list = <Row>(name: keyof Row & string): Column<Row> => ({
  header: `${name}:string[]`,
  value: (row) => row[name] as string[],
});
/** A list that may be empty: stored as no property, as the Cypher writers store it (`withoutEmptyLists`). */
const listOrNone = <Row>(name: keyof Row & string): Column<Row> => ({
  header: `${name}:string[]`,
  value: (row) => ((row[name] as string[]).length ? (row[name] as string[]) : null),
});
const id = <Row extends { id: string }>(group: string): Column<Row> => ({
  header: `id:ID(${group})`,
  value: (r) => r.id,
});
const linkColumns = (from: string, to: string): Column<Link>[] => [
  { header: `:START_ID(${from})`, value: (l) => l.from },
  { header: `:END_ID(${to})`, value: (l) => l.to },
];

const COMPANY: Column<Located>[] = [
  id('Company'),
  ...(['uscc', 'name', 'nameEn', 'size'] as const).map((k) => text<Located>(k)),
  flag('chainLeader'),
  ...(['country', 'province', 'city', 'district', 'park'] as const).map((k) => text<Located>(k)),
  ...(['lat', 'lon', 'founded', 'employees', 'creditScore'] as const).map((k) => double<Located>(k)),
  flag('synthetic'),
  text('source'),
  text('updatedAt'),
];
const PARK: Column<ParkRow>[] = [id('Park'), text('name'), text('district'), double('lat'), double('lon')];
const STUB: Column<{ id: string; industryId: string }>[] = [id('Segment'), text('industryId')];
const DEMAND: Column<DemandRow>[] = [
  id('Demand'),
  ...(['title', 'description', 'segmentId'] as const).map((k) => text<DemandRow>(k)),
  double('quantity'),
  text('unit'),
  double('budget'),
  listOrNone('requiredCerts'),
  ...(['radius', 'status', 'createdAt', 'expiresAt'] as const).map((k) => text<DemandRow>(k)),
  // The per-kind fields (SCENARIO, INNOVATION), as upsertDemands writes them.
  text('kind'),
  listOrNone('wantedTechnologyIds'),
  ...(['offering', 'pilotSite', 'availableFrom', 'support', 'problem', 'collaborationForm'] as const).map((k) =>
    text<DemandRow>(k),
  ),
  double('durationMonths'),
  double('targetTrl'),
];
const OPERATES_IN: Column<Operation>[] = [
  { header: ':START_ID(Company)', value: (o) => o.companyId },
  { header: ':END_ID(Segment)', value: (o) => o.segmentId },
  double('capacity'),
  list('products'),
  text('source'),
  double('confidence'),
  text('industryId'),
  { header: 'ring:long', value: (o) => o.ring },
];
const SUPPLIES: Column<Supply>[] = [
  { header: ':START_ID(Company)', value: (s) => s.supplierId },
  { header: ':END_ID(Company)', value: (s) => s.buyerId },
  text('segmentId'),
  double('annualValue'),
  text('source'),
  double('confidence'),
  double('since'),
  { header: 'supplierRing:long', value: (s) => s.supplierRing },
];
const HOLDS: Column<HoldsRow>[] = [
  { header: ':START_ID(Company)', value: (h) => h.companyId },
  { header: ':END_ID(Technology)', value: (h) => h.technologyId },
  double('patents'),
];

/**
 * Streams the batches into CSV files under `dir` (created), one file per label and relationship type, and returns
 * what to hand to the import. Memory stays flat but for two maps: company id → locality ring (an OPERATES_IN or
 * SUPPLIES row may name any firm written before it) and park name → id (companies name their park).
 */
export async function writeImportFiles(
  dir: string,
  definitions: readonly IndustryDefinition[],
  batches: Iterable<EnterpriseBatch>,
  now = new Date().toISOString(),
): Promise<ImportFiles> {
  mkdirSync(dir, { recursive: true });
  const file = <Row>(name: string, columns: Column<Row>[]) => new AdminCsv<Row>(join(dir, `${name}.csv`), columns);
  const companies = file('companies', COMPANY);
  const parks = file('parks', PARK);
  const certifications = file<{ id: string }>('certifications', [
    id('Certification'),
    { header: 'name', value: (c) => c.id },
  ]);
  const segments = file('segments', STUB);
  const technologies = file('technologies', [id<{ id: string; industryId: string }>('Technology'), text('industryId')]);
  const demands = file('demands', DEMAND);
  const locatedIn = file('located-in', linkColumns('Company', 'Park'));
  const operatesIn = file('operates-in', OPERATES_IN);
  const certified = file('certified', linkColumns('Company', 'Certification'));
  const holds = file('holds', HOLDS);
  const supplies = file('supplies', SUPPLIES);
  const posted = file('posted', linkColumns('Company', 'Demand'));
  const needs = file('needs', linkColumns('Demand', 'Segment'));
  const all = [companies, parks, certifications, segments, technologies, demands];
  const links = [locatedIn, operatesIn, certified, holds, supplies, posted, needs];

  const industryOfSegment = new Map<string, string>();
  const technologyIds = new Set<string>();
  for (const { industry, segments: list, technologies: techs } of definitions) {
    for (const s of list) industryOfSegment.set(s.id, industry.id);
    for (const t of techs) technologyIds.add(t.id);
    for (const s of list) segments.add({ id: s.id, industryId: industry.id });
    for (const t of techs) technologies.add({ id: t.id, industryId: industry.id });
  }
  const ringOf = new Map<string, number>();
  const parkIdByName = new Map<string, string>();
  const certificationIds = new Set<string>();
  const missing = (what: string, value: string, where: string) =>
    new ImportReferenceError(`${where} names ${what} "${value}", which the data does not hold`);

  try {
    for (const batch of batches) {
      for (const park of batch.parks) {
        if (parkIdByName.has(park.name)) continue;
        parkIdByName.set(park.name, park.id);
        parks.add(park);
      }
      for (const company of batch.companies) {
        companies.add({ ...company, updatedAt: now });
        ringOf.set(company.id, RADII.indexOf(localityRing(company)));
        if (!company.park) continue;
        const parkId = parkIdByName.get(company.park);
        if (!parkId) throw missing('park', company.park, `company ${company.id}`);
        locatedIn.add({ from: company.id, to: parkId });
      }
      for (const row of batch.capabilities) {
        const industryId = industryOfSegment.get(row.segmentId);
        const ring = ringOf.get(row.companyId);
        if (!industryId) throw missing('segment', row.segmentId, `capability of ${row.companyId}`);
        if (ring === undefined) throw missing('company', row.companyId, `capability in ${row.segmentId}`);
        operatesIn.add({ ...row, industryId, ring });
      }
      for (const row of batch.certifications) {
        if (!certificationIds.has(row.certification)) {
          certificationIds.add(row.certification);
          certifications.add({ id: row.certification });
        }
        certified.add({ from: row.companyId, to: row.certification });
      }
      for (const row of batch.holdings) {
        if (!technologyIds.has(row.technologyId))
          throw missing('technology', row.technologyId, `holding of ${row.companyId}`);
        holds.add(row);
      }
      for (const row of batch.supplies) {
        const supplierRing = ringOf.get(row.supplierId);
        if (supplierRing === undefined) throw missing('company', row.supplierId, `supply to ${row.buyerId}`);
        supplies.add({ ...row, supplierRing });
      }
      for (const row of batch.demands) {
        if (!industryOfSegment.has(row.segmentId)) throw missing('segment', row.segmentId, `demand ${row.id}`);
        demands.add(row);
        posted.add({ from: row.posterId, to: row.id });
        needs.add({ from: row.id, to: row.segmentId });
      }
      await Promise.all([...all, ...links].map((f) => f.flush()));
    }
  } finally {
    await Promise.all([...all, ...links].map((f) => f.close()));
  }
  return {
    nodes: [
      { label: 'Company', path: companies.path },
      { label: 'Park', path: parks.path },
      { label: 'Certification', path: certifications.path },
      { label: 'Segment', path: segments.path },
      { label: 'Technology', path: technologies.path },
      { label: 'Demand', path: demands.path },
    ],
    relationships: [
      { type: 'LOCATED_IN', path: locatedIn.path },
      { type: 'OPERATES_IN', path: operatesIn.path },
      { type: 'CERTIFIED', path: certified.path },
      { type: 'HOLDS', path: holds.path },
      { type: 'SUPPLIES', path: supplies.path },
      { type: 'POSTED', path: posted.path },
      { type: 'NEEDS', path: needs.path },
    ],
    multiline: [...all, ...links].some((f) => f.multiline),
    arrayDelimiter: ARRAY_DELIMITER,
    nodeCount: parks.rows + companies.rows + demands.rows,
    relationshipCount: links.reduce((sum, f) => sum + f.rows, 0),
    companies: companies.rows,
  };
}
