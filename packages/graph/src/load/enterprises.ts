import {
  type CapabilityRow,
  type CertificationRow,
  type CompanyRow,
  type DemandRow,
  type HoldsRow,
  type ParkRow,
  type SupplyRow,
  YRD_PROVINCES,
} from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { run } from '../executor';
import { withNulls } from '../values';
import { setOperationLocality } from './operation-locality';
import { refreshSupplierRingCypher, setSupplierRing } from './supplier-locality';

/**
 * Idempotent batch writers (MERGE on ids, `UNWIND $rows`), one per kind of enterprise fact. They take a
 * transaction so the caller decides what is atomic: an import file, a seed batch. Rows are validated before
 * they get here (zod schemas in `domain`); these functions assume references resolve and say how many did.
 */
export async function upsertParks(tx: ManagedTransaction, rows: ParkRow[]): Promise<number> {
  const [r] = await run<{ n: number }>(
    tx,
    `UNWIND $rows AS row
     MERGE (p:Park {id: row.id}) SET p.name = row.name, p.district = row.district, p.lat = row.lat, p.lon = row.lon
     RETURN count(*) AS n`,
    { rows },
  );
  return r?.n ?? 0;
}

export async function upsertCompanies(
  tx: ManagedTransaction,
  rows: CompanyRow[],
  now = new Date().toISOString(),
): Promise<number> {
  const [r] = await run<{ n: number }>(
    tx,
    `UNWIND $rows AS row
     MERGE (c:Company {id: row.id})
     SET c += row, c.updatedAt = $now
     WITH c, row
     CALL (c, row) {
       OPTIONAL MATCH (c)-[old:LOCATED_IN]->(:Park)
       DELETE old
       WITH c, row WHERE row.park IS NOT NULL
       MATCH (p:Park {name: row.park})
       MERGE (c)-[:LOCATED_IN]->(p)
     }
     CALL (c) {
       MATCH (c)-[o:OPERATES_IN]->(s:Segment)
       ${setOperationLocality('c', 'o', 's')}
     }
     ${refreshSupplierRingCypher('c')}
     RETURN count(*) AS n`,
    { rows: rows.map(withNulls), now, yrdProvinces: YRD_PROVINCES },
  );
  return r?.n ?? 0;
}

export async function upsertCapabilities(tx: ManagedTransaction, rows: CapabilityRow[]): Promise<number> {
  const [r] = await run<{ n: number }>(
    tx,
    `UNWIND $rows AS row
     MATCH (c:Company {id: row.companyId}), (s:Segment {id: row.segmentId})
     MERGE (c)-[o:OPERATES_IN]->(s)
     SET o.capacity = row.capacity, o.products = row.products, o.source = row.source, o.confidence = row.confidence
     ${setOperationLocality('c', 'o', 's')}
     RETURN count(*) AS n`,
    { rows: rows.map(withNulls), yrdProvinces: YRD_PROVINCES },
  );
  return r?.n ?? 0;
}

export async function upsertSupplies(tx: ManagedTransaction, rows: SupplyRow[]): Promise<number> {
  const [r] = await run<{ n: number }>(
    tx,
    `UNWIND $rows AS row
     MATCH (s:Company {id: row.supplierId}), (b:Company {id: row.buyerId})
     MERGE (s)-[e:SUPPLIES {segmentId: row.segmentId}]->(b)
     SET e.annualValue = row.annualValue, e.source = row.source, e.confidence = row.confidence, e.since = row.since
     ${setSupplierRing('s', 'e')}
     RETURN count(*) AS n`,
    { rows: rows.map(withNulls), yrdProvinces: YRD_PROVINCES },
  );
  return r?.n ?? 0;
}

export async function upsertCertifications(tx: ManagedTransaction, rows: CertificationRow[]): Promise<number> {
  const [r] = await run<{ n: number }>(
    tx,
    `UNWIND $rows AS row
     MATCH (c:Company {id: row.companyId})
     MERGE (cert:Certification {id: row.certification}) ON CREATE SET cert.name = row.certification
     MERGE (c)-[:CERTIFIED]->(cert)
     RETURN count(*) AS n`,
    { rows },
  );
  return r?.n ?? 0;
}

export async function upsertHoldings(tx: ManagedTransaction, rows: HoldsRow[]): Promise<number> {
  const [r] = await run<{ n: number }>(
    tx,
    `UNWIND $rows AS row
     MATCH (c:Company {id: row.companyId}), (t:Technology {id: row.technologyId})
     MERGE (c)-[h:HOLDS]->(t) SET h.patents = row.patents
     RETURN count(*) AS n`,
    { rows },
  );
  return r?.n ?? 0;
}

export async function upsertDemands(tx: ManagedTransaction, rows: DemandRow[]): Promise<number> {
  const [r] = await run<{ n: number }>(
    tx,
    `UNWIND $rows AS row
     MATCH (poster:Company {id: row.posterId}), (s:Segment {id: row.segmentId})
     MERGE (d:Demand {id: row.id})
     SET d += row { .title, .description, .segmentId, .quantity, .unit, .budget, .requiredCerts, .radius, .status,
                    .createdAt, .expiresAt, .kind, .wantedTechnologyIds, .offering, .pilotSite, .availableFrom,
                    .durationMonths, .support, .problem, .targetTrl, .collaborationForm }
     MERGE (poster)-[:POSTED]->(d)
     MERGE (d)-[:NEEDS]->(s)
     RETURN count(*) AS n`,
    { rows: rows.map((row) => withNulls(withoutEmptyLists(row))) },
  );
  return r?.n ?? 0;
}

/**
 * A demand's empty lists (an ORDER's technologies, a scenario's certifications) as no property: neo4j-admin cannot
 * import an empty list, and the two writers must build the same graph; readers coalesce to [].
 */
export function withoutEmptyLists(row: DemandRow) {
  return {
    ...row,
    requiredCerts: row.requiredCerts.length ? row.requiredCerts : null,
    wantedTechnologyIds: row.wantedTechnologyIds.length ? row.wantedTechnologyIds : null,
  };
}
