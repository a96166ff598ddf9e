import { complexityFromQuery } from '@pothos/plugin-complexity';
import { type GraphQLOutputType, type GraphQLSchema, getNullableType, isListType } from 'graphql';
import { apiError } from '../errors';

/**
 * What a query costs before it runs (`@pothos/plugin-complexity`, checked before the first root field resolves):
 * every field 1, a list multiplies what is selected under it by the rows it can return — the `first`/`limit`
 * argument as sent (variables and defaults applied), else a flat 10 — and the fields that run whole-graph Cypher
 * carry their own price. graphql-armor (plugins.ts) keeps the syntax limits (depth, aliases, tokens, directives);
 * this is the only cost limit, priced per field.
 */
export const COMPLEXITY_LIMIT = 10_000;

/** The fields that run an analytic over a whole industry (or a firm's neighbourhood), and what one costs. */
export const ANALYTICS_PRICES: Readonly<Record<string, number>> = {
  chainMap: 200,
  gaps: 200,
  localSupportRate: 200,
  resilience: 300,
  whatIf: 600,
  investmentTargets: 150,
  supplierMatches: 150,
  buyerMatches: 150,
  demandMatches: 150,
  dataQuality: 100,
  // Reads the whole site inventory (hundreds of rows) and checks each against the segment's needs.
  sitesFor: 60,
  sites: 30,
  // Reads every registered firm's facts and solves the event's b-matching (docs/events.md).
  proposeSchedule: 200,
  addMeeting: 50,
  // A live chainDiff reads the industry like gaps and the KPIs together; createSnapshot does that at each radius.
  chainDiff: 400,
  createSnapshot: 1500,
  // Weak and missing segments (the gap analytic, shared with `gaps` in the cache) and their platforms.
  platformCoverage: 200,
  // Every interest on the industry's demands with its outcome and the supplier's ring: a scan of its demands.
  matchmakingKpis: 100,
};

/** blastRadius walks k hops of SUPPLIES: each hop multiplies the frontier, so the price grows with k. */
export const BLAST_RADIUS_PRICE_PER_HOP = 150;

/**
 * The chain map's firm overlay (`segmentFirms(top)`): one pass over the industry's local edges, then segments × top
 * firms sent. Priced per firm it can send, for a large industry's leaves, so a bigger `top` costs more.
 */
export const SEGMENT_FIRMS_PRICED_SEGMENTS = 100;
export const SEGMENT_FIRMS_PER_POINT = 10;
export const segmentFirmsPrice = (top: number) =>
  Math.max(1, Math.ceil((SEGMENT_FIRMS_PRICED_SEGMENTS * top) / SEGMENT_FIRMS_PER_POINT));

/** Lists paged by `first` (connections) or `limit` (rankings), with the default page the resolver applies. */
const PAGED: Readonly<Record<string, number>> = {
  demands: 20,
  // Events have no page argument: the 20 priced here is a typical list (the query returns at most 500).
  events: 20,
  searchCompanies: 20,
  segmentCompanies: 20,
  reviewQueue: 20,
  suppliers: 20,
  investmentTargets: 20,
  supplierMatches: 20,
  buyerMatches: 20,
  demandMatches: 20,
};

/** A connection's `nodes`/`edges`: the page size is already counted on the field that returns the connection. */
const PAGE_CONTENTS = new Set(['nodes', 'edges']);

const DEFAULT_LIST_ROWS = 10;

export function fieldComplexity(
  args: Record<string, unknown>,
  _context: unknown,
  field: { name: string; type: GraphQLOutputType },
): { field: number; multiplier: number } {
  const name = field.name;
  const rows = (fallback: number) => {
    const asked = args.first ?? args.limit;
    // Out-of-range sizes are refused by the resolver; priced at their face value they cannot slip under the limit.
    return typeof asked === 'number' && Number.isFinite(asked) && asked > 0 ? asked : fallback;
  };
  const analytics = ANALYTICS_PRICES[name] ?? 0;
  if (name === 'blastRadius') {
    const hops = typeof args.hops === 'number' && args.hops > 0 ? args.hops : 2;
    return { field: BLAST_RADIUS_PRICE_PER_HOP * hops, multiplier: 1 };
  }
  if (name === 'segmentFirms') {
    const top = typeof args.top === 'number' && args.top > 0 ? args.top : 12;
    return { field: segmentFirmsPrice(top), multiplier: 1 };
  }
  if (PAGED[name] !== undefined) return { field: Math.max(analytics, 5), multiplier: rows(PAGED[name]) };
  if (analytics > 0) return { field: analytics, multiplier: 1 };
  if (PAGE_CONTENTS.has(name)) return { field: 0, multiplier: 1 };
  return { field: 1, multiplier: isListType(getNullableType(field.type)) ? DEFAULT_LIST_ROWS : 1 };
}

/** Over the limit: a coded error naming the cost, before any resolver ran. */
export function complexityError(
  kind: string,
  result: { complexity: number; depth: number; breadth: number; maxComplexity?: number },
) {
  return apiError(
    'BAD_USER_INPUT',
    kind === 'Complexity'
      ? `query too expensive: cost ${result.complexity} over the limit of ${result.maxComplexity}; ask for fewer fields or smaller pages`
      : `query over the ${kind.toLowerCase()} limit`,
  );
}

/** What a query would cost against `schema` (tests and docs; the server checks it before execution itself). */
export function queryCost(schema: GraphQLSchema, query: string, variables: Record<string, unknown> = {}): number {
  return complexityFromQuery(query, { schema, variables }).complexity;
}
