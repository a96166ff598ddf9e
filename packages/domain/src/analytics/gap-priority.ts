import type { ChainSegmentView } from './chain-segments';
import { byScoreThenId, explain, mergeWeights, type ScoreFactor, type Weights } from './score';
import { DEFAULT_STRONG_THRESHOLD, type SegmentStatus, segmentStatus } from './status';

/**
 * Gap priority (docs/design.md §4.4): for each MISSING or WEAK leaf segment, a weighted sum of four factors in [0, 1].
 * The factor definitions are in docs/analytics.md; each function below is one of them.
 */
export const GAP_FACTORS = ['criticality', 'localPull', 'relatedness', 'specialisation'] as const;
export type GapFactor = (typeof GAP_FACTORS)[number];

/** Defaults sum to 1, so a priority is in [0, 1]; overrides per call are each in [0, 1]. */
export const DEFAULT_GAP_WEIGHTS: Weights<GapFactor> = {
  criticality: 0.4,
  localPull: 0.25,
  relatedness: 0.2,
  specialisation: 0.15,
};

/** Criticality of a segment that is not a key link. */
export const NON_KEY_LINK_CRITICALITY = 0.2;

/** Key-link criticality (1..5) ÷ 5; 0.2 for a segment without a key link. */
export function criticalityFactor(criticality: number | null): number {
  return criticality === null ? NON_KEY_LINK_CRITICALITY : criticality / 5;
}

/**
 * log1p(n) ÷ log1p(N): n = distinct local firms operating in the segments this one FEEDS (its direct buyers'
 * segments), N = distinct local firms operating in any leaf segment of the industry (so n ≤ N); 0 when N = 0.
 */
export function localPullFactor(downstreamLocalFirms: number, industryLocalFirms: number): number {
  if (industryLocalFirms <= 0) return 0;
  return Math.log1p(downstreamLocalFirms) / Math.log1p(industryLocalFirms);
}

/** Share of the segment's FEEDS neighbours (both directions, distinct) that are STRONG; 0 without neighbours. */
export function relatednessFactor(strongNeighbours: number, neighbours: number): number {
  return neighbours > 0 ? strongNeighbours / neighbours : 0;
}

/**
 * Location quotient of a segment at R, by firm–segment pairs (OPERATES_IN edges) over the industry's leaves:
 * (local_s ÷ local_total) ÷ (all_s ÷ all_total), where "all" is every firm in the graph (the reference economy).
 * 0 when local_s = 0 or a denominator is 0. Computed as one division of integer products, so equal ratios are
 * bit-for-bit equal and ties stay ties.
 */
export function locationQuotient(localInSegment: number, localTotal: number, allInSegment: number, allTotal: number) {
  if (localInSegment <= 0 || localTotal <= 0 || allInSegment <= 0 || allTotal <= 0) return 0;
  return (localInSegment * allTotal) / (localTotal * allInSegment);
}

/** 1 − min(1, LQ): high where the district is under-represented relative to everywhere else. */
export function specialisationFactor(lq: number): number {
  return 1 - Math.min(1, lq);
}

/** What the graph counts for one leaf segment (plus industry totals) to rank gaps. */
export interface GapFacts {
  id: string;
  localCount: number;
  allCount: number;
  criticality: number | null;
  downstreamLocalFirms: number;
  neighbourIds: readonly string[];
}

export interface RankedGap {
  id: string;
  status: SegmentStatus;
  localCount: number;
  priority: number;
  factors: ScoreFactor[];
}

/** A ranked gap with its segment (the backing model of GraphQL `Gap`). */
export interface GapView {
  segment: ChainSegmentView;
  status: SegmentStatus;
  priority: number;
  factors: ScoreFactor[];
}

export interface GapOptions {
  weights?: Weights<GapFactor>;
  threshold?: number;
}

/** Ranks the MISSING and WEAK leaves: priority descending, ties by segment id. */
export function gapPriorities(leaves: readonly GapFacts[], industryLocalFirms: number, options: GapOptions = {}) {
  const weights = options.weights ?? DEFAULT_GAP_WEIGHTS;
  const threshold = options.threshold ?? DEFAULT_STRONG_THRESHOLD;
  const statusOf = new Map(leaves.map((leaf) => [leaf.id, segmentStatus(leaf.localCount, threshold)]));
  const localTotal = leaves.reduce((sum, leaf) => sum + leaf.localCount, 0);
  const allTotal = leaves.reduce((sum, leaf) => sum + leaf.allCount, 0);
  const gaps: RankedGap[] = [];
  for (const leaf of leaves) {
    const status = statusOf.get(leaf.id) ?? 'MISSING';
    if (status === 'STRONG') continue;
    const neighbours = [...new Set(leaf.neighbourIds)].filter((id) => id !== leaf.id && statusOf.has(id));
    const strong = neighbours.filter((id) => statusOf.get(id) === 'STRONG').length;
    const lq = locationQuotient(leaf.localCount, localTotal, leaf.allCount, allTotal);
    const { score, factors } = explain<GapFactor>(
      {
        criticality: criticalityFactor(leaf.criticality),
        localPull: localPullFactor(leaf.downstreamLocalFirms, industryLocalFirms),
        relatedness: relatednessFactor(strong, neighbours.length),
        specialisation: specialisationFactor(lq),
      },
      weights,
    );
    gaps.push({ id: leaf.id, status, localCount: leaf.localCount, priority: score, factors });
  }
  return gaps
    .map((gap) => ({ ...gap, score: gap.priority }))
    .sort(byScoreThenId)
    .map(({ score: _, ...gap }) => gap);
}

/** Per-call weights merged into the defaults; each in [0, 1] and at least one positive (else a problem). */
export function resolveGapWeights(overrides: Partial<Record<string, number | null>> | null | undefined): {
  weights: Weights<GapFactor>;
  problems: string[];
} {
  const cleaned = Object.fromEntries(Object.entries(overrides ?? {}).filter(([, w]) => w !== null && w !== undefined));
  // mergeWeights also refuses all-zero weights, the same rule as for targets and matches.
  return mergeWeights(DEFAULT_GAP_WEIGHTS, cleaned as Partial<Record<string, number>>);
}
