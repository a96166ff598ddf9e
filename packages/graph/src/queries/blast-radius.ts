import type { BlastRadius } from '@atlas/domain';
import type { GraphExecutor } from '../executor';

/** Hops a blast radius may span; a variable-length bound cannot be a parameter, so it is validated and inlined. */
export const MAX_BLAST_HOPS = 5;

/**
 * Blast radius of a company (docs/design.md §4.8): the companies downstream of it via SUPPLIES within k hops, each with its
 * fewest hops; the value at stake is Σ annualValue of the SUPPLIES edges on those paths (edges leaving the company
 * or a company reached in fewer than k hops), and the direct value is that of its own outgoing edges.
 */
export function blastRadiusCypher(hops: number): string {
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_BLAST_HOPS)
    throw new RangeError(`hops must be an integer in 1..${MAX_BLAST_HOPS}`);
  return `MATCH (x:Company {id: $companyId})
  CALL (x) {
    // One shortest path per reached firm (a breadth-first search), not every path: the work grows with the firms
    // and links within k hops, not with the number of paths between them (exponential in k on a dense graph).
    OPTIONAL MATCH p = SHORTEST 1 (x)-[:SUPPLIES]->{1,${hops}}(d:Company) WHERE d <> x
    WITH d, min(length(p)) AS hops
    RETURN collect(CASE WHEN d IS NOT NULL THEN { node: d, hops: hops } END) AS reached
  }
  CALL (x, reached) {
    UNWIND [x] + [r IN reached WHERE r.hops < $hops | r.node] AS u
    MATCH (u)-[e:SUPPLIES]->(:Company)
    RETURN sum(coalesce(e.annualValue, 0)) AS valueAtStake
  }
  CALL (x) {
    OPTIONAL MATCH (x)-[e:SUPPLIES]->(:Company)
    RETURN sum(coalesce(e.annualValue, 0)) AS directValue
  }
  RETURN [r IN reached | { companyId: r.node.id, hops: r.hops }] AS reached, valueAtStake, directValue`;
}

/** Null when the company does not exist; reached companies by hops, then id. */
export async function blastRadius(
  executor: GraphExecutor,
  companyId: string,
  hops: number,
): Promise<BlastRadius | null> {
  const [row] = await executor.read<Omit<BlastRadius, 'companyId' | 'hops'>>('blastRadius', blastRadiusCypher(hops), {
    companyId,
    hops,
  });
  if (!row) return null;
  const reached = [...row.reached].sort(
    (a, b) => a.hops - b.hops || (a.companyId < b.companyId ? -1 : a.companyId > b.companyId ? 1 : 0),
  );
  return { companyId, hops, reached, valueAtStake: row.valueAtStake, directValue: row.directValue };
}
