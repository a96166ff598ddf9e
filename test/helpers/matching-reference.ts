import {
  type BuyerFactor,
  buyerMatchValues,
  explain,
  isLocalAt,
  LEADER_LOCAL_SUPPLIER_THRESHOLD,
  type MatchFactor,
  passesHardFilters,
  type Scored,
  supplierMatchValues,
  type Weights,
} from '@atlas/domain';
import { type FixtureDemand, type FixtureGraph, indexFixture } from './matching-graph';

/**
 * Independent in-memory computation of docs/design.md §4.6–4.7 over a fixture's plain data: every traversal (hierarchy,
 * filters, relationships, leader openings) is plain TypeScript here; only the per-factor formulas, unit-tested by
 * hand in domain, are shared with the Cypher side.
 */
export interface ExpectedMatch extends Scored {
  companyId: string;
  demandId: string | null;
  segmentId: string | null;
}

const minOf = (xs: number[]) => (xs.length ? Math.min(...xs) : null);
const sumOrNull = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) : null);

export function matchingReference(graph: FixtureGraph) {
  const { depthUnder, companies, location } = indexFixture(graph);
  const company = (id: string) => {
    const found = companies.get(id);
    if (!found) throw new Error(`fixture has no company ${id}`);
    return found;
  };
  const supplies = (supplierId: string, buyerId: string, segment?: (s: string) => boolean) =>
    graph.supplies.some(
      (s) => s.supplierId === supplierId && s.buyerId === buyerId && (!segment || segment(s.segmentId)),
    );
  /** The firm's depth under the needed segment and its capacity there (null when it states none). */
  const placement = (companyId: string, need: string) => {
    const under = company(companyId).operates.filter((o) => depthUnder(o.segmentId, need) !== null);
    return {
      depth: minOf(under.map((o) => depthUnder(o.segmentId, need) ?? 0)),
      capacity: sumOrNull(under.flatMap((o) => (o.capacity === undefined ? [] : [o.capacity]))),
    };
  };
  /** Its interests contracted now (CONTRACTED or DELIVERED) and delivered, over every demand. */
  const outcomesOf = (companyId: string) => {
    const mine = (graph.outcomes ?? []).filter((o) => o.companyId === companyId);
    return {
      contracted: mine.filter((o) => o.step === 'CONTRACTED' || o.step === 'DELIVERED').length,
      delivered: mine.filter((o) => o.step === 'DELIVERED').length,
    };
  };
  const passes = (companyId: string, demand: FixtureDemand) =>
    passesHardFilters({
      depth: placement(companyId, demand.segmentId).depth,
      certifications: company(companyId).certs ?? [],
      requiredCerts: demand.requiredCerts ?? [],
      isPoster: companyId === demand.posterId,
      location: location(company(companyId)),
      radius: demand.radius,
    });

  function supplierMatches(demand: FixtureDemand, weights: Weights<MatchFactor>): ExpectedMatch[] {
    return graph.companies
      .filter((c) => passes(c.id, demand))
      .map((c) => {
        const { depth, capacity } = placement(c.id, demand.segmentId);
        const values = supplierMatchValues(
          {
            depth: depth ?? 0,
            location: location(c),
            size: c.size,
            creditScore: c.creditScore ?? null,
            capacity,
            suppliesPosterNeededSegment: supplies(
              c.id,
              demand.posterId,
              (s) => depthUnder(s, demand.segmentId) !== null,
            ),
            suppliesPoster: supplies(c.id, demand.posterId),
            ...outcomesOf(c.id),
          },
          demand.quantity ?? null,
        );
        return { companyId: c.id, demandId: null, segmentId: null, ...explain(values, weights) };
      })
      .sort(byScoreCompanyDemand);
  }

  function buyerMatches(companyId: string, weights: Weights<BuyerFactor>): ExpectedMatch[] {
    const me = company(companyId);
    const buyerOf = (id: string) => {
      const b = company(id);
      return {
        location: location(b),
        size: b.size,
        chainLeader: b.chainLeader ?? false,
        creditScore: b.creditScore ?? null,
      };
    };
    const fromDemands = graph.demands
      .filter((d) => (d.status ?? 'OPEN') === 'OPEN' && passes(companyId, d))
      .map((d) => {
        const { depth, capacity } = placement(companyId, d.segmentId);
        const values = buyerMatchValues({
          depth: depth ?? 0,
          buyer: buyerOf(d.posterId),
          capacity,
          quantity: d.quantity ?? null,
          suppliesBuyerNeededSegment: supplies(companyId, d.posterId, (s) => depthUnder(s, d.segmentId) !== null),
          suppliesBuyer: supplies(companyId, d.posterId),
        });
        return { companyId: d.posterId, demandId: d.id, segmentId: d.segmentId, ...explain(values, weights) };
      });
    const mine = [...new Set(me.operates.map((o) => o.segmentId))];
    const fromLeaders = graph.companies
      .filter((l) => l.chainLeader && l.id !== companyId)
      .flatMap((leader) => {
        const theirs = new Set(leader.operates.map((o) => o.segmentId));
        const openings = mine.filter((a) => {
          const feedsLeader = graph.feeds.some(([from, to]) => from === a && theirs.has(to));
          const localSuppliers = new Set(
            graph.supplies
              .filter((s) => s.buyerId === leader.id && s.segmentId === a)
              .filter((s) => isLocalAt(location(company(s.supplierId)), 'JINSHAN'))
              .map((s) => s.supplierId),
          );
          return feedsLeader && localSuppliers.size < LEADER_LOCAL_SUPPLIER_THRESHOLD;
        });
        if (!openings.length) return [];
        const already = openings.filter((a) => supplies(companyId, leader.id, (s) => s === a)).sort();
        const segmentId = already[0] ?? [...openings].sort()[0] ?? '';
        const values = buyerMatchValues({
          depth: 0,
          buyer: buyerOf(leader.id),
          capacity: null,
          quantity: null,
          suppliesBuyerNeededSegment: already.length > 0,
          suppliesBuyer: supplies(companyId, leader.id),
        });
        return [{ companyId: leader.id, demandId: null, segmentId, ...explain(values, weights) }];
      });
    return [...fromDemands, ...fromLeaders].sort(byScoreCompanyDemand);
  }

  return { supplierMatches, buyerMatches, passes, placement };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function byScoreCompanyDemand(a: ExpectedMatch, b: ExpectedMatch): number {
  if (b.score !== a.score) return b.score - a.score;
  return (
    compare(a.companyId, b.companyId) ||
    (a.demandId === b.demandId
      ? 0
      : a.demandId === null
        ? 1
        : b.demandId === null
          ? -1
          : compare(a.demandId, b.demandId))
  );
}
