import {
  type DemandInterest,
  matchmakingKpis as kpisOf,
  type LostReason,
  type MatchmakingKpis,
  type OutcomeHistoryEntry,
  type OutcomeInput,
  type OutcomeStep,
  outcomeChangeProblem,
  parseHistory,
  RADII,
  type Refusal,
  YRD_PROVINCES,
} from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { ringCypher } from './locality';

/** Extra RETURN columns for an interest edge `i` on demand `d` (with `withOutcome` on each row). */
export const OUTCOME_COLUMNS = `head([(p:Company)-[:POSTED]->(d) | p.id]) AS posterId,
  coalesce(i.step, 'INTERESTED') AS step, i.history AS history, i.contractValue AS contractValue,
  i.contractedAt AS contractedAt, i.deliveredAt AS deliveredAt, i.lostReason AS lostReason,
  i.outcomeNote AS outcomeNote`;

/** A row read with OUTCOME_COLUMNS, its history parsed. */
export function withOutcome<R extends { history: unknown }>(
  row: R,
): Omit<R, 'history'> & { history: OutcomeHistoryEntry[] } {
  return { ...row, history: parseHistory(typeof row.history === 'string' ? row.history : null) };
}

export type RecordOutcomeResult = { interest: DemandInterest } | { problem: Refusal } | null;

/**
 * Moves an interest to `input.step`, in one transaction: the edge is write-locked first (so two parties recording
 * at once are serialised), the transition checked against the locked step, then the step, the history entry and
 * the step's own fields written. Null when the firm never expressed interest in the demand.
 */
export async function recordInterestOutcome(
  executor: GraphExecutor,
  demandId: string,
  companyId: string,
  input: OutcomeInput,
  by: string,
  at: string,
): Promise<RecordOutcomeResult> {
  return executor.writeTx('recordInterestOutcome', async (tx) => {
    const [locked] = await run<{ step: OutcomeStep; history: string | null }>(
      tx,
      `MATCH (:Company {id: $companyId})-[i:INTERESTED]->(:Demand {id: $demandId})
       SET i.step = coalesce(i.step, 'INTERESTED')
       RETURN i.step AS step, i.history AS history`,
      { demandId, companyId },
    );
    if (!locked) return null;
    const problem = outcomeChangeProblem(locked.step, input.step);
    if (problem) return { problem };
    const history = [...parseHistory(locked.history), { step: input.step, at, by }];
    const [row] = await run<DemandInterest & { history: unknown }>(
      tx,
      `MATCH (c:Company {id: $companyId})-[i:INTERESTED]->(d:Demand {id: $demandId})
       SET i.step = $step, i.history = $history, i.outcomeAt = $at,
           i.contractValue = CASE WHEN $step = 'CONTRACTED' THEN $contractValue ELSE i.contractValue END,
           i.contractedAt = CASE WHEN $step = 'CONTRACTED' THEN $date ELSE i.contractedAt END,
           i.deliveredAt = CASE WHEN $step = 'DELIVERED' THEN $date ELSE i.deliveredAt END,
           i.lostReason = CASE WHEN $step = 'LOST' THEN $reason ELSE null END,
           i.outcomeNote = coalesce($note, i.outcomeNote)
       RETURN d.id AS demandId, c.id AS companyId, i.note AS note, i.at AS at, ${OUTCOME_COLUMNS}`,
      {
        demandId,
        companyId,
        step: input.step,
        history: JSON.stringify(history),
        at,
        contractValue: input.contractValue ?? null,
        date: input.date ?? null,
        reason: input.reason ?? null,
        note: input.note ?? null,
      },
    );
    return row ? { interest: withOutcome(row) } : null;
  });
}

/**
 * What matchmaking achieved in an industry (docs/outcomes.md): every interest expressed since `since` (an ISO
 * instant; all when null) on a demand for one of the industry's segments, with its outcome and the supplier's
 * ring; counted and summed by domain `matchmakingKpis`. Null when the industry does not exist. A plain object,
 * for the API and the report.
 */
export async function matchmakingKpis(
  executor: GraphExecutor,
  industryId: string,
  since: string | null = null,
): Promise<MatchmakingKpis | null> {
  return executor.readTx('matchmakingKpis', async (tx) => {
    const [industry] = await run(tx, 'MATCH (n:Industry {id: $industryId}) RETURN n.id AS id', { industryId });
    if (!industry) return null;
    const rows = await run<{
      step: OutcomeStep;
      history: string | null;
      contractValue: number | null;
      lostReason: LostReason | null;
      ring: number;
    }>(
      tx,
      `MATCH (d:Demand)-[:NEEDS]->(s:Segment {industryId: $industryId})
       MATCH (c:Company)-[i:INTERESTED]->(d)
       WHERE $since IS NULL OR i.at >= $since
       RETURN coalesce(i.step, 'INTERESTED') AS step, i.history AS history, i.contractValue AS contractValue,
              i.lostReason AS lostReason, ${ringCypher('c')} AS ring`,
      { industryId, since, yrdProvinces: YRD_PROVINCES },
    );
    const kpis = kpisOf(
      rows.map((r) => ({
        step: r.step,
        history: parseHistory(r.history),
        contractValue: r.contractValue,
        lostReason: r.lostReason,
        ring: RADII[r.ring] ?? 'WORLD',
      })),
    );
    return { industryId, since, ...kpis };
  });
}
