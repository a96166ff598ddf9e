import { readdirSync } from 'node:fs';
import {
  type DocumentNode,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  typeFromAST,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsCache } from '../../packages/api/src/analytics-cache';
import { COMPLEXITY_LIMIT, queryCost } from '../../packages/api/src/cost/prices';
import { documentProblem, MAX_ANALYTICS_PER_OPERATION } from '../../packages/api/src/hardening/document-guards';
import { schema } from '../../packages/api/src/schema/index';
import { createAtlasYoga } from '../../packages/api/src/yoga';
import { testExecutor } from '../helpers/graph';
import { outcome, type RunningApi, startApi } from './lib/api';
import { createWorld, newWorld, removeWorld } from './lib/fixtures';

/** Cost that bounds real work (issue #14 item 7): priced fields, page sizes from variables, an analytics cap. */
const executor = testExecutor();
const world = newWorld('cost');
let api: RunningApi;

beforeAll(async () => {
  await createWorld(executor, world);
  api = await startApi(executor);
});
afterAll(async () => {
  await api?.close();
  await removeWorld(executor, world);
});

// The web app's documents (gql.tada `graphql(...)` calls in every `*Documents.ts`), imported by path at run time because
// the test project does not compile web sources; each operation is printed with the fragments it spreads.
const WEB_API = new URL('../../packages/web/src/api/', import.meta.url);
const documentFiles = [
  ...readdirSync(WEB_API)
    .filter((file) => /^(documents|\w+Documents)\.ts$/.test(file))
    .map((file) => new URL(file, WEB_API).pathname),
  new URL('../../packages/web/src/pages/chain/firmOverlayDocument.ts', import.meta.url).pathname,
];
const webOperations: Array<[string, string]> = [];
for (const file of documentFiles) {
  const exported: Record<string, unknown> = await import(/* @vite-ignore */ file);
  for (const [name, value] of Object.entries(exported)) {
    const document = value as DocumentNode;
    if (document?.kind !== 'Document') continue;
    if (!document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION)) continue;
    webOperations.push([name, print(document)]);
  }
}

/**
 * Values for an operation's variables, from the schema: the largest pages (100), 3 hops, an enum's first value, an
 * input object's required fields, a placeholder for every other scalar.
 */
function largestVariables(query: string): Record<string, unknown> {
  const named: Record<string, unknown> = { first: 100, limit: 100, hops: 3 };
  const scalars: Record<string, unknown> = {
    Int: 1,
    Float: 0.5,
    Boolean: true,
    ID: 'x',
    String: 'x',
    Radius: 'JINSHAN',
  };
  const sample = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return sample(type.ofType);
    if (isListType(type)) return [];
    if (isEnumType(type)) return scalars[type.name] ?? type.getValues()[0]?.value;
    if (isInputObjectType(type))
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
          .map((field) => [field.name, sample(field.type)]),
      );
    return scalars[type.name] ?? 'x';
  };
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return Object.fromEntries(
    (operation?.kind === Kind.OPERATION_DEFINITION ? (operation.variableDefinitions ?? []) : []).map((definition) => {
      const name = definition.variable.name.value;
      const type = typeFromAST(schema, definition.type) as GraphQLInputType;
      return [name, named[name] ?? sample(type)];
    }),
  );
}

describe('the web app fits the budget', () => {
  it('finds the web documents', () => expect(webOperations.length).toBeGreaterThan(5));

  it.each(webOperations)('%s costs at most the limit and passes the guards', (_name, query) => {
    // Largest pages the UI asks for: 100 rows.
    const cost = queryCost(schema, query, largestVariables(query));
    expect(cost).toBeLessThanOrEqual(COMPLEXITY_LIMIT);
    expect(documentProblem(schema, query)).toBeNull();
  });
});

describe('prices', () => {
  const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, query, variables);

  it('a page size sent as a variable multiplies what is selected under it', () => {
    const q = 'query($n: Int) { demands(first: $n) { nodes { id title } } }';
    expect(cost(q, { n: 100 })).toBeGreaterThan(cost(q, { n: 10 }) * 5);
  });

  it('an absent page size counts its default (20), not 1', () => {
    expect(cost('{ demands { nodes { id } } }')).toBe(cost('{ demands(first: 20) { nodes { id } } }'));
    expect(cost('{ demands { nodes { id } } }')).toBeGreaterThan(cost('{ demands(first: 2) { nodes { id } } }'));
  });

  it('analytics and blastRadius are expensive; blastRadius grows with its hops', () => {
    expect(cost('{ resilience(industryId: "x") { singleSourceCount } }')).toBeGreaterThanOrEqual(300);
    const blast = (hops: number) => cost(`{ blastRadius(companyId: "x", hops: ${hops}) { companyCount } }`);
    expect(blast(4)).toBe(2 * blast(2) - 1);
    expect(blast(1)).toBeGreaterThanOrEqual(150);
  });
});

describe('over the API', () => {
  it('a query over the cost limit is refused with BAD_USER_INPUT before anything runs', async () => {
    // 3 analytics stay under the analytics cap; 100 suppliers of 100 segment companies are not cheap.
    const q = `query($n: Int) { segmentCompanies(segmentId: "${world.segments[0]}", first: $n) {
      nodes { suppliers(first: 100) { annualValue company { suppliers(first: 100) { annualValue } } } } } }`;
    const result = await api.gql(q, { n: 100 });
    expect(outcome(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/too expensive: cost \d+ over the limit of 10000/);
    expect(result.data ?? null).toBeNull();
    const small = await api.gql(q.replace(/first: 100/g, 'first: 2'), { n: 2 });
    expect(outcome(small)).toBe('ok');
  });

  it(`at most ${MAX_ANALYTICS_PER_OPERATION} analytics fields per operation, aliases and fragments included`, async () => {
    const id = world.industryId;
    const query = (
      last: string,
    ) => `{ a: gaps(industryId: "${id}") { priority } b: gaps(industryId: "${id}") { priority }
      ...F }
      fragment F on Query { c: resilience(industryId: "${id}") { singleSourceCount } ${last} }`;
    const refused = await api.gql(query(`d: localSupportRate(industryId: "${id}") { coverage }`));
    expect(outcome(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors?.[0]?.message).toMatch(/at most 3 analytics fields per operation \(4 asked\)/);
    const three = await api.gql(query(''));
    expect(outcome(three)).toBe('ok');
  });

  it('blastRadius is bounded (hops 1..5) and shared between requests like the other analytics', async () => {
    expect(outcome(await api.gql(`{ blastRadius(companyId: "${world.smeId}", hops: 6) { hops } }`))).toBe(
      'BAD_USER_INPUT',
    );
    const cache = new AnalyticsCache();
    const yoga = createAtlasYoga({ executor, analyticsCache: cache });
    const ask = async (hops: number) => {
      const query = `{ blastRadius(companyId: "${world.smeId}", hops: ${hops}) { companyCount } }`;
      const res = await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      return (await res.json()) as { data?: unknown };
    };
    const first = await ask(2);
    expect(first.data).toEqual({ blastRadius: { companyCount: 0 } });
    expect([cache.misses, cache.hits]).toEqual([1, 0]);
    expect(await ask(2)).toEqual(first);
    expect([cache.misses, cache.hits]).toEqual([1, 1]);
    await ask(3); // another bound is another entry
    expect([cache.misses, cache.hits]).toEqual([2, 1]);
  });
});
