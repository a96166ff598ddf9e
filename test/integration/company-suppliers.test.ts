import { createAtlasYoga } from '@atlas/api';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';

const executor = testExecutor();
const scope = testScope('suppliers');
const yoga = createAtlasYoga({ executor });
const ANALYST = { id: 'analyst', username: 'analyst', role: 'ANALYST' as const, companyId: null };

beforeAll(() =>
  executor.write(
    'test',
    `CREATE (b:Company {id: $b, name: '买方', size: 'large', province: '上海市'})
     CREATE (s1:Company {id: $s1, name: '供方一', size: 'small', province: '上海市'})
     CREATE (s2:Company {id: $s2, name: '供方二', size: 'small', province: '江苏省'})
     CREATE (s1)-[:SUPPLIES {segmentId: 'x.a', annualValue: 100.0, source: 'survey', confidence: 0.9}]->(b)
     CREATE (s2)-[:SUPPLIES {segmentId: 'x.b', annualValue: 300.0, source: 'contract', confidence: 1.0}]->(b)
     CREATE (b)-[:SUPPLIES {segmentId: 'x.c', annualValue: 999.0}]->(s1)`,
    { b: scope.id('buyer'), s1: scope.id('s1'), s2: scope.id('s2') },
  ),
);
afterAll(() => scope.cleanup(executor));

it('lists a firm’s direct suppliers, largest annual value first, in one query for many firms', async () => {
  const res = await yoga.fetch(
    'http://x/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($a: ID!, $b: ID!) {
        buyer: company(id: $a) { suppliers { segmentId annualValue company { id } } }
        other: company(id: $b) { suppliers(first: 1) { company { id } } } }`,
        variables: { a: scope.id('buyer'), b: scope.id('s2') },
      }),
    },
    // Values are for the parties and the district-wide roles (SECURITY.md "Read matrix"): read as an analyst.
    { atlas: { auth: { user: ANALYST, rejected: false }, clientAddress: 'test' } },
  );
  const { data } = await res.json();
  expect(data.buyer.suppliers).toEqual([
    { segmentId: 'x.b', annualValue: 300, company: { id: scope.id('s2') } },
    { segmentId: 'x.a', annualValue: 100, company: { id: scope.id('s1') } },
  ]);
  expect(data.other.suppliers).toEqual([]);
});
