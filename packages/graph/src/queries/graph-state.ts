import type { GraphExecutor } from '../executor';

/** What `pnpm start` tells a production operator: are there firms yet, is there an admin who can sign in. */
export async function countCompanies(executor: GraphExecutor): Promise<number> {
  const [row] = await executor.read<{ n: number }>('countCompanies', 'MATCH (c:Company) RETURN count(c) AS n');
  return row?.n ?? 0;
}

export async function countEnabledAdmins(executor: GraphExecutor): Promise<number> {
  const [row] = await executor.read<{ n: number }>(
    'countEnabledAdmins',
    "MATCH (u:User {role: 'ADMIN'}) WHERE NOT coalesce(u.disabled, false) RETURN count(u) AS n",
  );
  return row?.n ?? 0;
}
