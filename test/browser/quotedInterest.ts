import type { GraphExecutor } from '@atlas/graph';

/**
 * A demand posted by the demo chain leader (user `leader`) in its first segment, with a quoted interest from another
 * firm of that segment: what the outcome tests move along. `history` is the interest's steps so far (JSON).
 */
export async function postQuotedInterest(
  executor: GraphExecutor,
  demand: { id: string; title: string; history: string },
): Promise<{ industryId: string; supplierId: string }> {
  const [leader] = await executor.read<{ leaderId: string; segmentId: string; industryId: string }>(
    'browser-test',
    `MATCH (u:User {username: 'leader'}), (l:Company {id: u.companyId})-[:OPERATES_IN]->(s:Segment)
     RETURN l.id AS leaderId, s.id AS segmentId, s.industryId AS industryId ORDER BY s.id LIMIT 1`,
  );
  if (!leader) throw new Error('the demo leader has no segment: is the demo data loaded?');
  const [supplier] = await executor.read<{ id: string }>(
    'browser-test',
    `MATCH (c:Company)-[:OPERATES_IN]->(:Segment {id: $segmentId}) WHERE c.id <> $leaderId
     RETURN c.id AS id ORDER BY c.id LIMIT 1`,
    leader,
  );
  if (!supplier) throw new Error('no firm besides the leader in its segment');
  await executor.write(
    'browser-test',
    `MATCH (l:Company {id: $leaderId}), (s:Segment {id: $segmentId}), (c:Company {id: $supplierId})
     CREATE (l)-[:POSTED]->(d:Demand {id: $demandId, title: $title, status: 'OPEN',
             segmentId: s.id, requiredCerts: [], createdAt: $now})-[:NEEDS]->(s)
     CREATE (c)-[:INTERESTED {at: $now, note: '可以供货', step: 'QUOTED', history: $history}]->(d)`,
    {
      ...leader,
      supplierId: supplier.id,
      demandId: demand.id,
      title: demand.title,
      history: demand.history,
      now: new Date().toISOString(),
    },
  );
  return { industryId: leader.industryId, supplierId: supplier.id };
}
