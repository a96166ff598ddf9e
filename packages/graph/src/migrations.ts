import type { GraphExecutor } from './executor';

/** Uniqueness on every id (DESIGN §3.2); each constraint also gives the lookup index. */
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
  ['User', 'id'],
  ['User', 'username'],
];

/** Every schema statement is idempotent (IF NOT EXISTS), so migrating is safe on every start. */
export const SCHEMA_STATEMENTS: readonly string[] = [
  ...UNIQUE_IDS.map(
    ([label, property]) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_${property}_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.${property} IS UNIQUE`,
  ),
  // Company search: the cjk analyzer tokenises Chinese names into bigrams; the text index serves short names.
  `CREATE FULLTEXT INDEX company_names IF NOT EXISTS FOR (n:Company) ON EACH [n.name, n.nameEn]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
  `CREATE FULLTEXT INDEX segment_names IF NOT EXISTS FOR (n:Segment) ON EACH [n.name, n.nameEn, n.description]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
  'CREATE TEXT INDEX company_name_text IF NOT EXISTS FOR (n:Company) ON (n.name)',
  'CREATE INDEX segment_industry IF NOT EXISTS FOR (n:Segment) ON (n.industryId)',
  'CREATE INDEX company_district IF NOT EXISTS FOR (n:Company) ON (n.district)',
  // Leader-centred analytics (supporting rate, resilience, what-if) can start from the few chain leaders.
  'CREATE INDEX company_chain_leader IF NOT EXISTS FOR (n:Company) ON (n.chainLeader)',
  'CREATE INDEX supplies_segment IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.segmentId)',
  'CREATE INDEX company_province IF NOT EXISTS FOR (n:Company) ON (n.province)',
  'CREATE INDEX demand_status IF NOT EXISTS FOR (n:Demand) ON (n.status)',
];

export interface MigrationReport {
  statements: number;
  indexesOnline: boolean;
}

/** Applies constraints and indexes, then waits until every index is online. */
export async function migrate(executor: GraphExecutor): Promise<MigrationReport> {
  // Schema changes cannot share a transaction with each other's index population, so one transaction each.
  for (const statement of SCHEMA_STATEMENTS) await executor.write('migrate', statement);
  await executor.write('migrate', 'CALL db.awaitIndexes(300)');
  const [row] = await executor.read<{ notOnline: number }>(
    'migrate',
    "SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS notOnline",
  );
  return { statements: SCHEMA_STATEMENTS.length, indexesOnline: (row?.notOnline ?? 0) === 0 };
}
