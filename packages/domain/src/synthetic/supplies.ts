import type { CapabilityRow, CompanyRow, SupplyRow } from '../enterprise/rows';
import { companyId, type FirmDraft } from './firm';
import type { Rng } from './prng';
import { SIZE_TRAITS } from './profiles';

/** Share of a supplier's sales that go to a chain leader when one buys what it makes (大手拉小手 in the data). */
const TO_LEADER = 0.6;
/** Leaders buy in bulk: their orders are this many times a typical order. */
const LEADER_ORDER = 2.5;

/**
 * Who can buy what, built up firm by firm. SUPPLIES follow FEEDS (the industry's and the crosswalk's cross-industry
 * ones): a supplier in segment A sells to a buyer that operates in a segment A feeds, and `segmentId` = A. Buyers are always firms generated earlier (or chain
 * leaders, generated first), so a run of N firms is a prefix of any longer run with the same seed.
 */
export class SupplyBook {
  private readonly firmsIn = new Map<string, number[]>();
  /** A → leaders operating in a segment A feeds. */
  private readonly leadersFedBy = new Map<string, number[]>();
  /** Cross-industry FEEDS (crosswalk.yaml), both ways: SCIP by-product hydrogen to the hydrogen firms, and so on. */
  private readonly crossTo = new Map<string, string[]>();
  private readonly crossFrom = new Map<string, string[]>();

  constructor(crossFeeds: ReadonlyArray<readonly [string, string]> = []) {
    for (const [from, to] of crossFeeds) {
      this.crossTo.set(from, [...(this.crossTo.get(from) ?? []), to]);
      this.crossFrom.set(to, [...(this.crossFrom.get(to) ?? []), from]);
    }
  }

  register(draft: FirmDraft): void {
    for (const segment of draft.segments) {
      const list = this.firmsIn.get(segment);
      if (list) list.push(draft.index);
      else this.firmsIn.set(segment, [draft.index]);
      if (!draft.chainLeader) continue;
      for (const input of [...(draft.plan.fedBy.get(segment) ?? []), ...(this.crossFrom.get(segment) ?? [])]) {
        const leaders = this.leadersFedBy.get(input) ?? [];
        if (!leaders.includes(draft.index)) leaders.push(draft.index);
        this.leadersFedBy.set(input, leaders);
      }
    }
  }

  suppliesOf(draft: FirmDraft, company: CompanyRow, capabilities: CapabilityRow[], rng: Rng): SupplyRow[] {
    const traits = SIZE_TRAITS[draft.size];
    const out: SupplyRow[] = [];
    for (const capability of capabilities) {
      const segmentId = capability.segmentId;
      const cross = this.crossTo.get(segmentId);
      const fed = cross ? [...(draft.plan.feedsTo.get(segmentId) ?? []), ...cross] : draft.plan.feedsTo.get(segmentId);
      if (!fed?.length) continue;
      const leaders = (this.leadersFedBy.get(segmentId) ?? []).filter((l) => l !== draft.index);
      const customers = draft.chainLeader ? rng.int(1, 3) : rng.int(...traits.customers);
      const seen = new Set<number>();
      for (let k = 0; k < customers; k++) {
        const toLeader = leaders.length > 0 && (draft.chainLeader || rng.chance(TO_LEADER));
        const buyer = toLeader ? rng.pick(leaders) : this.earlierFirmIn(rng.pick(fed), rng);
        if (buyer === undefined || buyer === draft.index || seen.has(buyer)) continue;
        seen.add(buyer);
        const share = (0.1 + rng.next() * 0.35) / Math.max(1, customers);
        out.push({
          supplierId: company.id,
          buyerId: companyId(buyer),
          segmentId,
          annualValue: Math.max(5, Math.round((capability.capacity ?? 0) * share * (toLeader ? LEADER_ORDER : 1))),
          since: rng.int(Math.max(company.founded ?? 2008, 2008), 2026),
          source: 'synthetic',
          confidence: rng.pick([0.7, 0.8, 0.9, 1]),
        });
      }
    }
    return out;
  }

  private earlierFirmIn(segment: string, rng: Rng): number | undefined {
    const firms = this.firmsIn.get(segment);
    return firms?.length ? firms[Math.floor(rng.next() * firms.length)] : undefined;
  }
}
