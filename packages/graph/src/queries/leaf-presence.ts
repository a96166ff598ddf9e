import type { CoveredLeaf, Radius } from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { run } from '../executor';
import { countsCypher, isLeafCypher, SCENARIO_FIRMS, type Scenario, scenarioParams } from './scenario';

/**
 * Whether each leaf of some industries has a local firm at R under a scenario: what coverage and key-link coverage
 * need (docs/design.md §4.2), and no more. The same rule as the leaves' local firms (LOCAL_FIRMS_OF_INDUSTRIES): a
 * firm operating in the leaf or a crosswalk equivalent through an edge that counts, local at R by the edge's ring
 * (load/operation-locality.ts) or attracted (an edge without a ring counts for nobody, as there), and not removed.
 * EXISTS stops at the first such edge, so a covered leaf costs a few edge reads and only a MISSING one reads all of
 * its edges; counting every local firm, as the leaf statuses do, read ~75k edges per industry at a million firms
 * (icv, bio and energy in turn, alone: ~84 → ~33 ms median).
 */
export const LEAF_PRESENCE = `${SCENARIO_FIRMS}
  MATCH (s:Segment) WHERE s.industryId IN $industryIds AND ${isLeafCypher('s')}
  OPTIONAL MATCH (k:KeyLink)-[:ON]->(s)
  RETURN s.id AS id, k { .criticality } AS keyLink, EXISTS {
    UNWIND coalesce(s.sameAsIds, [s.id]) AS peerId
    MATCH (peer:Segment {id: peerId})<-[o:OPERATES_IN]-(c)
    WHERE (o.ring <= $ring OR (o.ring > $ring AND c IN attractedFirms)) AND NOT c IN removedFirms
      AND ${countsCypher('o')}
  } AS present
  ORDER BY id`;

/** Each leaf of the industries at R (under `scenario`), present or not, with its key link, by segment id. */
export function leafPresenceTx(
  tx: ManagedTransaction,
  industryIds: readonly string[],
  radius: Radius,
  scenario: Scenario = {},
): Promise<Array<CoveredLeaf & { id: string }>> {
  return run(tx, LEAF_PRESENCE, { industryIds: [...industryIds], ...scenarioParams(radius, scenario) });
}
