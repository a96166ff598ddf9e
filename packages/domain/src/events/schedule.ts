import type { Scored, ScoreFactor, Weights } from '../analytics/score';
import { maxWeightBMatching } from './b-matching';
import { colourBipartiteEdges } from './edge-colouring';
import { type EventRole, meetingCap } from './model';
import { DEFAULT_PAIR_WEIGHTS, type EventFirmFacts, type PairFactor, type ParentOf, pairScore } from './pair-score';

/**
 * The meeting schedule of an event (docs/events.md): the maximum-weight b-matching of buyers and suppliers over the
 * pairs with a positive score (b-matching.ts), then slots by bipartite edge colouring (edge-colouring.ts), then
 * tables: each buyer keeps one table all day and suppliers come to it.
 */
export interface ScheduleRegistration {
  companyId: string;
  role: EventRole;
  segmentIds: readonly string[];
  maxMeetings: number | null;
}

export interface ScheduleInput {
  slotCount: number;
  maxMeetingsPerFirm: number;
  registrations: readonly ScheduleRegistration[];
  facts: ReadonlyMap<string, EventFirmFacts>;
  parentOf: ParentOf;
  /** Pairs that must not be proposed again (a party declined them), as `pairKey`s. */
  excludedPairs?: ReadonlySet<string>;
  weights?: Weights<PairFactor>;
}

export interface CandidatePair extends Scored {
  buyerId: string;
  supplierId: string;
}

export interface ProposedMeeting {
  buyerId: string;
  supplierId: string;
  slot: number;
  table: number;
  score: number;
  factors: ScoreFactor[];
}

export const pairKey = (buyerId: string, supplierId: string) => `${buyerId}|${supplierId}`;

/** Every buyer × supplier pair of the event with a score (qualifying, positive), in id order. */
export function candidatePairs(input: ScheduleInput): CandidatePair[] {
  const side = (role: EventRole) =>
    input.registrations
      .filter((r) => r.role === role && input.facts.has(r.companyId))
      .sort((a, b) => (a.companyId < b.companyId ? -1 : 1));
  const pairs: CandidatePair[] = [];
  for (const buyer of side('BUYER')) {
    for (const supplier of side('SUPPLIER')) {
      if (input.excludedPairs?.has(pairKey(buyer.companyId, supplier.companyId))) continue;
      const scored = pairScore(
        { facts: input.facts.get(buyer.companyId) as EventFirmFacts, segmentIds: buyer.segmentIds },
        { facts: input.facts.get(supplier.companyId) as EventFirmFacts, segmentIds: supplier.segmentIds },
        input.parentOf,
        input.weights ?? DEFAULT_PAIR_WEIGHTS,
      );
      if (scored && scored.score > 0)
        pairs.push({ buyerId: buyer.companyId, supplierId: supplier.companyId, ...scored });
    }
  }
  return pairs;
}

/** Each firm's meeting cap: min(its own wish, the event's limit, the slot count). */
export function meetingCaps(input: Pick<ScheduleInput, 'slotCount' | 'maxMeetingsPerFirm' | 'registrations'>) {
  return new Map(
    input.registrations.map((r) => [r.companyId, meetingCap(r.maxMeetings, input.maxMeetingsPerFirm, input.slotCount)]),
  );
}

export function solveSchedule(input: ScheduleInput): { meetings: ProposedMeeting[]; totalScore: number } {
  const caps = meetingCaps(input);
  const candidates = candidatePairs(input);
  const side = (role: EventRole) =>
    input.registrations
      .filter((r) => r.role === role)
      .map((r) => ({ id: r.companyId, capacity: caps.get(r.companyId) ?? 0 }));
  const chosen = maxWeightBMatching(
    side('BUYER'),
    side('SUPPLIER'),
    candidates.map((c) => ({ buyerId: c.buyerId, supplierId: c.supplierId, weight: c.score })),
  );
  const scoredBy = new Map(candidates.map((c) => [pairKey(c.buyerId, c.supplierId), c]));
  // The best meetings first, so they get the earliest slots; ties by ids.
  const ordered = chosen
    .map((m) => scoredBy.get(pairKey(m.buyerId, m.supplierId)) as CandidatePair)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.buyerId < b.buyerId ? -1 : a.buyerId > b.buyerId ? 1 : 0) ||
        (a.supplierId < b.supplierId ? -1 : a.supplierId > b.supplierId ? 1 : 0),
    );
  const colours = colourBipartiteEdges(
    ordered.map((m) => ({ left: m.buyerId, right: m.supplierId })),
    input.slotCount,
  );
  const tables = buyerTables(ordered.map((m) => m.buyerId));
  const meetings = ordered
    .map((m, i) => ({
      buyerId: m.buyerId,
      supplierId: m.supplierId,
      slot: (colours[i] as number) + 1,
      table: tables.get(m.buyerId) as number,
      score: m.score,
      factors: m.factors,
    }))
    .sort((a, b) => a.slot - b.slot || a.table - b.table);
  return { meetings, totalScore: meetings.reduce((sum, m) => sum + m.score, 0) };
}

/** Buyers by id get tables 1, 2, 3 …: a buyer sits at one table all day. */
export function buyerTables(buyerIds: readonly string[]): Map<string, number> {
  const sorted = [...new Set(buyerIds)].sort();
  return new Map(sorted.map((id, i) => [id, i + 1]));
}
