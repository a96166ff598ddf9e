import { DEFAULT_RADIUS, type Radius } from '@atlas/domain';
import { WHOLE } from '../parallel-reads';
import { blastRadiusCypher } from './blast-radius';
import { FLOWS_OF_INDUSTRY } from './chain-map';
import { KEY_LINKS_OF_INDUSTRY, ROADMAP_OF_INDUSTRY } from './chain-structure';
import { GAP_LEAF_FACTS } from './gaps';
import { TARGET_FACTS_CYPHER } from './investment-targets';
import { LEAF_PRESENCE } from './leaf-presence';
import { OWN_LOCAL_FIRM_IDS, PEER_LOCAL_FIRM_IDS } from './local-firms';
import { RESILIENCE_FACTS } from './resilience';
import { scenarioParams } from './scenario';
import { LEAVES_OF_INDUSTRIES, SEGMENTS_BY_IDS, SEGMENTS_OF_INDUSTRIES } from './segment-status';
import { LEADER_VALUES, LEADER_VALUES_AND_SOURCES } from './support-rate';

export interface PlannedQuery {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

/** Operators that read every node (of a label); with our indexes none of the analytics should need one. */
export const FULL_SCAN_OPERATORS = ['AllNodesScan', 'NodeByLabelScan'] as const;

/**
 * The analytics' statements with sample parameters, for EXPLAIN/PROFILE checks (docs/analytics.md): the same text
 * the functions run, so a plan regression shows up here.
 */
export function analyticsQueries(sample: {
  industryIds: string[];
  segmentIds: string[];
  companyId: string;
  radius?: Radius;
  scenario?: { attract: string[]; remove: string[] };
}): PlannedQuery[] {
  const [industryId] = sample.industryIds;
  const params = { ...scenarioParams(sample.radius ?? DEFAULT_RADIUS, sample.scenario) };
  return [
    { name: 'segment status (industries)', cypher: SEGMENTS_OF_INDUSTRIES, params: { ...params, ...sample } },
    { name: 'leaf status (industries)', cypher: LEAVES_OF_INDUSTRIES, params: { ...params, ...sample } },
    { name: 'leaf presence (industries)', cypher: LEAF_PRESENCE, params: { ...params, ...sample } },
    { name: 'segment status (by id)', cypher: SEGMENTS_BY_IDS, params: { ...params, segmentIds: sample.segmentIds } },
    { name: 'flows', cypher: FLOWS_OF_INDUSTRY, params: { industryId } },
    { name: 'leader values', cypher: LEADER_VALUES, params: { ...params, ...WHOLE, industryIds: sample.industryIds } },
    { name: 'gap leaf facts', cypher: GAP_LEAF_FACTS, params: { ...params, industryId } },
    { name: 'gap local firms', cypher: OWN_LOCAL_FIRM_IDS, params: { ...params, industryIds: sample.industryIds } },
    {
      name: 'gap local firms of equivalents',
      cypher: PEER_LOCAL_FIRM_IDS,
      params: { ...params, industryIds: sample.industryIds },
    },
    { name: 'target facts', cypher: TARGET_FACTS_CYPHER, params: { ...params, segmentId: sample.segmentIds[0] } },
    {
      name: 'leader values and single sources',
      cypher: LEADER_VALUES_AND_SOURCES,
      params: { ...params, ...WHOLE, industryIds: sample.industryIds },
    },
    { name: 'resilience facts', cypher: RESILIENCE_FACTS, params: { ...params, industryId } },
    { name: 'blast radius (2 hops)', cypher: blastRadiusCypher(2), params: { companyId: sample.companyId, hops: 2 } },
    { name: 'key links', cypher: KEY_LINKS_OF_INDUSTRY, params: { industryId } },
    { name: 'roadmap', cypher: ROADMAP_OF_INDUSTRY, params: { industryId } },
  ];
}
