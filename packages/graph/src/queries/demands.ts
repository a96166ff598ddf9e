import type { Demand, DemandKind, DemandRow, DemandStatus } from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { withoutEmptyLists } from '../load/enterprises';
import { withNulls } from '../values';

/** The per-kind properties a demand node carries (domain KIND_FIELDS, beside the ORDER ones). */
const KIND_PROPERTIES = `.offering, .pilotSite, .availableFrom, .durationMonths, .support, .problem, .targetTrl,
  .collaborationForm`;

const DEMAND_PROJECTION = `d { .id, .title, .description, .status, .segmentId, .quantity, .unit, .budget, .radius,
  .createdAt, .expiresAt, requiredCerts: coalesce(d.requiredCerts, []), posterId: poster.id,
  kind: coalesce(d.kind, 'ORDER'), wantedTechnologyIds: coalesce(d.wantedTechnologyIds, []), ${KIND_PROPERTIES},
  interestedCount: COUNT { (:Company)-[:INTERESTED]->(d) } }`;

export async function demandsByIds(executor: GraphExecutor, ids: readonly string[]): Promise<Demand[]> {
  return (
    await executor.read<{ demand: Demand }>(
      'demandsByIds',
      `UNWIND $ids AS id MATCH (poster:Company)-[:POSTED]->(d:Demand {id: id}) RETURN ${DEMAND_PROJECTION} AS demand`,
      { ids },
    )
  ).map((r) => r.demand);
}

export interface DemandFilter {
  status?: DemandStatus | null;
  industryId?: string | null;
  posterId?: string | null;
  kind?: DemandKind | null;
}

/** One page of demands, newest first, keyset-paginated on (createdAt, id); `after` is the last id seen. */
export async function demandsPage(
  executor: GraphExecutor,
  filter: DemandFilter,
  first: number,
  after: { createdAt: string; id: string } | null,
): Promise<{ demands: Demand[]; total: number }> {
  const where = `($status IS NULL OR d.status = $status)
    AND ($industryId IS NULL OR s.industryId = $industryId)
    AND ($posterId IS NULL OR poster.id = $posterId)
    AND ($kind IS NULL OR coalesce(d.kind, 'ORDER') = $kind)`;
  const params = {
    status: filter.status ?? null,
    industryId: filter.industryId ?? null,
    posterId: filter.posterId ?? null,
    kind: filter.kind ?? null,
    first,
    afterCreatedAt: after?.createdAt ?? null,
    afterId: after?.id ?? null,
  };
  return executor.readTx('demandsPage', async (tx) => {
    const page = await run<{ demand: Demand }>(
      tx,
      `MATCH (poster:Company)-[:POSTED]->(d:Demand)-[:NEEDS]->(s:Segment)
       WHERE ${where}
         AND ($afterId IS NULL OR d.createdAt < $afterCreatedAt OR (d.createdAt = $afterCreatedAt AND d.id > $afterId))
       RETURN ${DEMAND_PROJECTION} AS demand
       ORDER BY d.createdAt DESC, d.id ASC LIMIT toInteger($first)`,
      params,
    );
    const [count] = await run<{ total: number }>(
      tx,
      `MATCH (poster:Company)-[:POSTED]->(d:Demand)-[:NEEDS]->(s:Segment) WHERE ${where} RETURN count(d) AS total`,
      params,
    );
    return { demands: page.map((r) => r.demand), total: count?.total ?? 0 };
  });
}

/** Creates a demand; returns null when the poster or the segment does not exist. */
export async function createDemand(executor: GraphExecutor, row: DemandRow): Promise<Demand | null> {
  const [r] = await executor.write<{ demand: Demand }>(
    'createDemand',
    `WITH $row AS row
     MATCH (poster:Company {id: row.posterId}), (s:Segment {id: row.segmentId})
     CREATE (d:Demand)
     SET d = row { .id, .title, .description, .segmentId, .quantity, .unit, .budget, .requiredCerts, .radius,
                    .status, .createdAt, .expiresAt, .kind, .wantedTechnologyIds, ${KIND_PROPERTIES} }
     CREATE (poster)-[:POSTED]->(d), (d)-[:NEEDS]->(s)
     RETURN ${DEMAND_PROJECTION} AS demand`,
    { row: withNulls(withoutEmptyLists(row)) },
  );
  return r?.demand ?? null;
}

export async function setDemandStatus(
  executor: GraphExecutor,
  id: string,
  status: DemandStatus,
): Promise<Demand | null> {
  const [r] = await executor.write<{ demand: Demand }>(
    'setDemandStatus',
    `MATCH (poster:Company)-[:POSTED]->(d:Demand {id: $id}) SET d.status = $status RETURN ${DEMAND_PROJECTION} AS demand`,
    { id, status },
  );
  return r?.demand ?? null;
}

/** Records interest once per firm (MERGE); a second call only updates the note. */
export async function recordInterest(
  executor: GraphExecutor,
  demandId: string,
  companyId: string,
  note: string | null,
  at: string,
): Promise<Demand | null> {
  const [r] = await executor.write<{ demand: Demand }>(
    'recordInterest',
    `MATCH (poster:Company)-[:POSTED]->(d:Demand {id: $demandId}), (c:Company {id: $companyId})
     MERGE (c)-[i:INTERESTED]->(d) ON CREATE SET i.at = $at
     SET i.note = $note
     RETURN ${DEMAND_PROJECTION} AS demand`,
    { demandId, companyId, note, at },
  );
  return r?.demand ?? null;
}
