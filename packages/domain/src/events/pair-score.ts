import { bigHandValue, creditValue, localityValue, SME_PREFERENCE, segmentFit } from '../analytics/match-factors';
import { explain, type Scored, type Weights } from '../analytics/score';
import type { CompanySize } from '../enterprise/rows';
import type { Location } from '../radius';

/**
 * The score of a meeting between a buyer and a supplier at an event (docs/events.md). A pair qualifies only when the
 * supplier offers or operates in a segment the buyer needs, or in a CHILD_OF descendant of one; then the score is
 * the weighted sum of the factors below, each value in [0,1] from the supply-match factors (match-factors.ts), so
 * a qualifying pair always scores at least segmentFit's share (> 0) and a non-qualifying one has no score at all.
 */
export const PAIR_FACTORS = ['segmentFit', 'locality', 'sme', 'bigHand', 'credit', 'newLink'] as const;
export type PairFactor = (typeof PAIR_FACTORS)[number];

/**
 * Segment fit leads (a meeting without a real need is wasted time), then the district's aims: local supply and
 * 大手拉小手 (a small supplier meeting a big buyer), then the supplier's credit and whether the tie is new.
 */
export const DEFAULT_PAIR_WEIGHTS: Readonly<Weights<PairFactor>> = {
  segmentFit: 0.35,
  locality: 0.2,
  sme: 0.15,
  bigHand: 0.1,
  credit: 0.1,
  newLink: 0.1,
};

/** What the graph knows of a registered firm, read once per event. */
export interface EventFirmFacts {
  id: string;
  name: string;
  size: CompanySize;
  chainLeader: boolean;
  location: Location;
  creditScore: number | null;
  /** Segments it operates in (counted attachments). */
  operatedSegmentIds: readonly string[];
  /** Firms it already supplies (SUPPLIES edges out of it). */
  suppliesIds: readonly string[];
}

/** Segment → its parent (null at a root), for the event's industry. */
export type ParentOf = ReadonlyMap<string, string | null>;

/** CHILD_OF steps from `segment` up to `needed` (0 when equal), or null when `needed` is not above it. */
export function depthUnder(segment: string, needed: string, parentOf: ParentOf): number | null {
  let at: string | null | undefined = segment;
  for (let depth = 0; at && depth <= parentOf.size; depth++) {
    if (at === needed) return depth;
    at = parentOf.get(at);
  }
  return null;
}

/** The best fit of any offered segment under any needed one (1, 0.8, 0.64 …), or 0 when none is under one. */
export function bestSegmentFit(needed: readonly string[], offered: readonly string[], parentOf: ParentOf): number {
  let best = 0;
  for (const n of needed) {
    for (const o of offered) {
      const depth = depthUnder(o, n, parentOf);
      if (depth !== null) best = Math.max(best, segmentFit(depth));
    }
  }
  return best;
}

export interface PairSide {
  facts: EventFirmFacts;
  /** The segments named at registration: needed (buyer) or offered (supplier). */
  segmentIds: readonly string[];
}

/** The explained score of buyer × supplier, or null when the pair does not qualify (no segment fit, same firm). */
export function pairScore(
  buyer: PairSide,
  supplier: PairSide,
  parentOf: ParentOf,
  weights: Weights<PairFactor> = DEFAULT_PAIR_WEIGHTS,
): Scored | null {
  if (buyer.facts.id === supplier.facts.id) return null;
  const offered = [...new Set([...supplier.segmentIds, ...supplier.facts.operatedSegmentIds])];
  const fit = bestSegmentFit(buyer.segmentIds, offered, parentOf);
  if (!(fit > 0)) return null;
  return explain(
    {
      segmentFit: fit,
      locality: localityValue(supplier.facts.location),
      sme: SME_PREFERENCE[supplier.facts.size],
      bigHand: bigHandValue(buyer.facts.size, buyer.facts.chainLeader),
      credit: creditValue(supplier.facts.creditScore),
      newLink: supplier.facts.suppliesIds.includes(buyer.facts.id) ? 0 : 1,
    },
    weights,
  );
}
