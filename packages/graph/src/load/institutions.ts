import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Institution, institutionsFileSchema } from '@atlas/domain';
import { LineCounter, parseDocument } from 'yaml';
import { type GraphExecutor, run } from '../executor';
import { DataFileError } from './industry-files';
import type { ReferenceLoader } from './reference-data';

/** The reviewed universities, labs and institutes (data/reference/institutions.yaml). */
export const INSTITUTIONS_FILE = fileURLToPath(
  new URL('../../../../data/reference/institutions.yaml', import.meta.url),
);

/** Reads and schema-checks the institutions file; throws a DataFileError naming file, line and field. */
export function readInstitutions(file: string = INSTITUTIONS_FILE): Institution[] {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
  if (doc.errors.length) throw new DataFileError(`${file}: not valid YAML: ${doc.errors[0]?.message.split('\n')[0]}`);
  const result = institutionsFileSchema.safeParse(doc.toJS());
  if (result.success) return result.data.institutions;
  const problems = result.error.issues.map((issue) => {
    const node = doc.getIn(issue.path as Array<string | number>, true) as { range?: [number] } | undefined;
    const line = node?.range ? `line ${lines.linePos(node.range[0]).line}: ` : '';
    return `${file}: ${line}${issue.path.join('.') || '(root)'}: ${issue.message}`;
  });
  throw new DataFileError(`institutions are invalid:\n  ${problems.join('\n  ')}`);
}

/**
 * Writes (:Institution)-[:RESEARCHES]->(:Technology), replacing each institution's edges; technologies not loaded
 * (an industry left out of a test graph) are skipped — the unit test guarantees every id exists in a roadmap.
 */
export async function upsertInstitutions(executor: GraphExecutor, institutions: readonly Institution[]) {
  return executor.writeTx('loadInstitutions', async (tx) => {
    const [r] = await run<{ institutions: number; links: number }>(
      tx,
      `UNWIND $institutions AS row
       MERGE (i:Institution {id: row.id})
       SET i.name = row.name, i.nameEn = row.nameEn, i.kind = row.kind, i.city = row.city,
           i.province = row.province, i.website = row.website
       WITH i, row
       OPTIONAL MATCH (i)-[old:RESEARCHES]->()
       DELETE old
       WITH DISTINCT i, row
       OPTIONAL MATCH (t:Technology) WHERE t.id IN row.technologies
       FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | MERGE (i)-[:RESEARCHES]->(t))
       RETURN count(DISTINCT i) AS institutions, count(t) AS links`,
      { institutions: institutions.map((i) => ({ ...i, website: i.website ?? null })) },
    );
    return { institutions: r?.institutions ?? 0, links: r?.links ?? 0 };
  });
}

export const institutionsLoader: ReferenceLoader = {
  name: 'institutions',
  async load(executor) {
    const { institutions, links } = await upsertInstitutions(executor, readInstitutions());
    return `${institutions} institutions, ${links} technology links`;
  },
};
