import type { ChainFixture, FixtureCompany } from './chain-fixture';

/**
 * An independent, in-memory reading of docs/design.md §4 over a ChainFixture, in plain TypeScript: no Cypher and no
 * `@atlas/domain` code, so a test comparing the two catches either drifting from the definition. Ids are the
 * fixture's keys ('a', 'J1', …), not the scoped ids. With crosswalk groups (`fx.sameAs`, docs/analytics.md "the
 * crosswalk"), a firm operates in a leaf when it operates in the leaf or any segment of its group.
 */
export type Radius = 'JINSHAN' | 'SHANGHAI' | 'YRD' | 'CHINA' | 'WORLD';
export type Status = 'MISSING' | 'WEAK' | 'STRONG';

export interface RefScenario {
  attract?: string[];
  remove?: string[];
}

export class ChainReference {
  private readonly companies: Map<string, FixtureCompany>;
  private readonly parents: Set<string>;
  private readonly groups: Map<string, { id: string; segments: string[] }>;

  constructor(private readonly fx: ChainFixture) {
    this.companies = new Map(fx.companies.map((c) => [c.key, c]));
    this.parents = new Set(fx.segments.flatMap((s) => (s.parent ? [s.parent] : [])));
    this.groups = new Map((fx.sameAs ?? []).flatMap((g) => g.segments.map((k) => [k, g] as const)));
  }

  /** The leaves of the fixture's (first) industry; segments of a second industry only matter through the crosswalk. */
  leaves(): string[] {
    return this.fx.segments.filter((s) => !this.parents.has(s.key) && !s.industry).map((s) => s.key);
  }

  /** The segments that are the same product as this one, itself included. */
  equivalents(segment: string): string[] {
    return this.groups.get(segment)?.segments ?? [segment];
  }

  /** Which input a supply edge buys: its segment's group, or the segment itself. */
  inputOf(segment: string): string {
    return this.groups.get(segment)?.id ?? segment;
  }

  isLocal(key: string, radius: Radius, scenario: RefScenario = {}): boolean {
    const c = this.companies.get(key);
    if (!c || scenario.remove?.includes(key)) return false;
    if (scenario.attract?.includes(key)) return true;
    if (radius === 'JINSHAN') return c.province === '上海市' && c.district === '金山区';
    if (radius === 'SHANGHAI') return c.province === '上海市';
    if (radius === 'YRD') return ['上海市', '江苏省', '浙江省', '安徽省'].includes(c.province);
    if (radius === 'CHINA') return c.country === '中国';
    return true;
  }

  firmsIn(segment: string, scenario: RefScenario = {}): string[] {
    const same = this.equivalents(segment);
    return this.fx.companies
      .filter((c) => c.segments.some((s) => same.includes(s)) && !scenario.remove?.includes(c.key))
      .map((c) => c.key);
  }

  localCount(segment: string, radius: Radius, scenario: RefScenario = {}): number {
    return this.firmsIn(segment, scenario).filter((k) => this.isLocal(k, radius, scenario)).length;
  }

  status(segment: string, radius: Radius, scenario: RefScenario = {}, threshold = 3): Status {
    const n = this.localCount(segment, radius, scenario);
    return n === 0 ? 'MISSING' : n < threshold ? 'WEAK' : 'STRONG';
  }

  /** Parents: weakest child status; localCount = distinct local firms over the children. */
  parentView(parent: string, radius: Radius): { status: Status; localCount: number } {
    const children = this.fx.segments.filter((s) => s.parent === parent).map((s) => s.key);
    const order: Status[] = ['MISSING', 'WEAK', 'STRONG'];
    const statuses = children.map((c) => order.indexOf(this.status(c, radius)));
    const firms = new Set(children.flatMap((c) => this.firmsIn(c).filter((k) => this.isLocal(k, radius))));
    return { status: order[Math.min(...statuses)] as Status, localCount: firms.size };
  }

  coverage(radius: Radius, scenario: RefScenario = {}): number {
    const leaves = this.leaves();
    return leaves.filter((s) => this.status(s, radius, scenario) !== 'MISSING').length / leaves.length;
  }

  keyLinkCoverage(radius: Radius, scenario: RefScenario = {}): number {
    let covered = 0;
    let total = 0;
    for (const k of this.fx.keyLinks) {
      total += k.criticality;
      if (this.status(k.segment, radius, scenario) !== 'MISSING') covered += k.criticality;
    }
    return covered / total;
  }

  leaders(scenario: RefScenario = {}): string[] {
    const leaves = new Set(this.leaves());
    return this.fx.companies
      .filter((c) => c.chainLeader && !scenario.remove?.includes(c.key) && c.segments.some((s) => leaves.has(s)))
      .map((c) => c.key)
      .sort();
  }

  /**
   * SUPPLIES into the industry's leaders whose segment is one of its own leaves, neither end removed: §4.3's edge
   * set without a crosswalk, and resilience's (§4.8, which does not read the crosswalk; `supportFlows` does).
   */
  leaderEdges(scenario: RefScenario = {}) {
    const leaders = new Set(this.leaders(scenario));
    const leaves = new Set(this.leaves());
    return this.fx.supplies.filter(
      (e) => leaders.has(e.to) && leaves.has(e.segment) && !scenario.remove?.includes(e.from),
    );
  }

  /**
   * The §4.3 flows with the crosswalk: SUPPLIES into the leaders whose segment is a leaf or an equivalent of one;
   * one supplier's edges into one leader for one input (a group, or a lone segment) are one flow, worth the largest
   * of its segments' sums.
   */
  supportFlows(scenario: RefScenario = {}): Array<{ from: string; to: string; value: number }> {
    const leaders = new Set(this.leaders(scenario));
    const inputs = new Set(this.leaves().flatMap((s) => this.equivalents(s)));
    const bySegment = new Map<string, { from: string; to: string; input: string; value: number }>();
    for (const e of this.fx.supplies) {
      if (!leaders.has(e.to) || !inputs.has(e.segment) || scenario.remove?.includes(e.from)) continue;
      const k = `${e.from}|${e.to}|${e.segment}`;
      const row = bySegment.get(k) ?? { from: e.from, to: e.to, input: this.inputOf(e.segment), value: 0 };
      row.value += e.value;
      bySegment.set(k, row);
    }
    const flows = new Map<string, { from: string; to: string; value: number }>();
    for (const row of bySegment.values()) {
      const k = `${row.from}|${row.to}|${row.input}`;
      const flow = flows.get(k);
      if (!flow || flow.value < row.value) flows.set(k, { from: row.from, to: row.to, value: row.value });
    }
    return [...flows.values()];
  }

  supportRate(radius: Radius, scenario: RefScenario = {}) {
    const share = (edges: Array<{ from: string; value: number }>) => {
      const total = edges.reduce((s, e) => s + e.value, 0);
      const local = edges.filter((e) => this.isLocal(e.from, radius, scenario)).reduce((s, e) => s + e.value, 0);
      return total > 0 ? local / total : null;
    };
    const edges = this.supportFlows(scenario);
    const perLeader = new Map(this.leaders(scenario).map((l) => [l, share(edges.filter((e) => e.to === l))]));
    return { byValue: share(edges), perLeader };
  }

  /** (leader, segment) → distinct suppliers, over the §4.3 edge set without a scenario. */
  purchases(): Map<string, Set<string>> {
    const pairs = new Map<string, Set<string>>();
    for (const e of this.leaderEdges()) {
      const key = `${e.to}|${e.segment}`;
      pairs.set(key, (pairs.get(key) ?? new Set()).add(e.from));
    }
    return pairs;
  }

  singleSourceCount(removed: string[] = []): number {
    let count = 0;
    for (const [key, suppliers] of this.purchases()) {
      const [leader] = key.split('|');
      if (removed.includes(leader as string)) continue;
      if ([...suppliers].filter((s) => !removed.includes(s)).length <= 1) count++;
    }
    return count;
  }

  hhi(segment: string): number | null {
    const bySupplier = new Map<string, number>();
    for (const e of this.leaderEdges()) {
      if (e.segment === segment) bySupplier.set(e.from, (bySupplier.get(e.from) ?? 0) + e.value);
    }
    const total = [...bySupplier.values()].reduce((s, v) => s + v, 0);
    if (total === 0) return null;
    return [...bySupplier.values()].reduce((s, v) => s + (v / total) ** 2, 0);
  }

  /** Breadth-first search over SUPPLIES: fewest hops to each company, and the value of edges on paths ≤ k. */
  blastRadius(start: string, k: number) {
    const distance = new Map<string, number>([[start, 0]]);
    let frontier = [start];
    for (let hop = 1; hop <= k; hop++) {
      const next: string[] = [];
      for (const u of frontier)
        for (const e of this.fx.supplies)
          if (e.from === u && !distance.has(e.to)) {
            distance.set(e.to, hop);
            next.push(e.to);
          }
      frontier = next;
    }
    const sources = [...distance.entries()].filter(([, d]) => d < k).map(([c]) => c);
    const value = this.fx.supplies.filter((e) => sources.includes(e.from)).reduce((s, e) => s + e.value, 0);
    distance.delete(start);
    return { reached: distance, value };
  }

  /** Gap priority of every MISSING/WEAK leaf with the given weights (§4.4 as docs/analytics.md defines it). */
  gaps(radius: Radius, weights: Record<'criticality' | 'localPull' | 'relatedness' | 'specialisation', number>) {
    const leaves = this.leaves();
    const local = (s: string) => this.firmsIn(s).filter((k) => this.isLocal(k, radius));
    const industryLocal = new Set(leaves.flatMap(local)).size;
    const localPairs = leaves.reduce((n, s) => n + local(s).length, 0);
    const allPairs = leaves.reduce((n, s) => n + this.firmsIn(s).length, 0);
    const out = [];
    for (const s of leaves) {
      const status = this.status(s, radius);
      if (status === 'STRONG') continue;
      const key = this.fx.keyLinks.find((k) => k.segment === s);
      const downstream = this.fx.feeds.filter(([a]) => a === s).map(([, b]) => b);
      const pull = new Set(downstream.flatMap(local)).size;
      const neighbours = [...new Set(this.fx.feeds.flatMap(([a, b]) => (a === s ? [b] : b === s ? [a] : [])))];
      const lqLocal = local(s).length / localPairs;
      const lqAll = this.firmsIn(s).length / allPairs;
      const lq = lqLocal === 0 || lqAll === 0 ? 0 : lqLocal / lqAll;
      const values = {
        criticality: key ? key.criticality / 5 : 0.2,
        localPull: industryLocal ? Math.log(1 + pull) / Math.log(1 + industryLocal) : 0,
        relatedness: neighbours.length
          ? neighbours.filter((n) => this.status(n, radius) === 'STRONG').length / neighbours.length
          : 0,
        specialisation: 1 - Math.min(1, lq),
      };
      const priority = (Object.keys(weights) as Array<keyof typeof weights>).reduce(
        (sum, f) => sum + values[f] * weights[f],
        0,
      );
      out.push({ segment: s, status, priority, values });
    }
    return out.sort((x, y) => y.priority - x.priority || (x.segment < y.segment ? -1 : 1));
  }
}
