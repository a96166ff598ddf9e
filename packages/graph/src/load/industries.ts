import { type Crosswalk, type IndustryDefinition, leafIds } from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import { run } from '../executor';
import { loadReferenceData } from './reference-data';
import { repositoryCrosswalk } from './repository-crosswalk';

export interface IndustryLoadReport {
  industries: number;
  segments: number;
  feeds: number;
  technologies: number;
  keyLinks: number;
}

/**
 * Writes each industry's chain, roadmap and key links in one transaction per industry. The structure is
 * replaced, not merged, so an edge removed from the YAML disappears from the graph; company facts are untouched.
 * Each segment also gets its crosswalk group (docs/analytics.md, "the crosswalk"): `sameAs` (the group id) and
 * `sameAsIds` (the group's segment ids, itself included), or neither, so the analytics find a segment's equivalents
 * with a unique-index seek. The crosswalk defaults to the repository's, whatever industries are loaded.
 */
export async function loadIndustries(
  executor: GraphExecutor,
  definitions: IndustryDefinition[],
  crosswalk: Crosswalk = repositoryCrosswalk(),
): Promise<IndustryLoadReport> {
  const report: IndustryLoadReport = { industries: 0, segments: 0, feeds: 0, technologies: 0, keyLinks: 0 };
  const groupOf = new Map(crosswalk.sameAs.flatMap((g) => g.segments.map((id) => [id, g] as const)));
  for (const definition of definitions) {
    await executor.writeTx('load-industry', async (tx) => {
      const { industry } = definition;
      const leaves = leafIds(definition);
      const segments = definition.segments.map((s) => ({
        ...s,
        parent: s.parent ?? null,
        leaf: leaves.has(s.id),
        // null removes the property: a segment taken out of a group stops sharing its firms.
        sameAs: groupOf.get(s.id)?.id ?? null,
        sameAsIds: groupOf.get(s.id)?.segments ?? null,
      }));
      await run(tx, 'MERGE (i:Industry {id: $id}) SET i.name = $name, i.nameEn = $nameEn', industry);
      // Segments, technologies and key links dropped from the YAML go too, or they would linger as fake gaps.
      const keep = [
        ...definition.segments.map((s) => s.id),
        ...definition.technologies.map((t) => t.id),
        ...definition.keyLinks.map((k) => k.id),
      ];
      for (const label of ['Segment', 'Technology', 'KeyLink']) {
        await run(tx, `MATCH (n:${label} {industryId: $industryId}) WHERE NOT n.id IN $keep DETACH DELETE n`, {
          industryId: industry.id,
          keep,
        });
      }
      await run(
        tx,
        `MATCH (i:Industry {id: $industryId})
         OPTIONAL MATCH (i)<-[:PART_OF]-(s:Segment)
         OPTIONAL MATCH (s)-[structure:FEEDS|CHILD_OF]-(:Segment)
         OPTIONAL MATCH (s)<-[tl:ENABLES|ON]-(n)
         DELETE structure, tl`,
        { industryId: industry.id },
      );
      await run(
        tx,
        `MATCH (i:Industry {id: $industryId})
         UNWIND $segments AS row
         MERGE (s:Segment {id: row.id})
         SET s.name = row.name, s.nameEn = row.nameEn, s.tier = row.tier, s.description = row.description,
             s.hsCodes = row.hsCodes, s.gbCodes = row.gbCodes, s.leaf = row.leaf, s.industryId = $industryId,
             s.sameAs = row.sameAs, s.sameAsIds = row.sameAsIds
         MERGE (s)-[:PART_OF]->(i)
         WITH s, row WHERE row.parent IS NOT NULL
         MATCH (p:Segment {id: row.parent})
         MERGE (s)-[:CHILD_OF]->(p)`,
        { industryId: industry.id, segments },
      );
      await run(
        tx,
        `UNWIND $feeds AS pair
         MATCH (a:Segment {id: pair[0]}), (b:Segment {id: pair[1]})
         MERGE (a)-[:FEEDS]->(b)`,
        { feeds: definition.feeds },
      );
      await run(
        tx,
        `UNWIND $technologies AS row
         MERGE (t:Technology {id: row.id})
         SET t.name = row.name, t.nameEn = row.nameEn, t.trl = row.trl, t.horizon = row.horizon, t.stage = row.stage,
             t.industryId = $industryId
         WITH t, row
         OPTIONAL MATCH (t)-[old:PRECEDES]->()
         DELETE old
         WITH DISTINCT t, row
         UNWIND row.enables AS segmentId
         MATCH (s:Segment {id: segmentId})
         MERGE (t)-[:ENABLES]->(s)`,
        { industryId: industry.id, technologies: definition.technologies },
      );
      await run(
        tx,
        `UNWIND $technologies AS row
         UNWIND row.precedes AS nextId
         MATCH (t:Technology {id: row.id}), (n:Technology {id: nextId})
         MERGE (t)-[:PRECEDES]->(n)`,
        { technologies: definition.technologies },
      );
      await run(
        tx,
        `UNWIND $keyLinks AS row
         MERGE (k:KeyLink {id: row.id})
         SET k.criticality = row.criticality, k.bottleneck = row.bottleneck, k.targetYear = row.targetYear,
             k.note = row.note, k.noteEn = row.noteEn, k.industryId = $industryId
         WITH k, row
         MATCH (s:Segment {id: row.segment})
         MERGE (k)-[:ON]->(s)`,
        { industryId: industry.id, keyLinks: definition.keyLinks },
      );
    });
    report.industries++;
    report.segments += definition.segments.length;
    report.feeds += definition.feeds.length;
    report.technologies += definition.technologies.length;
    report.keyLinks += definition.keyLinks.length;
  }
  // Platforms, institutions…: they link to the segments and technologies just written.
  await loadReferenceData(executor);
  return report;
}
