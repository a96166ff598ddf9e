import type { KnownReferences, ReferenceQuery } from '@atlas/domain';
import type { GraphExecutor } from '../executor';

interface Answer {
  companyIds: string[];
  leafSegmentIds: string[];
  parentSegmentIds: string[];
  owners: { uscc: string; id: string }[];
}

/**
 * Which of these company and segment ids exist (segments split into leaves and parents), and which company
 * already holds each USCC: everything an import checks before it writes, in one round trip per batch.
 */
export async function existingIds(executor: GraphExecutor, query: ReferenceQuery): Promise<KnownReferences> {
  const [answer] = await executor.read<Answer>(
    'existingIds',
    `CALL () {
       UNWIND $companyIds AS id MATCH (c:Company {id: id}) RETURN collect(c.id) AS companyIds
     }
     CALL () {
       UNWIND $segmentIds AS id MATCH (s:Segment {id: id})
       RETURN collect(CASE WHEN s.leaf = true THEN s.id END) AS leafSegmentIds,
              collect(CASE WHEN s.leaf = true THEN null ELSE s.id END) AS parentSegmentIds
     }
     CALL () {
       UNWIND $usccs AS uscc MATCH (c:Company {uscc: uscc}) RETURN collect({uscc: uscc, id: c.id}) AS owners
     }
     RETURN companyIds, leafSegmentIds, parentSegmentIds, owners`,
    { ...query },
  );
  return {
    companyIds: new Set(answer?.companyIds),
    leafSegmentIds: new Set(answer?.leafSegmentIds),
    parentSegmentIds: new Set(answer?.parentSegmentIds),
    usccOwners: new Map(answer?.owners.map((o) => [o.uscc, o.id])),
  };
}
