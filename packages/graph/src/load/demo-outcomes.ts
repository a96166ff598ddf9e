import { type LostReason, type OutcomeHistoryEntry, type OutcomeStep, SYNTHETIC_EPOCH } from '@atlas/domain';
import { run } from '../executor';
import type { DemoExtra } from './demo-extras';

/** Answers per synthetic demand: the first firms (by id) operating in the needed segment, the poster excepted. */
const INTERESTS_PER_DEMAND = 3;
const DAY_MS = 86_400_000;

/**
 * Where the k-th demo interest ended up, cycling so every step and two loss reasons appear: with ~20 demands and
 * three answers each, the funnel has every bar and the KPIs a contracted value split across rings.
 */
const PLAN: ReadonlyArray<{ path: OutcomeStep[]; reason?: LostReason }> = [
  { path: ['CONTACTED', 'QUOTED', 'CONTRACTED', 'DELIVERED'] },
  { path: ['CONTACTED', 'QUOTED', 'CONTRACTED'] },
  { path: ['CONTACTED', 'QUOTED'] },
  { path: ['CONTACTED', 'QUOTED', 'LOST'], reason: 'PRICE' },
  { path: ['CONTACTED'] },
  { path: [] },
  { path: ['CONTACTED', 'LOST'], reason: 'TIMING' },
  { path: ['CONTACTED', 'CONTRACTED'] },
];

const day = (n: number) => new Date(Date.parse(`${SYNTHETIC_EPOCH}T02:00:00Z`) + n * DAY_MS).toISOString();

/**
 * Demo-only outcomes on the synthetic chain leaders' demands (docs/outcomes.md), so the matchmaking KPIs and the
 * trackRecord factor have something to show. Deterministic (firms and demands in id order, a fixed plan, dates
 * from SYNTHETIC_EPOCH) and idempotent: MERGE on the edge, every outcome property overwritten.
 */
export const demoOutcomesExtra: DemoExtra = {
  name: 'matchmaking outcomes',
  async load(executor) {
    return executor.writeTx('demo-outcomes', async (tx) => {
      const pairs = await run<{ demandId: string; companyId: string }>(
        tx,
        `MATCH (poster:Company {synthetic: true})-[:POSTED]->(d:Demand)-[:NEEDS]->(s:Segment)
         WITH poster, d, s ORDER BY d.id
         CALL (poster, s) {
           MATCH (c:Company {synthetic: true})-[:OPERATES_IN]->(s) WHERE c <> poster
           RETURN c.id AS companyId ORDER BY c.id LIMIT ${INTERESTS_PER_DEMAND}
         }
         RETURN d.id AS demandId, companyId`,
      );
      const rows = pairs.map((pair, k) => {
        const plan = PLAN[k % PLAN.length] ?? { path: [] };
        const history: OutcomeHistoryEntry[] = plan.path.map((step, i) => ({
          step,
          at: day(7 + 7 * i + (k % 5)),
          by: 'demo',
        }));
        const step = plan.path.at(-1) ?? 'INTERESTED';
        const contracted = plan.path.includes('CONTRACTED');
        return {
          ...pair,
          at: day(k % 5),
          step,
          history: JSON.stringify(history),
          contractValue: contracted ? 30 + ((k * 37) % 470) : null,
          contractedAt: contracted ? history.find((h) => h.step === 'CONTRACTED')?.at.slice(0, 10) : null,
          deliveredAt: step === 'DELIVERED' ? history.at(-1)?.at.slice(0, 10) : null,
          lostReason: plan.reason ?? null,
        };
      });
      await run(
        tx,
        `UNWIND $rows AS row
         MATCH (c:Company {id: row.companyId}), (d:Demand {id: row.demandId})
         MERGE (c)-[i:INTERESTED]->(d)
         SET i.at = row.at, i.note = '演示意向（合成数据）', i.synthetic = true, i.step = row.step,
             i.history = row.history, i.contractValue = row.contractValue, i.contractedAt = row.contractedAt,
             i.deliveredAt = row.deliveredAt, i.lostReason = row.lostReason, i.outcomeNote = null`,
        { rows },
      );
      const contracted = rows.filter((r) => r.contractValue !== null).length;
      return `${rows.length} interests, ${contracted} contracted (synthetic)`;
    });
  },
};
