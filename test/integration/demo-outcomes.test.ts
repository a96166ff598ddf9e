import { matchmakingKpis, refreshOperationLocality } from '@atlas/graph';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoOutcomesExtra } from '../../packages/graph/src/load/demo-outcomes';
import { testExecutor, testScope } from '../helpers/graph';

/**
 * The demo extra on a synthetic leader's demand of its own: three answers with outcomes, the same on every run,
 * and KPIs that are not empty. (It also refreshes the outcomes of any seeded demo demands, as `seedDemo` does.)
 */
const executor = testExecutor();
const scope = testScope('demo-outcomes');
const id = scope.id;
const firms = ['leader', 'a', 'b', 'c', 'd'].map((n) => id(n));

beforeAll(async () => {
  await executor.write(
    'test',
    `CREATE (i:Industry {id: $industry, name: '演示', nameEn: 'Demo'})
     CREATE (s:Segment {id: $seg, leaf: true, industryId: $industry, name: '环节', nameEn: 'Seg', tier: 'midstream'})
     CREATE (s)-[:PART_OF]->(i)
     WITH s UNWIND $firms AS f
     CREATE (c:Company {id: f, name: f, size: 'small', synthetic: true, province: '上海市', district: '金山区'})
     CREATE (c)-[:OPERATES_IN]->(s)`,
    { industry: id('ind'), seg: id('seg'), firms },
  );
  await executor.writeTx('test', (tx) => refreshOperationLocality(tx, firms));
  await executor.write(
    'test',
    `MATCH (p:Company {id: $leader}), (s:Segment {id: $seg})
     CREATE (p)-[:POSTED]->(d:Demand {id: $demand, title: '演示需求', status: 'OPEN', segmentId: $seg,
             requiredCerts: [], createdAt: '2026-11-01T00:00:00Z'})-[:NEEDS]->(s)`,
    { leader: firms[0], seg: id('seg'), demand: id('demand') },
  );
});
afterAll(() => scope.cleanup(executor));

const outcomes = () =>
  executor.read<{ companyId: string; step: string; history: string; contractValue: number | null }>(
    'test',
    `MATCH (c:Company)-[i:INTERESTED]->(:Demand {id: $demand})
     RETURN c.id AS companyId, i.step AS step, i.history AS history, i.contractValue AS contractValue
     ORDER BY companyId`,
    { demand: id('demand') },
  );

it('answers the demand three times with outcomes, identically on a second run, and fills the KPIs', async () => {
  expect(await demoOutcomesExtra.load(executor)).toMatch(/^\d+ interests, \d+ contracted \(synthetic\)$/);
  const first = await outcomes();
  // The first three firms by id, never the poster.
  expect(first.map((o) => o.companyId)).toEqual([id('a'), id('b'), id('c')]);
  for (const o of first) {
    const history = JSON.parse(o.history) as Array<{ step: string }>;
    expect(o.step).toBe(history.at(-1)?.step ?? 'INTERESTED');
    expect(o.contractValue !== null).toBe(history.some((h) => h.step === 'CONTRACTED'));
  }
  await demoOutcomesExtra.load(executor);
  expect(await outcomes()).toEqual(first);
  const kpis = await matchmakingKpis(executor, id('ind'));
  expect(kpis?.matches).toBe(3);
  expect(kpis?.funnel[0]).toMatchObject({ step: 'INTERESTED', reached: 3 });
});
