import { leafIds } from '../chain/check';
import { kindOf } from '../chain/plausibility';
import type { Bottleneck, IndustryDefinition, Segment } from '../chain/schema';
import { streamRng } from './prng';
import { profileOf } from './profiles';

/**
 * The shape of one industry's synthetic chain, decided from the seed alone (never from the size, so a bigger run
 * keeps the same leaders and gaps): which segments its chain leaders work in, and which segments are
 * deliberately MISSING or WEAK in Jinshan. Gaps lean on the key-link list the way the real plan does:
 * "local absence" and "choke-point" links go missing, "capacity" and "single-source" links run thin.
 */
export interface IndustryPlan {
  id: string;
  leaves: Segment[];
  leafIds: readonly string[];
  segmentName: ReadonlyMap<string, string>;
  /** A → the segments A feeds. */
  feedsTo: ReadonlyMap<string, readonly string[]>;
  /** B → the segments that feed B. */
  fedBy: ReadonlyMap<string, readonly string[]>;
  /** Segments related to one (siblings and FEEDS neighbours): where a firm's second line of business lies. */
  related: ReadonlyMap<string, readonly string[]>;
  technologiesOf: ReadonlyMap<string, readonly string[]>;
  /** One entry per chain leader: the segments it operates in. */
  leaderSegments: string[][];
  missing: string[];
  weak: string[];
  /**
   * Key-link segments whose supply is largely foreign → the chance that a firm outside Jinshan making it sits
   * abroad (ASIL-D MCUs, ArF resists, EDA, Protein A come mostly from abroad; 2 % everywhere hid that).
   */
  foreignShare: ReadonlyMap<string, number>;
  /** Leaves whose Jinshan makers must sit in a chemical park (hazardous-chemical production). */
  chemicalParkOnly: ReadonlySet<string>;
  /** Leaves a Jinshan firm may operate in without breaking a gap. */
  openToLocals: string[];
  openToLocalsSet: ReadonlySet<string>;
}

export const LEADERS_PER_INDUSTRY = 3;
/** Share of a key-link segment's non-Jinshan makers that are abroad, by why the link is key. */
export const FOREIGN_SHARE_BY_BOTTLENECK: Record<Bottleneck, number> = {
  import_dependency: 0.5,
  chokepoint_tech: 0.4,
  single_source: 0.3,
  capacity: 0,
  local_absence: 0,
};
// Import dependence (several foreign suppliers) leaves some local makers, thin rather than absent.
const MISSING_BY_BOTTLENECK: Record<Bottleneck, number> = {
  local_absence: 4,
  chokepoint_tech: 3,
  import_dependency: 2,
  single_source: 1,
  capacity: 1,
};
const WEAK_BY_BOTTLENECK: Record<Bottleneck, number> = {
  capacity: 4,
  single_source: 3,
  import_dependency: 3,
  chokepoint_tech: 1,
  local_absence: 1,
};

/**
 * `shared`: segments in a crosswalk group (crosswalk.yaml `sameAs`). They are never planned as gaps: the analytics
 * count a shared segment's firms in every industry that lists it (docs/analytics.md, "the crosswalk"), so a gap
 * planned in one industry would be filled by the locals another industry puts in its equivalent.
 */
export function planIndustry(
  definition: IndustryDefinition,
  seed: number,
  shared: ReadonlySet<string> = new Set(),
): IndustryPlan {
  const id = definition.industry.id;
  const rng = streamRng(seed, `plan:${id}`);
  const leafSet = leafIds(definition);
  const leaves = definition.segments.filter((s) => leafSet.has(s.id));
  const feedsTo = groupPairs(definition.feeds, 0);
  const fedBy = groupPairs(definition.feeds, 1);
  const tierOf = new Map(leaves.map((s) => [s.id, s.tier]));

  // Leaders buy: they sit mid- or downstream where several segments feed in, never in an application sink that
  // is another industry's firm, and first in the segments the industry's profile names (chem's refinery and
  // cracker are upstream). Taken before gaps are chosen so a leader never lands in a segment Jinshan is meant to lack.
  const { first, never } = profileOf(id).leaders;
  const named = first.filter((s) => leafSet.has(s));
  const leaderCandidates = rng
    .shuffle(
      leaves
        .filter((s) => s.tier !== 'upstream' && (fedBy.get(s.id)?.length ?? 0) >= 2)
        .map((s) => s.id)
        .filter((s) => !never.includes(s) && !named.includes(s)),
    )
    .sort((a, b) => (fedBy.get(b)?.length ?? 0) - (fedBy.get(a)?.length ?? 0));
  // The plan says Jinshan lacks these outright (e.g. icv's whole-vehicle making): no leader is planted there.
  const absentLocally = new Set(
    definition.keyLinks.filter((k) => k.bottleneck === 'local_absence').map((k) => k.segment),
  );
  const preferred = leaderCandidates.filter((s) => !absentLocally.has(s));
  const pool = [...named, ...(preferred.length >= LEADERS_PER_INDUSTRY + 1 ? preferred : leaderCandidates)].slice(0, 8);
  if (pool.length < 2) throw new Error(`${id}: too few fed mid/downstream segments to place chain leaders`);
  const leaderSegments: string[][] = [];
  for (let l = 0; l < LEADERS_PER_INDUSTRY; l++) {
    const primary = pool[l % pool.length] as string;
    const second = rng.pick(pool.filter((s) => s !== primary));
    leaderSegments.push([primary, second]);
  }
  const taken = new Set(leaderSegments.flat());

  const chosen = new Set<string>();
  const free = (s: string) => !taken.has(s) && !chosen.has(s) && !shared.has(s);
  const keyLinks = rng.shuffle(definition.keyLinks);
  const pickKeyLinks = (weights: Record<string, number>, count: number): string[] => {
    const out: string[] = [];
    for (let n = 0; n < count; n++) {
      const options = keyLinks.filter((k) => free(k.segment));
      if (options.length === 0) break;
      const link = rng.weighted(options, (k) => (weights[k.bottleneck] ?? 1) * k.criticality);
      chosen.add(link.segment);
      out.push(link.segment);
    }
    return out;
  };
  const pickOthers = (count: number): string[] => {
    const out = rng.sample(leaves.map((s) => s.id).filter(free), count);
    for (const s of out) chosen.add(s);
    return out;
  };
  const missing = [...pickKeyLinks(MISSING_BY_BOTTLENECK, 2), ...pickOthers(rng.int(1, 2))];
  const weak = [...pickKeyLinks(WEAK_BY_BOTTLENECK, 2), ...pickOthers(rng.int(1, 2))];
  if (missing.length < 3 || weak.length < 3) throw new Error(`${id}: too few leaf segments to place gaps`);

  const technologiesOf = new Map<string, string[]>();
  for (const t of definition.technologies)
    for (const s of t.enables) technologiesOf.set(s, [...(technologiesOf.get(s) ?? []), t.id]);

  const openToLocals = leaves.map((s) => s.id).filter((s) => !chosen.has(s));
  return {
    id,
    leaves,
    leafIds: leaves.map((s) => s.id),
    segmentName: new Map(leaves.map((s) => [s.id, s.name])),
    feedsTo,
    fedBy,
    related: relatedSegments(leaves, feedsTo, fedBy, tierOf),
    technologiesOf,
    leaderSegments,
    chemicalParkOnly: chemicalParkSegments(id, leaves),
    foreignShare: new Map(
      definition.keyLinks
        .filter((k) => FOREIGN_SHARE_BY_BOTTLENECK[k.bottleneck] > 0)
        .map((k) => [k.segment, FOREIGN_SHARE_BY_BOTTLENECK[k.bottleneck]]),
    ),
    missing,
    weak,
    openToLocals,
    openToLocalsSet: new Set(openToLocals),
  };
}

function chemicalParkSegments(industryId: string, leaves: readonly Segment[]): Set<string> {
  const rule = profileOf(industryId).chemicalParkOnly;
  if (!rule) return new Set();
  const producer = (s: Segment) => kindOf(s) === 'goods' && s.tier !== 'downstream';
  return new Set(
    leaves.filter((s) => (rule.producers && producer(s)) || rule.segments?.includes(s.id)).map((s) => s.id),
  );
}

function groupPairs(pairs: Array<[string, string]>, keyAt: 0 | 1): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const pair of pairs) {
    const key = pair[keyAt];
    const value = pair[1 - keyAt] as string;
    out.set(key, [...(out.get(key) ?? []), value]);
  }
  return out;
}

function relatedSegments(
  leaves: Segment[],
  feedsTo: Map<string, string[]>,
  fedBy: Map<string, string[]>,
  tierOf: Map<string, string>,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of leaves) {
    const siblings = s.parent ? leaves.filter((o) => o.parent === s.parent && o.id !== s.id).map((o) => o.id) : [];
    const neighbours = [...(feedsTo.get(s.id) ?? []), ...(fedBy.get(s.id) ?? [])].filter(
      (o) => tierOf.get(o) === s.tier,
    );
    out.set(s.id, [...new Set([...siblings, ...neighbours])]);
  }
  return out;
}
