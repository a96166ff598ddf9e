import { createAtlasYoga } from '@atlas/api';
import { refreshOperationLocality } from '@atlas/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';

const executor = testExecutor();
const scope = testScope('segco');
const yoga = createAtlasYoga({ executor });

// group ⊃ leaf; three Jinshan firms (a leader, a medium, a small) and one in Suzhou, all in the leaf.
beforeAll(async () => {
  await executor.write(
    'test',
    `CREATE (g:Segment {id: $g, industryId: $industry, leaf: false, name: '组', nameEn: 'G', tier: 'upstream'})
     CREATE (l:Segment {id: $l, industryId: $industry, leaf: true, name: '叶', nameEn: 'L', tier: 'upstream'})-[:CHILD_OF]->(g)
     WITH l UNWIND $firms AS f
     CREATE (c:Company) SET c = f CREATE (c)-[:OPERATES_IN]->(l)`,
    {
      g: scope.id('g'),
      l: scope.id('l'),
      industry: scope.prefix,
      firms: [
        { id: scope.id('c-small'), name: '小', size: 'small', province: '上海市', district: '金山区' },
        { id: scope.id('b-medium'), name: '中', size: 'medium', province: '上海市', district: '金山区' },
        {
          id: scope.id('z-leader'),
          name: '链主',
          size: 'large',
          chainLeader: true,
          province: '上海市',
          district: '金山区',
        },
        { id: scope.id('a-suzhou'), name: '苏州', size: 'large', province: '江苏省', district: '昆山市' },
      ],
    },
  );
  const firms = ['c-small', 'b-medium', 'z-leader', 'a-suzhou'].map(scope.id);
  await executor.writeTx('test', (tx) => refreshOperationLocality(tx, firms));
});
afterAll(() => scope.cleanup(executor));

const query = async (segmentId: string, radius = 'JINSHAN', after?: string) => {
  const res = await yoga.fetch('http://x/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($s: ID!, $r: Radius, $a: String) { segmentCompanies(segmentId: $s, radius: $r, first: 2, after: $a) {
        totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
      variables: { s: segmentId, r: radius, a: after },
    }),
  });
  return res.json();
};

describe('segmentCompanies', () => {
  it('lists local firms of a parent through its leaves, leaders and larger firms first, in pages', async () => {
    const first = await query(scope.id('g'));
    expect(first.data.segmentCompanies.totalCount).toBe(3);
    expect(first.data.segmentCompanies.nodes.map((n: { id: string }) => n.id)).toEqual([
      scope.id('z-leader'),
      scope.id('b-medium'),
    ]);
    const next = await query(scope.id('g'), 'JINSHAN', first.data.segmentCompanies.pageInfo.endCursor);
    expect(next.data.segmentCompanies.nodes.map((n: { id: string }) => n.id)).toEqual([scope.id('c-small')]);
    expect(next.data.segmentCompanies.pageInfo.hasNextPage).toBe(false);
  });

  it('widens with the radius and says NOT_FOUND for an unknown segment', async () => {
    expect((await query(scope.id('l'), 'YRD')).data.segmentCompanies.totalCount).toBe(4);
    expect((await query(scope.id('nope'))).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
