import type { GraphExecutor } from '../executor';
import { ringCypher, ringParams } from '../queries/locality';

/**
 * Every SUPPLIES edge carries `supplierRing`, the innermost radius index its supplier is local at (0 = JINSHAN …
 * 4 = WORLD, domain `localityRing`), as OPERATES_IN carries `ring` (operation-locality.ts). The supporting rate,
 * resilience and what-if sum every edge into the chain leaders (~28k per leader at a million firms); reading the
 * ring from the edge instead of the supplier's location (a node's property chain per edge) took ~25 % off that
 * pass. Written with the edge (upsertSupplies, bulk/import-files.ts), re-derived when a firm moves (upsertCompanies,
 * upsertRegisterCompanies), filled by `migrate` where missing; readers fall back to the supplier's location for an
 * edge without it (one CREATEd by hand): `isLocalSupplierCypher` in queries/locality.ts.
 */
export function setSupplierRing(supplier: string, supplies: string): string {
  return `SET ${supplies}.supplierRing = ${ringCypher(supplier)}`;
}

/** Re-derives the copy on a firm's outgoing SUPPLIES, as a subquery over a company variable (after it moved). */
export function refreshSupplierRingCypher(company: string): string {
  return `CALL (${company}) {
       MATCH (${company})-[supplies:SUPPLIES]->(:Company)
       ${setSupplierRing(company, 'supplies')}
     }`;
}

/** Fills the copy wherever it is missing (data from before it existed, or edges written by hand). */
export async function repairSupplierRing(executor: GraphExecutor): Promise<number> {
  const [row] = await executor.writeInBatches<{ n: number }>(
    'repair-supplier-ring',
    `MATCH (c:Company)-[e:SUPPLIES]->(:Company) WHERE e.supplierRing IS NULL
     CALL (c, e) { ${setSupplierRing('c', 'e')} } IN TRANSACTIONS OF 20000 ROWS
     RETURN count(e) AS n`,
    ringParams(),
  );
  return row?.n ?? 0;
}
