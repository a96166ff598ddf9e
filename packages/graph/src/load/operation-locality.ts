import { YRD_PROVINCES } from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { type GraphExecutor, run } from '../executor';
import { ringCypher } from '../queries/locality';

/**
 * Every OPERATES_IN edge carries two copies: `industryId` of its segment, and `ring`, the innermost radius index its
 * firm is local at (0 = JINSHAN … 4 = WORLD, `localityRing` in domain). With the composite relationship index
 * `operates_in_ring (industryId, ring)`, "the local firms of an industry's segments at R" is one index range seek
 * (ring ≤ R) instead of an expand of every firm in the industry with its location read: at a million firms `gaps`
 * went from ~500 to ~80 ms. The copies are written by every path that writes the edge or moves a firm
 * (upsertCapabilities, upsertCompanies), and `migrate` repairs edges written without them.
 */
export function setOperationLocality(c: string, o: string, s: string): string {
  return `SET ${o}.industryId = ${s}.industryId, ${o}.ring = ${ringCypher(c)}`;
}

/** Re-derives the copies on some firms' edges (after they moved, or after a test fixture's plain CREATEs). */
export async function refreshOperationLocality(tx: ManagedTransaction, companyIds: readonly string[]): Promise<number> {
  const [row] = await run<{ n: number }>(
    tx,
    `UNWIND $companyIds AS id
     MATCH (c:Company {id: id})-[o:OPERATES_IN]->(s:Segment)
     ${setOperationLocality('c', 'o', 's')}
     RETURN count(o) AS n`,
    { companyIds, yrdProvinces: YRD_PROVINCES },
  );
  return row?.n ?? 0;
}

/** Fills the copies wherever they are missing (data from before they existed, or edges written by hand). */
export async function repairOperationLocality(executor: GraphExecutor): Promise<number> {
  const [row] = await executor.writeInBatches<{ n: number }>(
    'repair-operation-locality',
    `MATCH (c:Company)-[o:OPERATES_IN]->(s:Segment) WHERE o.ring IS NULL OR o.industryId IS NULL
     CALL (c, o, s) { ${setOperationLocality('c', 'o', 's')} } IN TRANSACTIONS OF 20000 ROWS
     RETURN count(o) AS n`,
    { yrdProvinces: YRD_PROVINCES },
  );
  return row?.n ?? 0;
}
