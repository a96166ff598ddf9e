import type { GraphExecutor } from '../executor';

/** A firm's INTERESTED edge to a demand: who answered, when, with what note. */
export interface DemandInterest {
  demandId: string;
  companyId: string;
  note: string | null;
  at: string | null;
}

/** The interests in each demand, oldest first, for many demands at once (the API filters who sees which). */
export async function interestsByDemandIds(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<Map<string, DemandInterest[]>> {
  const rows = await executor.read<DemandInterest>(
    'interestsByDemandIds',
    `UNWIND $ids AS id
     MATCH (c:Company)-[i:INTERESTED]->(d:Demand {id: id})
     RETURN d.id AS demandId, c.id AS companyId, i.note AS note, i.at AS at
     ORDER BY demandId, at, companyId`,
    { ids },
  );
  const byDemand = new Map<string, DemandInterest[]>();
  for (const row of rows) byDemand.set(row.demandId, [...(byDemand.get(row.demandId) ?? []), row]);
  return byDemand;
}
