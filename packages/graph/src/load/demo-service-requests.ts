import type { DemoExtra } from './demo-extras';

/** Demo firms' requests to the platforms, so an officer's platform page shows some: the first this many platforms. */
const DEMO_REQUESTS = 8;

/**
 * Synthetic service requests (marked `synthetic`): for the first platforms by id, the first synthetic small or
 * medium firm operating in a segment the platform serves asks for its first service. Fixed ids, MERGE: idempotent.
 */
export const demoServiceRequestsExtra: DemoExtra = {
  name: 'demo service requests',
  async load(executor) {
    const [row] = await executor.write<{ written: number }>(
      'demo-service-requests',
      `MATCH (p:ServicePlatform) WITH p ORDER BY p.id LIMIT toInteger($limit)
       CALL (p) {
         MATCH (p)-[:SERVES]->(:Segment)<-[:OPERATES_IN]-(c:Company {synthetic: true})
         WHERE c.size IN ['small', 'medium'] AND c.district = '金山区'
         RETURN c ORDER BY c.id LIMIT 1
       }
       MERGE (c)-[r:REQUESTED_SERVICE {id: 'request.demo.' + p.id}]->(p)
       ON CREATE SET r.note = '示例(合成数据):申请' + coalesce(p.services[0], p.name), r.status = 'OPEN',
                     r.at = '2026-01-15T09:00:00.000Z', r.synthetic = true
       RETURN count(r) AS written`,
      { limit: DEMO_REQUESTS },
    );
    return `${row?.written ?? 0} requests (synthetic)`;
  },
};
