import type { IndustryDefinition } from '@atlas/domain';
import { loadIndustries } from '@atlas/graph';
import { afterAll, expect, it } from 'vitest';
import { testExecutor, testScope } from '../helpers/graph';

const executor = testExecutor();
const scope = testScope('reload');
afterAll(() => scope.cleanup(executor));

const segment = (id: string, tier: 'upstream' | 'downstream') => ({
  id: scope.id(id),
  name: id,
  nameEn: id,
  tier,
  description: '',
  hsCodes: [],
  gbCodes: [],
});

it('replaces an industry’s structure: a segment dropped from the YAML leaves the graph', async () => {
  const industry = { id: scope.prefix, name: '测试', nameEn: 'Test' };
  const full: IndustryDefinition = {
    industry,
    segments: [segment('a', 'upstream'), segment('b', 'upstream'), segment('c', 'downstream')],
    feeds: [
      [scope.id('a'), scope.id('c')],
      [scope.id('b'), scope.id('c')],
    ],
    technologies: [],
    keyLinks: [
      {
        id: scope.id('k'),
        segment: scope.id('b'),
        criticality: 4,
        bottleneck: 'capacity',
        targetYear: 2027,
        note: 'n',
        noteEn: 'n',
      },
    ],
  };
  await loadIndustries(executor, [full]);
  await loadIndustries(executor, [
    {
      ...full,
      segments: full.segments.filter((s) => s.id !== scope.id('b')),
      feeds: [[scope.id('a'), scope.id('c')]],
      keyLinks: [],
    },
  ]);
  const rows = await executor.read<{ id: string }>(
    'test',
    'MATCH (n) WHERE n.id STARTS WITH $p AND (n:Segment OR n:KeyLink) RETURN n.id AS id ORDER BY id',
    { p: scope.prefix },
  );
  expect(rows.map((r) => r.id)).toEqual([scope.id('a'), scope.id('c')]);
  const [feeds] = await executor.read<{ n: number }>(
    'test',
    'MATCH (:Segment {industryId: $i})-[f:FEEDS]->() RETURN count(f) AS n',
    { i: scope.prefix },
  );
  expect(feeds?.n).toBe(1);
});
