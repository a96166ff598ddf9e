import type { Crosswalk } from '../chain/crosswalk';
import type { IndustryDefinition } from '../chain/schema';
import type { DemandRow } from '../enterprise/demand';
import type {
  CapabilityRow,
  CertificationRow,
  CompanyRow,
  CompanySize,
  HoldsRow,
  ParkRow,
  SupplyRow,
} from '../enterprise/rows';
import { leaderDemands, leaderKindDemands } from './demands';
import { buildFirm, type FirmDraft, pickSize } from './firm';
import { chemicalParkLocation, type FirmLocation, jinshanLocation, locate, pickBand } from './location';
import { CHEMICAL_PARK_IDS, JINSHAN_PARKS, OTHER_SHANGHAI_PARKS } from './parks';
import { type IndustryPlan, planIndustry } from './plan';
import { type Rng, sampler, streamRng } from './prng';
import { profileOf, SIZE_TRAITS } from './profiles';
import { SupplyBook } from './supplies';

export const DEFAULT_SEED = 7;
export const DEMO_SIZE = 3000;
const CHEMICAL_PARK_NAMES = new Set(JINSHAN_PARKS.filter((p) => CHEMICAL_PARK_IDS.has(p.id)).map((p) => p.name));
/** Jinshan firms go first to segments with fewer than this many local firms: the demo's STRONG threshold. */
const STRONG_FLOOR = 3;

export interface GenerateOptions {
  industries: readonly IndustryDefinition[];
  /** Number of companies, chain leaders and gap anchors included. */
  size: number;
  seed?: number;
  /** Companies per yielded batch (their edges travel with them). */
  batchSize?: number;
  /** Cross-industry FEEDS (`crosswalk.yaml` `feeds`, via readCrosswalk): lets firms supply across industries. */
  crossFeeds?: ReadonlyArray<readonly [string, string]>;
  /** Segments in a crosswalk group (`crosswalk.yaml` `sameAs`): never planned as gaps (planIndustry). */
  sharedSegments?: ReadonlySet<string>;
}

/** The generator's options from `crosswalk.yaml`: its cross-industry feeds, and its shared segments (never gaps). */
export function crosswalkOptions(crosswalk: Crosswalk): Pick<GenerateOptions, 'crossFeeds' | 'sharedSegments'> {
  return { crossFeeds: crosswalk.feeds, sharedSegments: new Set(crosswalk.sameAs.flatMap((g) => g.segments)) };
}

/** Rows ready for the loaders; every company and edge is `synthetic`. */
export interface EnterpriseBatch {
  parks: ParkRow[];
  companies: CompanyRow[];
  capabilities: CapabilityRow[];
  certifications: CertificationRow[];
  holdings: HoldsRow[];
  supplies: SupplyRow[];
  demands: DemandRow[];
}

export interface SyntheticPlan {
  plans: IndustryPlan[];
  /** Firms placed on purpose, before the random ones: chain leaders, then the few locals of each WEAK segment. */
  anchors: FirmDraft[];
}

/** Everything decided by the seed alone; `size` only says how many random firms follow the anchors. */
export function planSynthetic(
  industries: readonly IndustryDefinition[],
  seed = DEFAULT_SEED,
  sharedSegments: ReadonlySet<string> = new Set(),
): SyntheticPlan {
  const plans = [...industries]
    .sort((a, b) => a.industry.id.localeCompare(b.industry.id))
    .map((definition) => planIndustry(definition, seed, sharedSegments));
  const anchors: FirmDraft[] = [];
  for (const plan of plans) {
    for (const segments of plan.leaderSegments) {
      const rng = streamRng(seed, `leader:${anchors.length}`);
      anchors.push({
        index: anchors.length,
        plan,
        size: 'large',
        chainLeader: true,
        location: lawfulLocation(rng, plan, segments, jinshanLocation(rng, plan.id, 1)),
        segments,
      });
    }
  }
  for (const plan of plans) {
    const rng = streamRng(seed, `anchors:${plan.id}`);
    for (const segment of plan.weak) {
      for (let n = rng.int(1, 2); n > 0; n--) {
        const size: CompanySize = rng.chance(0.3) ? 'medium' : 'small';
        anchors.push({
          index: anchors.length,
          plan,
          size,
          chainLeader: false,
          location: lawfulLocation(rng, plan, [segment], jinshanLocation(rng, plan.id)),
          segments: [segment],
        });
      }
    }
  }
  return { plans, anchors };
}

/**
 * Streams the synthetic enterprise set in batches, so a million firms never sit in memory at once; the only
 * state kept between batches is per segment (who operates there), a few bytes per firm.
 */
export function* generateEnterpriseBatches(options: GenerateOptions): Generator<EnterpriseBatch> {
  const { size, seed = DEFAULT_SEED, batchSize = 5000 } = options;
  const { plans, anchors } = planSynthetic(options.industries, seed, options.sharedSegments);
  if (!Number.isInteger(size) || size < anchors.length)
    throw new RangeError(`size must be an integer of at least ${anchors.length} (chain leaders and gap anchors)`);
  const pickPlan = sampler(plans, (p) => profileOf(p.id).weight);
  const book = new SupplyBook(options.crossFeeds);
  const localFirms = new Map<string, number>();
  let batch = emptyBatch();
  batch.parks = [...JINSHAN_PARKS, ...OTHER_SHANGHAI_PARKS].map(({ id, name, district, lat, lon }) => ({
    id,
    name,
    district,
    lat,
    lon,
  }));

  for (let index = 0; index < size; index++) {
    const rng = streamRng(seed, index);
    const draft = anchors[index] ?? randomFirm(index, rng, pickPlan, localFirms);
    if (draft.location.district === '金山区')
      for (const s of draft.segments) localFirms.set(s, (localFirms.get(s) ?? 0) + 1);
    const rows = buildFirm(draft, rng);
    batch.companies.push(rows.company);
    push(batch.capabilities, rows.capabilities);
    push(batch.certifications, rows.certifications);
    push(batch.holdings, rows.holdings);
    push(batch.supplies, book.suppliesOf(draft, rows.company, rows.capabilities, rng));
    book.register(draft);
    if (batch.companies.length >= batchSize && index < size - 1) {
      yield batch;
      batch = emptyBatch();
    }
  }
  const leaders = anchors.filter((a) => a.chainLeader);
  batch.demands = [...leaderDemands(leaders, seed), ...leaderKindDemands(leaders, seed)];
  yield batch;
}

/** The whole set in memory: fine for the demo and tests; use the batches beyond ~100k firms. */
export function generateEnterprises(options: GenerateOptions): EnterpriseBatch {
  const all = emptyBatch();
  for (const batch of generateEnterpriseBatches(options))
    for (const key of Object.keys(all) as Array<keyof EnterpriseBatch>) push(all[key] as unknown[], batch[key]);
  return all;
}

function randomFirm(
  index: number,
  rng: Rng,
  pickPlan: (rng: Rng) => IndustryPlan,
  localFirms: Map<string, number>,
): FirmDraft {
  const plan = pickPlan(rng);
  const location = locate(rng, plan.id, pickBand(rng));
  const size = pickSize(rng);
  const local = location.district === '金山区';
  const allowed = local ? plan.openToLocals : plan.leafIds;
  const wanted = rng.int(...SIZE_TRAITS[size].segments);

  // Locals fill the thinnest open segment first, so everything outside the planned gaps ends up STRONG.
  let primary = rng.pick(allowed);
  if (local) {
    const offset = rng.int(0, allowed.length - 1);
    for (let k = 0; k < allowed.length; k++) {
      const s = allowed[(offset + k) % allowed.length] as string;
      if ((localFirms.get(s) ?? 0) < (localFirms.get(primary) ?? 0)) primary = s;
    }
    if ((localFirms.get(primary) ?? 0) >= STRONG_FLOOR) primary = rng.pick(allowed);
  }
  const segments = [primary];
  const related = plan.related.get(primary) ?? [];
  for (let tries = 0; segments.length < wanted && tries < 8; tries++) {
    const next = related.length && rng.chance(0.7) ? rng.pick(related) : rng.pick(allowed);
    if (!segments.includes(next) && (!local || plan.openToLocalsSet.has(next))) segments.push(next);
  }
  // Choke-point inputs come largely from abroad: a maker outside Jinshan sits abroad with the key link's share.
  const foreign = local ? 0 : (plan.foreignShare.get(primary) ?? 0);
  const placed = foreign > 0 && !location.foreign && rng.chance(foreign) ? locate(rng, plan.id, 'world') : location;
  return { index, plan, size, chainLeader: false, location: lawfulLocation(rng, plan, segments, placed), segments };
}

/** A Jinshan firm that makes hazardous chemicals moves into a chemical park; every other location stands. */
function lawfulLocation(rng: Rng, plan: IndustryPlan, segments: readonly string[], location: FirmLocation) {
  if (location.district !== '金山区' || !segments.some((s) => plan.chemicalParkOnly.has(s))) return location;
  return location.park && CHEMICAL_PARK_NAMES.has(location.park) ? location : chemicalParkLocation(rng);
}

function emptyBatch(): EnterpriseBatch {
  return { parks: [], companies: [], capabilities: [], certifications: [], holdings: [], supplies: [], demands: [] };
}

/** push(...items) overflows the stack on very large arrays; a loop does not. */
function push<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
