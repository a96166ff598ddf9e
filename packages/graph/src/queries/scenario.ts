import type { Radius } from '@atlas/domain';
import { isLocalCypher, localityParams } from './locality';

/** A what-if (DESIGN §4.9): firms treated as local at R, and firms treated as gone (their edges ignored). */
export interface Scenario {
  attract?: readonly string[];
  remove?: readonly string[];
}

/**
 * "Local at R under a scenario" as a Cypher boolean: not removed, and attracted or local at R. Needs the parameters
 * of `scenarioParams`. With an empty scenario it is exactly `isLocalCypher`.
 */
export function isLocalInScenario(company: string): string {
  return `(NOT ${company}.id IN $remove AND (${company}.id IN $attract OR ${isLocalCypher(company)}))`;
}

export function scenarioParams(radius: Radius, scenario: Scenario = {}) {
  return { ...localityParams(radius), attract: [...(scenario.attract ?? [])], remove: [...(scenario.remove ?? [])] };
}

/** A leaf segment: no other segment names it as parent (DESIGN §3.2: facts attach to leaves only). */
export function isLeafCypher(segment: string): string {
  return `NOT EXISTS { (:Segment)-[:CHILD_OF]->(${segment}) }`;
}
