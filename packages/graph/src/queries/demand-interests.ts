import type { DemandInterest } from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import { OUTCOME_COLUMNS, withOutcome } from './interest-outcomes';

/** The interests in each demand, oldest first, for many demands at once (the API filters who sees which). */
export async function interestsByDemandIds(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<Map<string, DemandInterest[]>> {
  const rows = await executor.read<DemandInterest & { history: unknown }>(
    'interestsByDemandIds',
    `UNWIND $ids AS id
     MATCH (c:Company)-[i:INTERESTED]->(d:Demand {id: id})
     RETURN d.id AS demandId, c.id AS companyId, i.note AS note, i.at AS at, ${OUTCOME_COLUMNS}
     ORDER BY demandId, at, companyId`,
    { ids },
  );
  const byDemand = new Map<string, DemandInterest[]>();
  for (const row of rows.map(withOutcome)) byDemand.set(row.demandId, [...(byDemand.get(row.demandId) ?? []), row]);
  return byDemand;
}
