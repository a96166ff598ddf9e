import type { Company, RankedCompany, RankedId } from '@atlas/domain';
import type { ManagedTransaction } from 'neo4j-driver';
import { run } from '../executor';
import { COMPANY_PROJECTION, normalizeCompany } from './companies';

/**
 * The company records of a ranked list, read after the domain picked the top k (docs/analytics.md, "facts in
 * Cypher, formulas in domain"): the facts query returns only what the factors need for every candidate, so the
 * full record is read for the k that are shown, in the same transaction.
 */
export async function companiesOf(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, Company>> {
  if (ids.length === 0) return new Map();
  const rows = await run<{ company: Company }>(
    tx,
    `UNWIND $ids AS id MATCH (c:Company {id: id}) RETURN ${COMPANY_PROJECTION} AS company`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map((r) => [r.company.id, normalizeCompany(r.company)]));
}

/** A ranked id list with each id's company record attached, in rank order. */
export async function withCompanies(tx: ManagedTransaction, ranked: readonly RankedId[]): Promise<RankedCompany[]> {
  const companies = await companiesOf(
    tx,
    ranked.map((r) => r.id),
  );
  return ranked.flatMap(({ id, score, factors }) => {
    const company = companies.get(id);
    return company ? [{ company, score, factors }] : [];
  });
}
