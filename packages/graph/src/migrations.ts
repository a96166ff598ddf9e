import type { GraphExecutor } from './executor';
import { repairOperationLocality } from './load/operation-locality';
import { repairSupplierRing } from './load/supplier-locality';

/** Uniqueness on every id (docs/design.md §3.2); each constraint also gives the lookup index. */
const UNIQUE_IDS: ReadonlyArray<[label: string, property: string]> = [
  ['Industry', 'id'],
  ['Segment', 'id'],
  ['KeyLink', 'id'],
  ['Technology', 'id'],
  ['Company', 'id'],
  ['Company', 'uscc'],
  ['Certification', 'id'],
  ['Park', 'id'],
  ['Demand', 'id'],
  ['Event', 'id'],
  ['Meeting', 'id'],
  ['Institution', 'id'],
  ['ServicePlatform', 'id'],
  ['User', 'id'],
  ['User', 'username'],
  ['DataVersion', 'id'],
  ['Snapshot', 'id'],
  ['Site', 'id'],
];

/** Every schema statement is idempotent (IF NOT EXISTS), so migrating is safe on every start. */
export const SCHEMA_STATEMENTS: readonly string[] = [
  ...UNIQUE_IDS.map(
    ([label, property]) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_${property}_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.${property} IS UNIQUE`,
  ),
  // Company search: the cjk analyzer tokenises Chinese names into bigrams.
  `CREATE FULLTEXT INDEX company_names IF NOT EXISTS FOR (n:Company) ON EACH [n.name, n.nameEn]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
  `CREATE FULLTEXT INDEX segment_names IF NOT EXISTS FOR (n:Segment) ON EACH [n.name, n.nameEn, n.description]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
  // No query used this second Lucene index on the name, and every company write paid for it (loading ~10% slower).
  'DROP INDEX company_name_text IF EXISTS',
  'CREATE INDEX segment_industry IF NOT EXISTS FOR (n:Segment) ON (n.industryId)',
  // Companies link to their park by name (import files name parks): without it each company scans every park.
  'CREATE INDEX park_name IF NOT EXISTS FOR (n:Park) ON (n.name)',
  'CREATE INDEX company_district IF NOT EXISTS FOR (n:Company) ON (n.district)',
  // Leader-centred analytics (supporting rate, resilience, what-if) can start from the few chain leaders.
  'CREATE INDEX company_chain_leader IF NOT EXISTS FOR (n:Company) ON (n.chainLeader)',
  'CREATE INDEX supplies_segment IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.segmentId)',
  // The local firms of an industry's segments at a radius: one range seek (load/operation-locality.ts).
  'CREATE INDEX operates_in_ring IF NOT EXISTS FOR ()-[o:OPERATES_IN]-() ON (o.industryId, o.ring)',
  // A leaf's firms at any place are its degree less its edges below minConfidence, sought here (queries/gaps.ts).
  'CREATE INDEX operates_in_confidence IF NOT EXISTS FOR ()-[o:OPERATES_IN]-() ON (o.industryId, o.confidence)',
  'CREATE INDEX company_province IF NOT EXISTS FOR (n:Company) ON (n.province)',
  // The review queue reads the inferred attachments only: a few among millions of surveyed and synthetic ones.
  'CREATE INDEX operates_in_source IF NOT EXISTS FOR ()-[o:OPERATES_IN]-() ON (o.source)',
  'CREATE INDEX demand_status IF NOT EXISTS FOR (n:Demand) ON (n.status)',
  // An industry's platform page reads its platforms by industry.
  'CREATE INDEX service_platform_industry IF NOT EXISTS FOR (n:ServicePlatform) ON (n.industryId)',
  // An industry's snapshots for its timeline, and the scheduler's newest-snapshot check (graph/src/snapshots).
  'CREATE INDEX snapshot_industry_created IF NOT EXISTS FOR (n:Snapshot) ON (n.industryId, n.createdAt)',
];

export interface MigrationReport {
  statements: number;
  indexesOnline: boolean;
  /** OPERATES_IN edges that lacked their locality copies and got them. */
  repairedOperations: number;
  /** SUPPLIES edges that lacked their supplier's ring copy and got it. */
  repairedSupplies: number;
}

/** Applies constraints and indexes, then waits until every index is online. */
export async function migrate(executor: GraphExecutor): Promise<MigrationReport> {
  // Schema changes cannot share a transaction with each other's index population, so one transaction each.
  for (const statement of SCHEMA_STATEMENTS) await executor.schema('migrate', statement);
  await executor.schema('migrate', 'CALL db.awaitIndexes(300)');
  const [row] = await executor.read<{ notOnline: number }>(
    'migrate',
    "SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS notOnline",
  );
  const repairedOperations = await repairOperationLocality(executor);
  const repairedSupplies = await repairSupplierRing(executor);
  return {
    statements: SCHEMA_STATEMENTS.length,
    indexesOnline: (row?.notOnline ?? 0) === 0,
    repairedOperations,
    repairedSupplies,
  };
}
