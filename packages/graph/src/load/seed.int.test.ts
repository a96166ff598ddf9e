import { fileURLToPath } from 'node:url';
import { DEMO_SIZE, INDUSTRY_IDS } from '@atlas/domain';
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../../../../test/helpers/graph';
import type { GraphExecutor } from '../executor';
import { industryKpisByIds } from '../queries/kpis';
import { readIndustryDefinitions } from './industry-files';
import { isGraphEmpty, seedDemo } from './seed';

const definitions = readIndustryDefinitions(fileURLToPath(new URL('../../../../data/industries', import.meta.url)));

/**
 * Counts only what the seed writes: industry structure, the synthetic firms ("syn-") and their edges. Other test
 * files add scoped nodes ("t-…") to the same database at the same time, so anything touching those is left out.
 */
async function seededCounts(executor: GraphExecutor): Promise<Record<string, number>> {
  const [row] = await executor.read<Record<string, number>>(
    'test-seed-counts',
    `CALL () {
       MATCH (n) WHERE (n:Industry OR n:Segment OR n:Technology OR n:KeyLink) AND n.id IN $structureIds
       RETURN count(n) AS structureNodes
     }
     CALL () {
       MATCH (s:Segment)-[r:PART_OF|CHILD_OF|FEEDS]->(o) WHERE s.id IN $structureIds AND o.id IN $structureIds
       RETURN count(r) AS structureEdges
     }
     CALL () {
       MATCH (n)-[r:ENABLES|PRECEDES|ON]->(o) WHERE n.id IN $structureIds AND o.id IN $structureIds
       RETURN count(r) AS roadmapEdges
     }
     CALL () { MATCH (c:Company) WHERE c.id STARTS WITH 'syn-' RETURN count(c) AS companies }
     CALL () { MATCH (d:Demand) WHERE d.id STARTS WITH 'syn-d-' RETURN count(d) AS demands }
     CALL () { MATCH (p:Park) WHERE p.id STARTS WITH 'park.' RETURN count(p) AS parks }
     CALL () {
       MATCH (c:Company)-[r:OPERATES_IN|CERTIFIED|HOLDS|LOCATED_IN|POSTED]->() WHERE c.id STARTS WITH 'syn-'
       RETURN count(r) AS companyEdges
     }
     CALL () {
       MATCH (a:Company)-[r:SUPPLIES]->(b:Company) WHERE a.id STARTS WITH 'syn-' AND b.id STARTS WITH 'syn-'
       RETURN count(r) AS supplies
     }
     CALL () { MATCH (d:Demand)-[r:NEEDS]->() WHERE d.id STARTS WITH 'syn-d-' RETURN count(r) AS needs }
     RETURN *`,
    {
      structureIds: [
        ...INDUSTRY_IDS,
        ...definitions.flatMap((d) => [
          ...d.segments.map((s) => s.id),
          ...d.technologies.map((t) => t.id),
          ...d.keyLinks.map((k) => k.id),
        ]),
      ],
    },
  );
  return row ?? {};
}

describe('seedDemo against the real Neo4j', () => {
  const executor = testExecutor();

  it('loads the seven industries and the demo firms with deliberate Jinshan gaps, idempotently', async () => {
    const lines: string[] = [];
    const first = await seedDemo(executor, definitions, { size: DEMO_SIZE, progress: (l) => lines.push(l) });
    expect(first.companies).toBe(DEMO_SIZE);
    expect(first.supplies).toBeGreaterThan(DEMO_SIZE);
    expect(lines.some((line) => /companies 3,000\/3,000/.test(line))).toBe(true);
    expect(await isGraphEmpty(executor)).toBe(false);

    const industries = await executor.read<{ id: string; leaves: number; technologies: number; keyLinks: number }>(
      'test-seed',
      `MATCH (i:Industry) WHERE i.id IN $ids
         RETURN i.id AS id,
                COUNT { (i)<-[:PART_OF]-(s:Segment {leaf: true}) } AS leaves,
                COUNT { (t:Technology)-[:ENABLES]->(:Segment) WHERE t.industryId = i.id } AS enabling,
                COUNT { (t:Technology) WHERE t.industryId = i.id } AS technologies,
                COUNT { (k:KeyLink)-[:ON]->(:Segment) WHERE k.industryId = i.id } AS keyLinks
         ORDER BY id`,
      { ids: INDUSTRY_IDS },
    );
    expect(industries.map((i) => i.id)).toEqual([...INDUSTRY_IDS].sort());
    for (const i of industries) {
      expect(i.leaves, i.id).toBeGreaterThanOrEqual(30);
      expect(i.technologies, i.id).toBeGreaterThanOrEqual(10);
      expect(i.keyLinks, i.id).toBeGreaterThanOrEqual(8);
    }

    // Segment status at JINSHAN straight from the graph: local synthetic firms per leaf segment.
    const statuses = await executor.read<{ id: string; missing: number; weak: number; strong: number }>(
      'test-seed',
      `MATCH (i:Industry)<-[:PART_OF]-(s:Segment {leaf: true}) WHERE i.id IN $ids
         WITH i, s, COUNT {
           (c:Company)-[:OPERATES_IN]->(s)
           WHERE c.province = '上海市' AND c.district = '金山区' AND NOT c.id STARTS WITH 't-'
         } AS locals
         RETURN i.id AS id, sum(CASE WHEN locals = 0 THEN 1 ELSE 0 END) AS missing,
                sum(CASE WHEN locals IN [1, 2] THEN 1 ELSE 0 END) AS weak,
                sum(CASE WHEN locals >= 3 THEN 1 ELSE 0 END) AS strong`,
      { ids: INDUSTRY_IDS },
    );
    expect(statuses).toHaveLength(INDUSTRY_IDS.length);
    for (const s of statuses) {
      expect(s.missing, s.id).toBeGreaterThanOrEqual(1);
      expect(s.weak, s.id).toBeGreaterThanOrEqual(1);
      expect(s.strong, s.id).toBeGreaterThan(s.missing + s.weak);
    }

    // The loader wrote crosswalk.yaml's groups onto the segments (docs/analytics.md, "the crosswalk")…
    const [chargers] = await executor.read<{ sameAs: string; sameAsIds: string[] }>(
      'test-seed',
      "MATCH (s:Segment {id: 'icv.charging'}) RETURN s.sameAs AS sameAs, s.sameAsIds AS sameAsIds",
    );
    expect(chargers).toEqual({ sameAs: 'chargers', sameAsIds: ['icv.charging', 'energy.charging-equipment'] });
    // …and with the crosswalk counting a shared segment's firms in every industry that lists it, the demo still
    // shows every industry's deliberate gaps: ≥ 3 MISSING and ≥ 3 WEAK leaves at JINSHAN (what the map shows).
    const kpis = await industryKpisByIds(executor, INDUSTRY_IDS, 'JINSHAN');
    for (const id of INDUSTRY_IDS) {
      expect(kpis.get(id)?.missing, id).toBeGreaterThanOrEqual(3);
      expect(kpis.get(id)?.weak, id).toBeGreaterThanOrEqual(3);
    }
    // Cross-industry feeds (crosswalk.yaml): e.g. chemical-park by-product hydrogen sold to energy's hydrogen firms.
    const [cross] = await executor.read<{ n: number }>(
      'test-seed',
      `MATCH (a:Company)-[e:SUPPLIES]->(b:Company)-[:OPERATES_IN]->(t:Segment)
         WHERE a.id STARTS WITH 'syn-' AND b.id STARTS WITH 'syn-' AND e.segmentId STARTS WITH 'chem.'
           AND t.industryId <> 'chem'
         RETURN count(DISTINCT e) AS n`,
    );
    expect(cross?.n).toBeGreaterThan(0);

    const leaders = await executor.read<{ id: string; leaders: number }>(
      'test-seed',
      `MATCH (c:Company {chainLeader: true})-[:OPERATES_IN]->(s:Segment)
         WHERE c.id STARTS WITH 'syn-' AND c.district = '金山区' AND s.industryId IN $ids
         RETURN s.industryId AS id, count(DISTINCT c) AS leaders`,
      { ids: INDUSTRY_IDS },
    );
    expect(leaders).toHaveLength(INDUSTRY_IDS.length);
    for (const l of leaders) expect(l.leaders, l.id).toBeGreaterThanOrEqual(2);

    const before = await seededCounts(executor);
    expect(before.companies).toBeGreaterThanOrEqual(DEMO_SIZE);
    await seedDemo(executor, definitions, { size: DEMO_SIZE });
    expect(await seededCounts(executor)).toEqual(before);
  }, 240_000);
});
