import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { companiesInSegment, loadIndustries, readIndustryDefinitions } from '@atlas/graph';
import { createClassifier, readVocabulary } from '@atlas/register';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testUscc } from '../../../../test/fixtures/import/fixtures';
import { registerCsv, registerTestFirms } from '../../../../test/fixtures/import/register';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { createImportCommand } from '../commands/import';
import { createReviewCommand } from '../commands/review';
import { importRegister } from './register';

const industriesDir = fileURLToPath(new URL('../../../../data/industries', import.meta.url));

describe('atlas import register + atlas review (real files, real Neo4j, real classifier)', () => {
  const executor = testExecutor();
  const scope = testScope('register');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-register-'));
  const graph = async () => ({ executor, close: async () => {} });
  // One classifier for the file: other sessions may edit the vocabularies meanwhile, which re-versions edges.
  const classifier = createClassifier(readVocabulary());
  const importCommand = createImportCommand(graph, async () => classifier);
  const reviewCommand = createReviewCommand(graph);
  const id = scope.id;
  const PARK = `示例${scope.prefix.slice(-8)}科创园`;

  const firms = registerTestFirms(PARK);
  const uscc = new Map(firms.map(([key], i) => [key as string, testUscc(scope.prefix, i)]));
  const rowOf = ([key, ...rest]: string[]) => [id(key as string), rest[0], uscc.get(key as string), ...rest.slice(1)];
  const csv = registerCsv;
  const clean = join(dir, 'register.csv');
  const bad = join(dir, 'register-bad.csv');

  async function run(command: typeof importCommand, ...args: string[]): Promise<{ code: number; text: string }> {
    const lines: string[] = [];
    const code = await command.run(args, (line) => lines.push(line));
    return { code, text: lines.join('\n') };
  }

  const edges = (key: string) =>
    executor.read<{ segmentId: string; o: Record<string, unknown> }>(
      'register-test',
      `MATCH (c:Company {id: $id})-[o:OPERATES_IN]->(s:Segment) RETURN s.id AS segmentId, o ORDER BY o.rank`,
      { id: id(key) },
    );
  const snapshot = () =>
    executor.read<{ c: Record<string, unknown>; edges: unknown[] }>(
      'register-test',
      `MATCH (c:Company) WHERE c.id STARTS WITH $prefix
       OPTIONAL MATCH (c)-[o:OPERATES_IN]->(s:Segment)
       WITH c, s, o ORDER BY s.id
       RETURN c, collect([s.id, properties(o)]) AS edges ORDER BY c.id`,
      { prefix: scope.prefix },
    );

  beforeAll(async () => {
    // A park of our own (the shared graph's parks may come and go while other files seed).
    await executor.write(
      'register-test',
      "CREATE (:Park {id: $id, name: $name, district: '金山区', lat: 30.8, lon: 121.3})",
      {
        id: id('park'),
        name: PARK,
      },
    );
    await loadIndustries(executor, readIndustryDefinitions(industriesDir));
    writeFileSync(clean, csv(firms.map(rowOf)));
    const badRows = [
      ...firms.slice(0, 10).map(rowOf),
      [id('bad1'), '示例坏代码有限公司', '91310116MA1FL7A10X', '汽车线束', '', '', '', '', '', ''],
      [id('bad2'), '', testUscc(scope.prefix, 101), '', '', '', '', '', '', ''],
      [id('bad3'), '示例资本有限公司', testUscc(scope.prefix, 102), '', '', '', '上海市金山区', '2010', '很多钱', ''],
      [id('dup'), '示例重复有限公司', uscc.get('harness'), '', '', '', '', '', '', ''],
      ...firms.slice(10).map(rowOf),
    ];
    writeFileSync(bad, csv(badRows));
  });

  afterAll(async () => {
    await scope.cleanup(executor);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a register with bad rows whole, naming file, line, column and reason', async () => {
    const { code, text } = await run(importCommand, 'register', bad);
    expect(code, text).toBe(1);
    expect(text).toContain(`${bad}:12: 统一社会信用代码: not a valid USCC: check character is X, expected E`);
    expect(text).toContain(`${bad}:13: 企业名称: required, must not be empty`);
    expect(text).toContain(`${bad}:14: 注册资本: not an amount: "很多钱"`);
    expect(text).toContain(`${bad}:15: 统一社会信用代码: duplicate "${uscc.get('harness')}", first on line 2`);
    expect(text).toContain(`✖ 4 problem(s) in 4 of 32 rows; nothing of ${bad} was written.`);
    expect(await snapshot()).toEqual([]);
  });

  it('a dry run validates and says how many would attach, writing nothing', async () => {
    const { code, text } = await run(importCommand, 'register', clean, '--dry-run');
    expect(code, text).toBe(0);
    expect(text).toMatch(
      /all 28 register rows are valid and would be written \(28 new, 0 already in the graph\); \d+ firms attached/,
    );
    expect(await snapshot()).toEqual([]);
  });

  it('imports the clean register: firms with resolved places and size bands, inferred edges with provenance', async () => {
    const { code, text } = await run(importCommand, 'register', clean);
    expect(code, text).toBe(0);
    expect(text).toContain(`warning: ${clean}:6: 注册地址: address not resolved: "朝阳区" is ambiguous`);
    expect(text).toContain(`warning: ${clean}:7: 注册地址: address not resolved: not a mainland China address`);
    expect(text).toMatch(/28 register rows written \(28 new, 0 already in the graph\) in one transaction/);

    const [harness] = await executor.read<{ c: Record<string, unknown>; park: string | null }>(
      'register-test',
      'MATCH (c:Company {id: $id}) OPTIONAL MATCH (c)-[:LOCATED_IN]->(p:Park) RETURN c, p.name AS park',
      { id: id('harness') },
    );
    expect(harness?.c).toMatchObject({
      uscc: uscc.get('harness'),
      name: '示例汽车线束（上海）有限公司',
      source: 'registry',
      province: '上海市',
      city: '上海市',
      district: '金山区',
      addressResolved: true,
      founded: 2016,
      employees: 299,
      registeredCapital: 5000,
      size: 'small', // industry bands: 299 employees < 300 (small), 5000 万元 ≥ 2000 (medium) → the smaller
      industryCode: 'C3670',
      businessScope: '汽车线束、汽车零部件的研发、生产、销售',
      products: '汽车高压线束',
    });
    const [foreign] = await executor.read<{ c: Record<string, unknown> }>('t', 'MATCH (c:Company {id: $id}) RETURN c', {
      id: id('foreign'),
    });
    expect(foreign?.c).toMatchObject({ addressResolved: false, country: '中国' });
    expect(foreign?.c).not.toHaveProperty('province');
    const [cathode] = await executor.read<{ park: string | null }>(
      'register-test',
      'MATCH (:Company {id: $id})-[:LOCATED_IN]->(p:Park) RETURN p.name AS park',
      { id: id('cathode') },
    );
    expect(cathode?.park).toBe(PARK);

    const harnessEdges = await edges('harness');
    expect(harnessEdges[0]?.segmentId).toBe('icv.hv-harness');
    expect(harnessEdges[0]?.o).toMatchObject({
      source: 'inferred',
      rank: 1,
      vocabularyVersion: classifier.vocabularyVersion,
      industryId: 'icv',
      ring: 0,
    });
    const top = harnessEdges[0]?.o ?? {};
    expect(top.confidence).toBeGreaterThan(0.5);
    expect(top.confidence).toBeLessThanOrEqual(1);
    const evidence = JSON.parse(String(top.evidence)) as Array<{ field: string; terms: string[] }>;
    expect(evidence.some((e) => e.field === 'products' && e.terms.some((t) => t.includes('线束')))).toBe(true);
    expect(Date.parse(String(top.classifiedAt))).not.toBeNaN();
    expect((await edges('cathode')).map((e) => e.segmentId)).toContain('icv.cathode');
    // Out-of-scope businesses abstain: a wrong attachment is worse than none.
    for (const key of ['restaurant', 'bank', 'property', 'supermarket', 'salon', 'law', 'insurance'])
      expect(await edges(key), key).toEqual([]);
  });

  it('importing the same register again changes nothing, not even a timestamp', async () => {
    const before = await snapshot();
    const { code, text } = await run(importCommand, 'register', clean);
    expect(code, text).toBe(0);
    expect(text).toContain('(0 new, 28 already in the graph)');
    expect(await snapshot()).toEqual(before);
    // The same through several transactions (a long file commits every TRANSACTION_ROWS rows).
    const chunked = await importRegister(executor, clean, { classifier, transactionRows: 5, batchSize: 3 });
    expect([chunked.written, chunked.problems.length]).toEqual([28, 0]);
    expect(await snapshot()).toEqual(before);
  });

  it('review: list least confident first, accept → confirmed (and counted at minConfidence 1), reject → gone for good', async () => {
    const listed = await run(reviewCommand, 'list', '--segment', 'icv.hv-harness', '--limit', '1000');
    expect(listed.code, listed.text).toBe(0);
    expect(listed.text).toContain(`${id('harness')} 示例汽车线束（上海）有限公司 → icv.hv-harness 高压连接器与线束`);
    expect(listed.text).toMatch(/evidence: .*products: .*线束/);

    const localConfirmed = async (segmentId: string) =>
      (await companiesInSegment(executor, segmentId, 'WORLD', 0, 1000, 1)).companies.map((c) => c.id);
    expect(await localConfirmed('icv.hv-harness')).not.toContain(id('harness'));
    const accepted = await run(reviewCommand, 'accept', id('harness'), 'icv.hv-harness', '--by', 'officer-wang');
    expect(accepted.code, accepted.text).toBe(0);
    expect((await edges('harness'))[0]?.o).toMatchObject({
      source: 'confirmed',
      confidence: 1,
      reviewedBy: 'officer-wang',
    });
    expect(await localConfirmed('icv.hv-harness')).toContain(id('harness'));

    // The bulk loop: list --csv, keep some rows, feed them back with --file.
    const queue = await run(reviewCommand, 'list', '--segment', 'icv.hv-harness', '--limit', '1000', '--csv');
    const [csvHeader, ...queued] = queue.text.split('\n');
    expect(csvHeader).toBe('companyId,segmentId,confidence,companyName,segmentName,evidence');
    const ours = queued.filter((line) => line.startsWith(scope.prefix));
    expect(ours.length).toBeGreaterThanOrEqual(1); // harness2 and foreign make 高压线束 too
    writeFileSync(join(dir, 'queue.csv'), [csvHeader, ...ours].join('\r\n'));
    const bulk = await run(reviewCommand, 'accept', '--file', join(dir, 'queue.csv'), '--by', 'officer-wang');
    expect(bulk.text).toContain(`${ours.length} of ${ours.length} inferred attachment(s) accepted`);
    expect((await run(reviewCommand, 'list', '--segment', 'icv.hv-harness', '--limit', '1000')).text).not.toContain(
      scope.prefix,
    );

    const pairs = join(dir, 'pairs.csv');
    writeFileSync(pairs, `companyId,segmentId\r\n${id('cathode')},icv.cathode\r\n`);
    const rejected = await run(reviewCommand, 'reject', '--file', pairs, '--by', 'officer-li');
    expect(rejected.code, rejected.text).toBe(0);
    expect(rejected.text).toContain('1 of 1 inferred attachment(s) rejected');
    expect((await edges('cathode')).map((e) => e.segmentId)).not.toContain('icv.cathode');

    // Classifying again (a re-import) keeps the confirmed edge and does not bring the rejected one back.
    const again = await run(importCommand, 'register', clean);
    expect(again.code, again.text).toBe(0);
    expect((await edges('cathode')).map((e) => e.segmentId)).not.toContain('icv.cathode');
    const harnessAgain = await edges('harness');
    expect(harnessAgain.find((e) => e.segmentId === 'icv.hv-harness')?.o).toMatchObject({
      source: 'confirmed',
      reviewedBy: 'officer-wang',
    });
    const [rejection] = await executor.read<{ by: string }>(
      't',
      'MATCH (:Company {id: $id})-[r:REJECTED_SEGMENT]->(:Segment {id: $s}) RETURN r.by AS by',
      { id: id('cathode'), s: 'icv.cathode' },
    );
    expect(rejection?.by).toBe('officer-li');
  });
});
