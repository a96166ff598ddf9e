import type { Company } from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { COMPANY_PROJECTION, normalizeCompany } from './companies';
import { isLocalCypher, localityParams } from './locality';

export interface CompanySearch {
  query: string;
  industryId?: string | null;
  radius?: string | null;
  offset: number;
  first: number;
}

/**
 * Company search over the `cjk` full-text index (Chinese bigrams, English words). The user's text is escaped,
 * so Lucene syntax in it is searched for, never interpreted.
 */
export async function searchCompanies(
  executor: GraphExecutor,
  search: CompanySearch,
): Promise<{ companies: Company[]; total: number }> {
  const terms = escapeLucene(search.query.trim());
  if (!terms) return { companies: [], total: 0 };
  const filter = `($industryId IS NULL OR EXISTS { (c)-[:OPERATES_IN]->(:Segment {industryId: $industryId}) })
    AND ($radius IS NULL OR ${isLocalCypher('c')})`;
  const params = {
    terms,
    industryId: search.industryId ?? null,
    ...localityParams(search.radius ?? 'WORLD'),
    radius: search.radius ?? null,
    offset: search.offset,
    first: search.first,
  };
  // One read transaction: the page (projected only for its own rows) and the count (no projection at all).
  return executor.readTx('searchCompanies', async (tx) => {
    const page = await run<{ company: Company }>(
      tx,
      `CALL db.index.fulltext.queryNodes('company_names', $terms) YIELD node AS c, score
       WHERE ${filter}
       WITH c, score ORDER BY score DESC, c.id ASC SKIP toInteger($offset) LIMIT toInteger($first)
       RETURN ${COMPANY_PROJECTION} AS company`,
      params,
    );
    const [count] = await run<{ total: number }>(
      tx,
      `CALL db.index.fulltext.queryNodes('company_names', $terms) YIELD node AS c WHERE ${filter} RETURN count(c) AS total`,
      params,
    );
    return { companies: page.map((r) => normalizeCompany(r.company)), total: count?.total ?? 0 };
  });
}

/** Escapes Lucene's query syntax so user text is matched literally (the AND/OR/NOT operator words included). */
export function escapeLucene(text: string): string {
  // Cut before escaping: a cut after could leave a dangling backslash, which Lucene refuses.
  return text
    .slice(0, 200)
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (char) => `\\${char}`)
    .replace(/\b(AND|OR|NOT)\b/g, '\\$1');
}
