import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadIndustries, readIndustryDefinitions } from '@atlas/graph';
import { createClassifier, readVocabulary } from '@atlas/register';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testUscc } from '../../../../test/fixtures/import/fixtures';
import { registerCsv } from '../../../../test/fixtures/import/register';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { importRegister } from './register';

const industriesDir = fileURLToPath(new URL('../../../../data/industries', import.meta.url));

/**
 * The import writes firms new to the graph with one CREATE statement and firms already there with MERGE and edge
 * replacement (packages/graph/src/load/register.ts). The same register rows must leave the same graph either way:
 * imported once as new firms, once onto bare Company nodes holding only their id and USCC.
 */
describe('register import: the CREATE path for new firms writes what the MERGE path writes', () => {
  const executor = testExecutor();
  const scope = testScope('register-paths');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-register-paths-'));
  const classifier = createClassifier(readVocabulary());
  const park = `示例${scope.prefix.slice(-8)}园区`;
  const now = '2026-12-04T00:00:00.000Z';
  const firms = [
    [
      'cathode',
      '示例正极材料有限公司',
      '锂离子电池正极材料的研发与生产',
      '磷酸铁锂正极材料',
      'C3985',
      `上海市金山区${park}亭卫公路1号`,
      '2012',
      '1.2亿元',
      '1000人以上',
    ],
    [
      'harness',
      '示例汽车线束有限公司',
      '汽车线束、汽车零部件的研发、生产、销售',
      '汽车高压线束',
      'C3670',
      '上海市金山区亭林镇林慧路100号',
      '2016-05-18',
      '5000万元人民币',
      '100-499人',
    ],
    [
      'drone',
      '示例无人机有限公司',
      '工业无人机研发、制造；软件开发',
      '植保无人机',
      '',
      '浙江省平湖市新埭镇1号',
      '',
      '500万美元',
      '',
    ],
    [
      'bank',
      '示例农村商业银行',
      '吸收公众存款；发放贷款',
      '',
      'J6620',
      '上海市金山区朱泾镇1号',
      '2005',
      '100000',
      '300人',
    ],
    ['cafe', '示例餐饮管理有限公司', '餐饮服务；食品销售', '', '', '朝阳区建国路1号', '', '', ''],
  ];
  const files = {
    created: join(dir, 'created.csv'),
    merged: join(dir, 'merged.csv'),
    chunked: join(dir, 'chunked.csv'),
  };
  const usccs = {
    created: new Map<string, string>(),
    merged: new Map<string, string>(),
    chunked: new Map<string, string>(),
  };

  beforeAll(async () => {
    await executor.write('register-paths-test', "CREATE (:Park {id: $id, name: $name, district: '金山区'})", {
      id: scope.id('park'),
      name: park,
    });
    await loadIndustries(executor, readIndustryDefinitions(industriesDir));
    let serial = 0;
    for (const path of ['created', 'merged', 'chunked'] as const) {
      const rows = firms.map(([key, name, ...rest]) => {
        const uscc = testUscc(scope.prefix, serial++);
        usccs[path].set(key as string, uscc);
        return [scope.id(`${path}-${key}`), name, uscc, ...rest];
      });
      writeFileSync(files[path], registerCsv(rows));
    }
    // The merged file's firms exist already, bare: the import must take the MERGE path for them.
    await executor.write('register-paths-test', 'UNWIND $firms AS f CREATE (:Company {id: f.id, uscc: f.uscc})', {
      firms: [...usccs.merged].map(([key, uscc]) => ({ id: scope.id(`merged-${key}`), uscc })),
    });
  });

  afterAll(async () => {
    await scope.cleanup(executor);
    rmSync(dir, { recursive: true, force: true });
  });

  const graphOf = (path: keyof typeof files) =>
    executor.read<{ key: string; props: Record<string, unknown>; parks: string[]; edges: unknown[] }>(
      'register-paths-test',
      `MATCH (c:Company) WHERE c.id STARTS WITH $prefix
       OPTIONAL MATCH (c)-[:LOCATED_IN]->(p:Park)
       WITH c, collect(p.name) AS parks
       OPTIONAL MATCH (c)-[o:OPERATES_IN]->(s:Segment)
       WITH c, parks, s, o ORDER BY s.id
       RETURN substring(c.id, size($prefix)) AS key, properties(c) AS props, parks,
              collect([s.id, properties(o)]) AS edges ORDER BY key`,
      { prefix: scope.id(`${path}-`) },
    );

  it('imports both files and finds the same firms, parks and inferred edges', async () => {
    const created = await importRegister(executor, files.created, { classifier, now });
    const merged = await importRegister(executor, files.merged, { classifier, now });
    expect(created.problems).toEqual([]);
    expect(merged.problems).toEqual([]);
    expect(created.existing).toBe(0);
    expect(merged.existing).toBe(firms.length);
    expect(created.attachments).toBeGreaterThan(0);

    const a = await graphOf('created');
    const b = await graphOf('merged');
    expect(a.map((f) => f.key)).toEqual(firms.map(([key]) => key).sort());
    const comparable = (rows: typeof a) =>
      rows.map(({ key, props, parks, edges }) => {
        const { id: _id, uscc: _uscc, ...rest } = props;
        return { key, props: rest, parks, edges };
      });
    expect(comparable(b)).toEqual(comparable(a));
    expect(a.find((f) => f.key === 'cathode')?.parks).toEqual([park]);
    expect(a.find((f) => f.key === 'cathode')?.edges.length).toBeGreaterThan(0);
    expect(a.find((f) => f.key === 'bank')?.edges).toEqual([[null, null]]);
  });

  it('a file in many transactions, two at a time, read twice, writes what one transaction writes', async () => {
    const report = await importRegister(executor, files.chunked, {
      classifier,
      now,
      batchSize: 2,
      transactionRows: 2,
      parallelTransactions: 2,
      keepValidatedRows: 0,
    });
    expect(report.written).toBe(firms.length);
    const strip = (rows: Awaited<ReturnType<typeof graphOf>>) =>
      rows.map(({ props: { id: _id, uscc: _uscc, ...props }, ...rest }) => ({ ...rest, props }));
    expect(strip(await graphOf('chunked'))).toEqual(strip(await graphOf('created')));
  });

  it('importing the created firms again takes the MERGE path and changes nothing', async () => {
    const before = await graphOf('created');
    const again = await importRegister(executor, files.created, { classifier, now: '2027-01-01T00:00:00.000Z' });
    expect(again.existing).toBe(firms.length);
    expect(await graphOf('created')).toEqual(before);
  });
});
