import { DEFAULT_BUYER_WEIGHTS, DEFAULT_MATCH_WEIGHTS, DEFAULT_TARGET_WEIGHTS } from '@atlas/domain';
import {
  buyerMatches,
  chainMap,
  type GraphExecutor,
  gaps,
  investmentTargets,
  resilience,
  supplierMatches,
  supportRate,
  whatIf,
} from '@atlas/graph';
import type { Fixtures } from './fixtures';

export const QUERY_NAMES = [
  'chainMap',
  'gaps',
  'localSupportRate',
  'investmentTargets',
  'supplierMatches',
  'buyerMatches',
  'resilience',
  'whatIf',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** One call of a query both ways: the graph function through the driver, and the GraphQL operation over HTTP. */
export interface Variant {
  label: string;
  raw: () => Promise<unknown>;
  variables: Record<string, unknown>;
}

export interface BenchCase {
  name: QueryName;
  document: string;
  variants: Variant[];
}

const FACTORS = 'factors { factor value weight contribution }';
const COMPANY = 'company { id name size province district chainLeader creditScore }';
const RATE = `coverage keyLinkCoverage byValue perLeader { company { id name } rate localValue totalValue }`;

/**
 * The documents select what the graph function returns (no extra fields that would cost loader round trips),
 * so GraphQL ÷ raw measures the API itself: HTTP, parsing, validation, guards, resolvers and serialisation.
 */
export const DOCUMENTS: Record<QueryName, string> = {
  chainMap: `query ChainMap($industryId: ID!) { chainMap(industryId: $industryId) {
    industry { id name } flows { from to }
    segments { id name nameEn tier status localCount parentId leaf keyLink { id criticality bottleneck } } } }`,
  gaps: `query Gaps($industryId: ID!) { gaps(industryId: $industryId) {
    segment { id name status localCount } status priority ${FACTORS} } }`,
  localSupportRate: `query SupportRate($industryId: ID!) { localSupportRate(industryId: $industryId) { ${RATE} } }`,
  investmentTargets: `query Targets($segmentId: ID!) { investmentTargets(segmentId: $segmentId, limit: 20) {
    ${COMPANY} score ${FACTORS} } }`,
  supplierMatches: `query Suppliers($demandId: ID!) { supplierMatches(demandId: $demandId, limit: 20) {
    ${COMPANY} score ${FACTORS} } }`,
  buyerMatches: `query Buyers($companyId: ID!) { buyerMatches(companyId: $companyId, limit: 20) {
    ${COMPANY} score demandId segmentId ${FACTORS} } }`,
  resilience: `query Resilience($industryId: ID!) { resilience(industryId: $industryId) {
    singleSourceCount externalDependence singleSources { value supplierLocal }
    hhiBySegment { hhi suppliers totalValue } } }`,
  whatIf: `query WhatIf($industryId: ID!, $attract: [ID!], $remove: [ID!]) {
    whatIf(industryId: $industryId, attract: $attract, remove: $remove) {
      before { ${RATE} } after { ${RATE} }
      changes { segmentId before after beforeCount afterCount }
      closedGaps openedGaps singleSourceBefore singleSourceAfter singleSourceDelta } }`,
};

/** The eight analytics of docs/design.md §4 with arguments from the data, rotated per iteration. */
export function benchCases(executor: GraphExecutor, fixtures: Fixtures): BenchCase[] {
  const { industries, demandIds, smallFirmIds } = fixtures;
  const perIndustry = (run: (id: string) => Promise<unknown>): Variant[] =>
    industries.map(({ id }) => ({ label: id, raw: () => run(id), variables: { industryId: id } }));
  const variants: Record<QueryName, Variant[]> = {
    chainMap: perIndustry((id) => chainMap(executor, id, 'JINSHAN')),
    gaps: perIndustry((id) => gaps(executor, id, 'JINSHAN')),
    localSupportRate: perIndustry((id) => supportRate(executor, id, 'JINSHAN')),
    resilience: perIndustry((id) => resilience(executor, id, 'JINSHAN')),
    investmentTargets: industries.map(({ missingSegmentId: segmentId }) => ({
      label: segmentId,
      raw: () =>
        investmentTargets(executor, { segmentId, radius: 'JINSHAN', limit: 20, weights: DEFAULT_TARGET_WEIGHTS }),
      variables: { segmentId },
    })),
    supplierMatches: demandIds.map((demandId) => ({
      label: demandId,
      raw: () => supplierMatches(executor, { demandId, limit: 20, weights: DEFAULT_MATCH_WEIGHTS }),
      variables: { demandId },
    })),
    buyerMatches: smallFirmIds.map((companyId) => ({
      label: companyId,
      raw: () => buyerMatches(executor, { companyId, limit: 20, weights: DEFAULT_BUYER_WEIGHTS }),
      variables: { companyId },
    })),
    whatIf: industries.map(({ id, attract, remove }) => ({
      label: id,
      raw: () => whatIf(executor, id, 'JINSHAN', { attract, remove }),
      variables: { industryId: id, attract, remove },
    })),
  };
  return QUERY_NAMES.map((name) => ({ name, document: DOCUMENTS[name], variants: variants[name] }));
}
