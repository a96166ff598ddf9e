import {
  FUNNEL_STEPS,
  type FunnelStep,
  furthestStep,
  LOST_REASONS,
  type LostReason,
  type OutcomeHistoryEntry,
  type OutcomeStep,
} from '../enterprise/interest-outcome';
import type { Radius } from '../radius';

/** One interest on an industry's demand, as the KPIs need it: where it is, where it has been, its contract. */
export interface OutcomeRow {
  step: OutcomeStep;
  history: readonly OutcomeHistoryEntry[];
  /** 万元; set once contracted. */
  contractValue: number | null;
  lostReason: LostReason | null;
  /** The supplier's ring (`localityRing` of the interested firm). */
  ring: Radius;
}

export interface FunnelCount {
  step: FunnelStep;
  /** Interests whose furthest step is this one or later (a lost deal keeps the steps it passed). */
  reached: number;
  /** reached(next step) / reached(this step); null for DELIVERED and when nothing reached this step. */
  conversion: number | null;
}

/** What matchmaking achieved in an industry (docs/outcomes.md). Values in 万元. */
export interface MatchmakingKpiValues {
  /** Interests expressed on the industry's demands: the matches made. */
  matches: number;
  funnel: FunnelCount[];
  lost: number;
  lostByReason: Array<{ reason: LostReason; count: number }>;
  /** Interests contracted now (CONTRACTED or DELIVERED; a contract that fell through no longer counts). */
  contracted: number;
  delivered: number;
  contractedValue: number;
  /** Suppliers in 金山区. */
  contractedValueJinshan: number;
  /** Suppliers in 上海市, 金山区 included. */
  contractedValueShanghai: number;
  /** Suppliers outside 上海市. */
  contractedValueNonLocal: number;
  deliveredValue: number;
}

const isContracted = (step: OutcomeStep) => step === 'CONTRACTED' || step === 'DELIVERED';

/** Counts and sums over an industry's interests; pure, so the Cypher only gathers rows. */
export function matchmakingKpis(rows: readonly OutcomeRow[]): MatchmakingKpiValues {
  const reachedRank = rows.map((r) => FUNNEL_STEPS.indexOf(furthestStep([...r.history, { step: r.step }])));
  const funnel = FUNNEL_STEPS.map((step, rank) => ({ step, reached: reachedRank.filter((r) => r >= rank).length }));
  const contracted = rows.filter((r) => isContracted(r.step));
  const delivered = rows.filter((r) => r.step === 'DELIVERED');
  const value = (list: readonly OutcomeRow[]) => list.reduce((sum, r) => sum + (r.contractValue ?? 0), 0);
  const lost = rows.filter((r) => r.step === 'LOST');
  return {
    matches: rows.length,
    funnel: funnel.map((f, i) => {
      const next = funnel[i + 1];
      return { ...f, conversion: next && f.reached > 0 ? next.reached / f.reached : null };
    }),
    lost: lost.length,
    lostByReason: LOST_REASONS.map((reason) => ({
      reason,
      count: lost.filter((r) => (r.lostReason ?? 'OTHER') === reason).length,
    })),
    contracted: contracted.length,
    delivered: delivered.length,
    contractedValue: value(contracted),
    contractedValueJinshan: value(contracted.filter((r) => r.ring === 'JINSHAN')),
    contractedValueShanghai: value(contracted.filter((r) => r.ring === 'JINSHAN' || r.ring === 'SHANGHAI')),
    contractedValueNonLocal: value(contracted.filter((r) => r.ring !== 'JINSHAN' && r.ring !== 'SHANGHAI')),
    deliveredValue: value(delivered),
  };
}

/**
 * The start of a `since` filter as an ISO instant: a bare date means the start of that day in Shanghai (UTC+8);
 * null when the text is not a date.
 */
export function sinceInstant(text: string): string | null {
  const trimmed = text.trim();
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
  if (!dateOnly && !/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(trimmed)) return null;
  const ms = Date.parse(dateOnly ? `${trimmed}T00:00:00+08:00` : trimmed);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
