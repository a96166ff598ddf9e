import { DEFAULT_MIN_CONFIDENCE, type Radius } from '@atlas/domain';
import { isLocalCypher, localityParams } from './locality';

/** A what-if (docs/design.md §4.9): firms treated as local at R, and firms treated as gone (their edges ignored). */
export interface Scenario {
  attract?: readonly string[];
  remove?: readonly string[];
  /** Attachments (OPERATES_IN) below this confidence are left out; DEFAULT_MIN_CONFIDENCE unless given. */
  minConfidence?: number;
}

/**
 * "Local at R under a scenario" as a Cypher boolean: not removed, and attracted or local at R. Needs the parameters
 * of `scenarioParams`. With an empty scenario it is exactly `isLocalCypher`: the lists are tested for emptiness
 * first, so the firm's id is not read then (at a million firms, ~80k suppliers per industry).
 */
export function isLocalInScenario(company: string): string {
  return `(($remove = [] OR NOT ${company}.id IN $remove)
    AND (($attract <> [] AND ${company}.id IN $attract) OR ${isLocalCypher(company)}))`;
}

/**
 * Binds `removedFirms` and `attractedFirms`, the scenario's firms as nodes (a few index seeks), for statements that
 * test many firms against them: `c IN removedFirms` compares nodes, where `c.id IN $remove` reads every firm's id.
 */
export const SCENARIO_FIRMS = `CALL () {
    OPTIONAL MATCH (x:Company) WHERE x.id IN $remove
    RETURN collect(x) AS removedFirms
  }
  CALL () {
    OPTIONAL MATCH (x:Company) WHERE x.id IN $attract
    RETURN collect(x) AS attractedFirms
  }`;

export function scenarioParams(radius: Radius, scenario: Scenario = {}) {
  return {
    ...localityParams(radius),
    attract: [...(scenario.attract ?? [])],
    remove: [...(scenario.remove ?? [])],
    ...confidenceParams(scenario.minConfidence),
  };
}

/**
 * "This attachment counts" as a Cypher boolean over an OPERATES_IN variable: confident enough, where an edge without
 * a confidence counts as 1 (rejected attachments are deleted by the review, queries/review.ts). Needs
 * `$minConfidence` (`confidenceParams`, or `scenarioParams`).
 */
export function countsCypher(operation: string): string {
  return `coalesce(${operation}.confidence, 1.0) >= $minConfidence`;
}

export const confidenceParams = (minConfidence: number | undefined) => ({
  minConfidence: minConfidence ?? DEFAULT_MIN_CONFIDENCE,
});

/** A leaf segment: no other segment names it as parent (docs/design.md §3.2: facts attach to leaves only). */
export function isLeafCypher(segment: string): string {
  return `NOT EXISTS { (:Segment)-[:CHILD_OF]->(${segment}) }`;
}
