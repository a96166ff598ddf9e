import type { GraphExecutor } from '@atlas/graph';
import { refreshOperationLocality } from '@atlas/graph';

/**
 * A tiny chain for event tests, in its own industry (the scope prefix): P with children C1 and C2, G under C1, and
 * Q apart. Buyers B1 (chain leader, 金山区) and B2 (large, 上海市); suppliers S1 (small, 金山区, operates in C1),
 * S2 (micro, 江苏省, C2), S3 (medium, 金山区, G), S4 (small, 金山区, Q: fits nobody). No credit scores (0.5 each).
 */
export const EVENT_FIRMS = {
  B1: { name: '测试链主甲', size: 'large', chainLeader: true, province: '上海市', district: '金山区', segment: 'P' },
  B2: { name: '测试大厂乙', size: 'large', chainLeader: false, province: '上海市', district: '浦东新区', segment: 'P' },
  S1: { name: '测试小企一', size: 'small', chainLeader: false, province: '上海市', district: '金山区', segment: 'C1' },
  S2: { name: '测试微企二', size: 'micro', chainLeader: false, province: '江苏省', district: '昆山市', segment: 'C2' },
  S3: { name: '测试中企三', size: 'medium', chainLeader: false, province: '上海市', district: '金山区', segment: 'G' },
  S4: { name: '测试小企四', size: 'small', chainLeader: false, province: '上海市', district: '金山区', segment: 'Q' },
} as const;

export async function writeEventFixture(executor: GraphExecutor, id: (local: string) => string, industry: string) {
  const segments = [
    { id: id('P'), parent: null },
    { id: id('C1'), parent: id('P') },
    { id: id('C2'), parent: id('P') },
    { id: id('G'), parent: id('C1') },
    { id: id('Q'), parent: null },
  ];
  await executor.write(
    'test',
    `CREATE (i:Industry {id: $industry, name: '测试产业', nameEn: 'Test industry'})
     WITH i UNWIND $segments AS row
     CREATE (s:Segment {id: row.id, industryId: $industry, name: row.id, nameEn: row.id, tier: 'midstream',
                        leaf: NOT row.id ENDS WITH '.P'})-[:PART_OF]->(i)
     WITH s, row WHERE row.parent IS NOT NULL
     MATCH (p:Segment {id: row.parent}) CREATE (s)-[:CHILD_OF]->(p)`,
    { industry, segments },
  );
  const firms = Object.entries(EVENT_FIRMS).map(([local, f]) => ({ ...f, id: id(local), segment: id(f.segment) }));
  await executor.write(
    'test',
    `UNWIND $firms AS f
     CREATE (c:Company {id: f.id, uscc: f.id, name: f.name, size: f.size, chainLeader: f.chainLeader, country: '中国',
                        province: f.province, district: f.district, synthetic: false})
     WITH c, f MATCH (s:Segment {id: f.segment}) CREATE (c)-[:OPERATES_IN {source: 'survey'}]->(s)`,
    { firms },
  );
  await executor.writeTx('test', (tx) =>
    refreshOperationLocality(
      tx,
      firms.map((f) => f.id),
    ),
  );
}
