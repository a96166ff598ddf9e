import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { USCC_ALPHABET, usccCheckChar } from '@atlas/domain';
import { companiesInSegment, loadIndustries, readIndustryDefinitions } from '@atlas/graph';
import { createClassifier, readVocabulary } from '@atlas/register';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testExecutor, testScope } from '../../../../test/helpers/graph';
import { createImportCommand } from '../commands/import';
import { createReviewCommand } from '../commands/review';
import { importRegister } from './register';

const industriesDir = fileURLToPath(new URL('../../../../data/industries', import.meta.url));

/** A valid USCC no other run or file uses (random organisation code, real check character). */
function freshUscc(): string {
  const body = `913101${Array.from({ length: 11 }, () => USCC_ALPHABET[randomInt(31)]).join('')}`;
  return body + usccCheckChar(body);
}

const HEADER = [
  '企业编号',
  '企业名称',
  '统一社会信用代码',
  '经营范围',
  '主营产品',
  '所属行业',
  '注册地址',
  '成立日期',
  '注册资本',
  '人员规模',
];

/**
 * Register import → classification → review → analytics against the real Neo4j, with the repository's own
 * vocabulary (the classifier is not mocked). A register of 28 firms: in-scope makers, out-of-scope businesses that
 * must abstain, an ambiguous and a foreign address (warnings, kept), then a copy with bad rows refused whole.
 */
describe('atlas import register + atlas review (real files, real Neo4j, real classifier)', () => {
  const executor = testExecutor();
  const scope = testScope('register');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-register-'));
  const graph = async () => ({ executor, release: async () => {}, close: async () => {} });
  // One classifier for the file: other sessions may edit the vocabularies meanwhile, which re-versions edges.
  const classifier = createClassifier(readVocabulary());
  const importCommand = createImportCommand(graph, async () => classifier);
  const reviewCommand = createReviewCommand(graph);
  const id = scope.id;
  const PARK = `示例${scope.prefix.slice(-8)}科创园`;

  const firms: string[][] = [
    [
      'harness',
      '示例汽车线束（上海）有限公司',
      '汽车线束、汽车零部件的研发、生产、销售',
      '汽车高压线束',
      'C3670',
      '上海市金山区亭林镇林慧路100号',
      '2016-05-18',
      '5000万元人民币',
      '100-499人',
    ],
    [
      'cathode',
      '示例正极材料（上海）有限公司',
      '锂离子电池正极材料的研发与生产',
      '磷酸铁锂正极材料',
      'C3985',
      `上海市金山区${PARK}亭卫公路1号`,
      '2012',
      '1.2亿元',
      '1000人以上',
    ],
    [
      'harness2',
      '示例线束连接器（平湖）有限公司',
      '汽车线束及连接器制造',
      '新能源汽车高压线束',
      'C3670',
      '浙江省平湖市经济技术开发区',
      '2018',
      '800万美元',
      '300-999人',
    ],
    [
      'cathode2',
      '示例锂电新材料有限公司',
      '锂电池正极材料、三元前驱体的生产',
      '三元正极材料',
      'C3985',
      '嘉兴平湖新埭镇',
      '2015',
      '3000',
      '120',
    ],
    [
      'ambiguous',
      '示例电池材料（北京）有限公司',
      '锂离子电池正极材料研发',
      '正极材料',
      'C3985',
      '朝阳区建国路1号',
      '2020',
      '100',
      '20',
    ],
    [
      'foreign',
      '示例线束贸易有限公司',
      '汽车线束的研发、生产',
      '汽车线束',
      'C3670',
      '美国加利福尼亚州圣何塞市',
      '2021',
      '200万美元',
      '',
    ],
    [
      'restaurant',
      '示例餐饮管理有限公司',
      '餐饮服务；食品销售；餐饮管理',
      '中餐',
      'H6210',
      '金山区朱泾镇新农路8号',
      '2019/3/1',
      '50',
      '50人以下',
    ],
    [
      'bank',
      '示例农村商业银行股份有限公司',
      '吸收公众存款；发放短期、中期和长期贷款；办理国内结算',
      '存贷款',
      'J6621',
      '上海市金山区石化街道卫零路1号',
      '2005',
      '10亿元',
      '1000人以上',
    ],
    [
      'property',
      '示例物业管理有限公司',
      '物业管理；停车场服务；保洁服务',
      '物业服务',
      'K7020',
      '上海市金山区山阳镇',
      '2011',
      '500',
      '100-299人',
    ],
    [
      'supermarket',
      '示例超市有限公司',
      '日用百货、食品零售',
      '百货',
      'F5211',
      '上海市金山区金山卫镇',
      '2009',
      '200',
      '10-49人',
    ],
    [
      'logistics',
      '示例物流有限公司',
      '道路货物运输（不含危险货物）；仓储服务',
      '货运',
      'G5430',
      '上海市金山区漕泾镇',
      '2014',
      '1000',
      '50-99人',
    ],
    [
      'realestate',
      '示例房地产开发有限公司',
      '房地产开发经营',
      '住宅',
      'K7010',
      '上海市金山区朱泾镇',
      '2003',
      '2亿元',
      '50',
    ],
    ['salon', '示例美容美发店', '美容美发服务', '美发', 'O8070', '上海市金山区亭林镇', '2022', '10', '5'],
    [
      'hotel',
      '示例酒店管理有限公司',
      '住宿服务；餐饮服务；会议服务',
      '客房',
      'H6110',
      '上海市金山区山阳镇',
      '2013',
      '3000',
      '100-299人',
    ],
    [
      'school',
      '示例教育培训有限公司',
      '教育咨询服务；文化艺术培训',
      '培训',
      'P8399',
      '上海市金山区朱泾镇',
      '2017',
      '100',
      '20-49人',
    ],
    ['law', '示例律师事务所', '法律服务', '诉讼代理', 'L7221', '上海市金山区石化街道', '2010', '50', '10'],
    ['insurance', '示例保险代理有限公司', '保险代理业务', '保险', 'J6851', '上海市金山区', '2012', '500', '30'],
    ['farm', '示例农业专业合作社', '蔬菜种植、销售', '蔬菜', 'A0141', '上海市金山区廊下镇', '2008', '100', '10'],
    [
      'construction',
      '示例建筑工程有限公司',
      '房屋建筑工程施工',
      '施工',
      'E4710',
      '上海市金山区吕巷镇',
      '2006',
      '5000',
      '300',
    ],
    [
      'advertising',
      '示例广告有限公司',
      '广告设计、制作、代理、发布',
      '广告',
      'L7251',
      '上海市金山区朱泾镇',
      '2016',
      '100',
      '15',
    ],
    [
      'clinic',
      '示例口腔门诊部有限公司',
      '口腔科诊疗服务',
      '诊疗',
      'Q8423',
      '上海市金山区石化街道',
      '2019',
      '300',
      '25',
    ],
    ['taxi', '示例出租汽车有限公司', '出租汽车客运', '客运', 'G5412', '上海市金山区朱泾镇', '2001', '800', '400'],
    ['bakery', '示例食品店', '糕点、面包零售', '面包', 'F5223', '上海市金山区张堰镇', '2020', '20', '8'],
    ['gym', '示例健身有限公司', '健身休闲活动', '健身', 'R8930', '上海市金山区亭林镇', '2021', '100', '12'],
    ['printing', '示例图文设计工作室', '图文设计制作', '图文', 'M7491', '上海市金山区朱泾镇', '2018', '5', '3'],
    ['travel', '示例旅行社有限公司', '旅游业务', '旅游', 'L7271', '上海市金山区枫泾镇', '2015', '30', '6'],
    ['laundry', '示例洗衣店', '洗染服务', '洗衣', 'O8030', '上海市金山区山阳镇', '2016', '3', '2'],
    [
      'consulting',
      '示例企业管理咨询有限公司',
      '企业管理咨询；商务信息咨询',
      '咨询',
      'L7243',
      '上海市金山区金山卫镇',
      '2014',
      '100',
      '10',
    ],
  ];
  const uscc = new Map(firms.map(([key]) => [key as string, freshUscc()]));
  const rowOf = ([key, ...rest]: string[]) => [id(key as string), rest[0], uscc.get(key as string), ...rest.slice(1)];
  const csv = (rows: unknown[][]) =>
    `\uFEFF${[HEADER, ...rows].map((r) => r.map((c) => `"${String(c ?? '').replaceAll('"', '""')}"`).join(',')).join('\r\n')}\r\n`;
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
      [id('bad2'), '', freshUscc(), '', '', '', '', '', '', ''],
      [id('bad3'), '示例资本有限公司', freshUscc(), '', '', '', '上海市金山区', '2010', '很多钱', ''],
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
