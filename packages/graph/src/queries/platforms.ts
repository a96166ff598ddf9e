import type { ServicePlatform, ServiceRequest, ServiceRequestStatus } from '@atlas/domain';
import type { GraphExecutor } from '../executor';

const PLATFORM = `p { .id, .industryId, .name, .nameEn, .kind, .status, .operator, .location, .contact, .source,
  services: coalesce(p.services, []), servicesEn: coalesce(p.servicesEn, []),
  segmentIds: COLLECT { MATCH (p)-[:SERVES]->(s:Segment) RETURN s.id ORDER BY s.id } }`;

/** An industry's platforms: operating before planned, then by id. */
export async function platformsByIndustry(executor: GraphExecutor, industryId: string): Promise<ServicePlatform[]> {
  const rows = await executor.read<{ platform: ServicePlatform }>(
    'platformsByIndustry',
    `MATCH (p:ServicePlatform {industryId: $industryId})
     RETURN ${PLATFORM} AS platform ORDER BY p.status, p.id`,
    { industryId },
  );
  return rows.map((r) => r.platform);
}

export async function platformsByIds(executor: GraphExecutor, ids: readonly string[]): Promise<ServicePlatform[]> {
  const rows = await executor.read<{ platform: ServicePlatform }>(
    'platformsByIds',
    `UNWIND $ids AS id MATCH (p:ServicePlatform {id: id}) RETURN ${PLATFORM} AS platform`,
    { ids },
  );
  return rows.map((r) => r.platform);
}

/**
 * The platforms supporting each segment: those serving it, or for a parent those serving any of its leaves
 * (CHILD_OF points from child to parent), each once, by id.
 */
export async function platformsBySegmentIds(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<Map<string, ServicePlatform[]>> {
  const rows = await executor.read<{ segmentId: string; platforms: ServicePlatform[] }>(
    'platformsBySegmentIds',
    `UNWIND $ids AS id
     MATCH (segment:Segment {id: id})
     CALL (segment) {
       MATCH (segment)<-[:CHILD_OF*0..3]-(:Segment)<-[:SERVES]-(p:ServicePlatform)
       WITH DISTINCT p ORDER BY p.id
       RETURN collect(${PLATFORM}) AS platforms
     }
     RETURN id AS segmentId, platforms`,
    { ids },
  );
  return new Map(rows.map((r) => [r.segmentId, r.platforms]));
}

/** The requests to each platform, oldest first (the API filters who sees which). */
export async function serviceRequestsByPlatformIds(
  executor: GraphExecutor,
  ids: readonly string[],
): Promise<Map<string, ServiceRequest[]>> {
  const rows = await executor.read<ServiceRequest>(
    'serviceRequestsByPlatformIds',
    `UNWIND $ids AS id
     MATCH (c:Company)-[r:REQUESTED_SERVICE]->(p:ServicePlatform {id: id})
     RETURN r.id AS id, p.id AS platformId, c.id AS companyId, r.note AS note, r.status AS status, r.at AS at
     ORDER BY platformId, at, r.id`,
    { ids },
  );
  const byPlatform = new Map<string, ServiceRequest[]>();
  for (const row of rows) byPlatform.set(row.platformId, [...(byPlatform.get(row.platformId) ?? []), row]);
  return byPlatform;
}

/** Records a request; null when the platform or the company does not exist (nothing is written then). */
export async function createServiceRequest(
  executor: GraphExecutor,
  request: Omit<ServiceRequest, 'status'>,
): Promise<ServiceRequest | null> {
  const [row] = await executor.write<ServiceRequest>(
    'createServiceRequest',
    `MATCH (c:Company {id: $companyId}), (p:ServicePlatform {id: $platformId})
     CREATE (c)-[r:REQUESTED_SERVICE {id: $id, note: $note, at: $at, status: 'OPEN'}]->(p)
     RETURN r.id AS id, p.id AS platformId, c.id AS companyId, r.note AS note, r.status AS status, r.at AS at`,
    request,
  );
  return row ?? null;
}

const REQUEST = 'r.id AS id, p.id AS platformId, c.id AS companyId, r.note AS note, r.status AS status, r.at AS at';

export async function serviceRequestById(executor: GraphExecutor, id: string): Promise<ServiceRequest | null> {
  const [row] = await executor.read<ServiceRequest>(
    'serviceRequestById',
    `MATCH (c:Company)-[r:REQUESTED_SERVICE {id: $id}]->(p:ServicePlatform) RETURN ${REQUEST}`,
    { id },
  );
  return row ?? null;
}

/**
 * Moves a request to `status` only if it is still `from` (a concurrent answer in between makes this a no-op, which
 * the caller reports); null when nothing changed.
 */
export async function setServiceRequestStatus(
  executor: GraphExecutor,
  id: string,
  from: ServiceRequestStatus,
  status: ServiceRequestStatus,
): Promise<ServiceRequest | null> {
  const [row] = await executor.write<ServiceRequest>(
    'setServiceRequestStatus',
    `MATCH (c:Company)-[r:REQUESTED_SERVICE {id: $id, status: $from}]->(p:ServicePlatform)
     SET r.status = $status
     RETURN ${REQUEST}`,
    { id, from, status },
  );
  return row ?? null;
}
