import { YRD_PROVINCES } from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { type GraphExecutor, run } from '../executor';
import { withNulls } from '../values';
import { setOperationLocality } from './operation-locality';
import { refreshSupplierRingCypher } from './supplier-locality';

/**
 * Writers of a district register (企业挂链, issue #13): the firms as Companies (`source: 'registry'`) and the
 * classifier's candidates as inferred OPERATES_IN edges. Both take the caller's transaction (the import makes a
 * whole file atomic) and are idempotent: importing the same file again changes no property and no timestamp.
 */

/** A register firm as the graph stores it (the register package's RegisterRow, minus file bookkeeping). */
export interface RegisterCompany {
  /** The file's id, or the stable `reg-<USCC>`; ignored for the latter when a Company with this USCC exists. */
  id: string;
  idGiven: boolean;
  uscc: string;
  name: string;
  size: string | null;
  country: string;
  province: string | null;
  city: string | null;
  district: string | null;
  park: string | null;
  founded: number | null;
  employees: number | null;
  businessScope: string | null;
  products: string | null;
  industry: string | null;
  industryCode: string | null;
  address: string | null;
  addressResolved: boolean;
  registeredCapital: number | null;
  registeredCapitalCurrency: string | null;
}

/** One firm's classification: its candidates best first (empty = abstained), keyed by USCC. */
export interface FirmClassification {
  uscc: string;
  candidates: Array<{ segmentId: string; confidence: number; evidence: string; rank: number }>;
}

const PROPERTIES = [
  'uscc',
  'name',
  'size',
  'country',
  'province',
  'city',
  'district',
  'park',
  'founded',
  'employees',
  'businessScope',
  'products',
  'industry',
  'industryCode',
  'address',
  'addressResolved',
  'registeredCapital',
  'registeredCapitalCurrency',
] as const;

/** Where the given ids and USCCs already are in the graph: the import refuses rows that would contradict them. */
export async function registerIdentities(
  executor: GraphExecutor,
  rows: ReadonlyArray<{ id: string; uscc: string }>,
): Promise<Array<{ uscc: string; idOfUscc: string | null; usccOfId: string | null }>> {
  return executor.read(
    'registerIdentities',
    `UNWIND $rows AS row
     OPTIONAL MATCH (byUscc:Company {uscc: row.uscc})
     OPTIONAL MATCH (byId:Company {id: row.id})
     RETURN row.uscc AS uscc, byUscc.id AS idOfUscc, byId.uscc AS usccOfId`,
    { rows: rows.map((r) => ({ id: r.id, uscc: r.uscc })) },
  );
}

/** The parks in the graph, for finding a park named in an address. */
export async function knownParks(executor: GraphExecutor): Promise<Array<{ name: string; district: string | null }>> {
  return executor.read('knownParks', 'MATCH (p:Park) RETURN p.name AS name, p.district AS district ORDER BY name');
}

/**
 * MERGEs the firms (by the id of the Company already holding the USCC, else the row's id) and their park; stamps
 * `importedAt` once and `updatedAt` only when a property changed; re-derives the locality copies of their edges.
 * Returns how many rows were written and how many of them were Companies already.
 */
export async function upsertRegisterCompanies(
  tx: ManagedTransaction,
  rows: readonly RegisterCompany[],
  now = new Date().toISOString(),
): Promise<{ written: number; existing: number }> {
  const params = rows.map((row) => ({
    id: row.id,
    idGiven: row.idGiven,
    props: withNulls(Object.fromEntries(PROPERTIES.map((key) => [key, row[key]]))),
  }));
  const [r] = await run<{ written: number; existing: number }>(
    tx,
    `UNWIND $rows AS row
     OPTIONAL MATCH (known:Company {uscc: row.props.uscc})
     WITH row, known, CASE WHEN row.idGiven THEN row.id ELSE coalesce(known.id, row.id) END AS id
     MERGE (c:Company {id: id})
     WITH c, row, known IS NOT NULL AS existed,
          [k IN keys(row.props) WHERE coalesce(c[k] <> row.props[k], c[k] IS NOT NULL OR row.props[k] IS NOT NULL)]
            AS changed
     SET c += row.props, c.source = coalesce(c.source, 'registry'), c.chainLeader = coalesce(c.chainLeader, false),
         c.synthetic = coalesce(c.synthetic, false), c.importedAt = coalesce(c.importedAt, $now),
         c.updatedAt = CASE WHEN size(changed) > 0 OR c.updatedAt IS NULL THEN $now ELSE c.updatedAt END
     WITH c, row, existed, size(changed) > 0 AS moved
     CALL (c, row) {
       OPTIONAL MATCH (c)-[old:LOCATED_IN]->(p:Park) WHERE p.name <> row.props.park OR row.props.park IS NULL
       DELETE old
       WITH c, row WHERE row.props.park IS NOT NULL
       MATCH (p:Park {name: row.props.park})
       MERGE (c)-[:LOCATED_IN]->(p)
     }
     CALL (c, moved) {
       WITH c WHERE moved
       MATCH (c)-[o:OPERATES_IN]->(s:Segment)
       ${setOperationLocality('c', 'o', 's')}
     }
     CALL (c, moved) {
       WITH c WHERE moved
       ${refreshSupplierRingCypher('c')}
     }
     RETURN count(*) AS written, sum(CASE WHEN existed THEN 1 ELSE 0 END) AS existing`,
    { rows: params, now, yrdProvinces: YRD_PROVINCES },
  );
  return { written: r?.written ?? 0, existing: r?.existing ?? 0 };
}

/**
 * The fast path for firms the graph does not hold yet (neither their USCC nor their id: the import's validation
 * pass looked): CREATEs each firm with its park link and its inferred edges in one statement — no MERGE, no
 * comparison with old properties, no old edges to read, no rejections to respect. The graph ends up exactly as
 * `upsertRegisterCompanies` + `replaceInferredAttachments` would leave it. Should another writer have created one
 * of them in between, the uniqueness constraint on id or uscc fails the transaction (nothing of it is written).
 * Returns how many firms were created.
 */
export async function createRegisterCompanies(
  tx: ManagedTransaction,
  firms: ReadonlyArray<{ company: RegisterCompany; candidates: FirmClassification['candidates'] }>,
  vocabularyVersion: string,
  now = new Date().toISOString(),
): Promise<number> {
  if (firms.length === 0) return 0;
  const params = firms.map(({ company, candidates }) => ({
    id: company.id,
    props: withNulls(Object.fromEntries(PROPERTIES.map((key) => [key, company[key]]))),
    candidates,
  }));
  const [r] = await run<{ written: number }>(
    tx,
    `UNWIND $firms AS firm
     CREATE (c:Company {id: firm.id})
     SET c += firm.props, c.source = 'registry', c.chainLeader = false, c.synthetic = false,
         c.importedAt = $now, c.updatedAt = $now
     WITH c, firm
     CALL (c, firm) {
       WITH c, firm WHERE firm.props.park IS NOT NULL
       MATCH (p:Park {name: firm.props.park})
       CREATE (c)-[:LOCATED_IN]->(p)
     }
     CALL (c, firm) {
       UNWIND firm.candidates AS candidate
       MATCH (s:Segment {id: candidate.segmentId})
       CREATE (c)-[o:OPERATES_IN]->(s)
       SET o.source = 'inferred', o.confidence = candidate.confidence, o.evidence = candidate.evidence,
           o.rank = candidate.rank, o.vocabularyVersion = $vocabularyVersion, o.classifiedAt = $now
       ${setOperationLocality('c', 'o', 's')}
     }
     RETURN count(*) AS written`,
    { firms: params, vocabularyVersion, now, yrdProvinces: YRD_PROVINCES },
  );
  return r?.written ?? 0;
}

/**
 * Replaces the firms' inferred OPERATES_IN edges with their new classification. Never touches an edge whose source
 * is not 'inferred' (confirmed, survey, contract and registry ones win), never attaches a firm to a segment it has a
 * REJECTED_SEGMENT for, and keeps `classifiedAt` of an edge whose confidence, evidence, rank and vocabulary are the
 * same (so importing again changes nothing). Returns how many inferred edges the firms now have from this call.
 */
export async function replaceInferredAttachments(
  tx: ManagedTransaction,
  firms: readonly FirmClassification[],
  vocabularyVersion: string,
  now = new Date().toISOString(),
): Promise<number> {
  const [r] = await run<{ n: number }>(
    tx,
    // The firm's own edges are read once from its side (a Segment may hold thousands of firms), then the old
    // inferred ones no longer proposed go, and each candidate not held otherwise nor rejected is MERGEd.
    `UNWIND $firms AS firm
     MATCH (c:Company {uscc: firm.uscc})
     OPTIONAL MATCH (c)-[r:OPERATES_IN|REJECTED_SEGMENT]->(x:Segment)
     WITH c, firm, [p IN collect({r: r, id: x.id}) WHERE p.r IS NOT NULL] AS rels
     WITH c, firm, [x IN firm.candidates | x.segmentId] AS proposed,
          [p IN rels WHERE type(p.r) = 'REJECTED_SEGMENT' OR coalesce(p.r.source, '') <> 'inferred' | p.id] AS blocked,
          [p IN rels WHERE type(p.r) = 'OPERATES_IN' AND p.r.source = 'inferred'] AS inferred
     FOREACH (old IN [p IN inferred WHERE NOT p.id IN proposed | p.r] | DELETE old)
     WITH c, firm, blocked
     UNWIND [x IN firm.candidates WHERE NOT x.segmentId IN blocked] AS candidate
     MATCH (s:Segment {id: candidate.segmentId})
     MERGE (c)-[o:OPERATES_IN]->(s)
     WITH c, s, o, candidate,
          o.confidence = candidate.confidence AND o.evidence = candidate.evidence AND o.rank = candidate.rank
            AND o.vocabularyVersion = $vocabularyVersion AS same
     SET o.source = 'inferred', o.confidence = candidate.confidence, o.evidence = candidate.evidence,
         o.rank = candidate.rank, o.vocabularyVersion = $vocabularyVersion,
         o.classifiedAt = CASE WHEN coalesce(same, false) THEN o.classifiedAt ELSE $now END
     ${setOperationLocality('c', 'o', 's')}
     RETURN count(o) AS n`,
    { firms, vocabularyVersion, now, yrdProvinces: YRD_PROVINCES },
  );
  return r?.n ?? 0;
}
