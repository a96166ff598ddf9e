import type { GraphExecutor } from '../executor';
import { run } from '../executor';
import { readIndustryDefinitions } from './industry-files';
import { type PlatformEntry, readPlatformFiles } from './platform-files';
import type { ReferenceLoader } from './reference-data';
import { REPOSITORY_INDUSTRIES_DIR } from './repository-crosswalk';

/**
 * Writes the platforms of the industries present in the graph, `(:ServicePlatform)-[:SERVES]->(:Segment)`, in one
 * transaction. The set is replaced, not merged: a platform dropped from its file disappears with its SERVES edges
 * and its service requests (a request to a platform that no longer exists cannot be answered), and a segment dropped
 * from `serves` loses its edge.
 */
export async function loadPlatforms(executor: GraphExecutor, entries: readonly PlatformEntry[]): Promise<number> {
  const industryIds = [...new Set(entries.map((e) => e.industryId))];
  return executor.writeTx('load-platforms', async (tx) => {
    const present = (
      await run<{ id: string }>(tx, 'MATCH (i:Industry) WHERE i.id IN $industryIds RETURN i.id AS id', { industryIds })
    ).map((r) => r.id);
    const rows = entries.filter((e) => present.includes(e.industryId));
    await run(tx, `MATCH (p:ServicePlatform) WHERE p.industryId IN $present AND NOT p.id IN $keep DETACH DELETE p`, {
      present,
      keep: rows.map((r) => r.id),
    });
    await run(
      tx,
      `UNWIND $rows AS row
       MERGE (p:ServicePlatform {id: row.id})
       SET p.name = row.name, p.nameEn = row.nameEn, p.kind = row.kind, p.status = row.status,
           p.operator = row.operator, p.location = row.location, p.services = row.services,
           p.servicesEn = row.servicesEn, p.contact = row.contact, p.source = row.source, p.industryId = row.industryId
       WITH p, row
       OPTIONAL MATCH (p)-[old:SERVES]->()
       DELETE old
       WITH DISTINCT p, row
       UNWIND row.serves AS segmentId
       MATCH (s:Segment {id: segmentId})
       MERGE (p)-[:SERVES]->(s)`,
      { rows },
    );
    return rows.length;
  });
}

/** The reference loader (REFERENCE_LOADERS): the repository's reviewed platform files. */
export const platformLoader: ReferenceLoader = {
  name: 'service platforms',
  async load(executor) {
    const industries = readIndustryDefinitions(REPOSITORY_INDUSTRIES_DIR);
    const count = await loadPlatforms(executor, readPlatformFiles(REPOSITORY_INDUSTRIES_DIR, industries));
    return `${count} platforms`;
  },
};
