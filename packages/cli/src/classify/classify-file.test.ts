import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClassifier, readVocabulary } from '@atlas/register';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyCommand } from '../commands/classify';
import { classifyFile, RESULT_HEADER } from './classify-file';

// The register package's toy vocabulary (cathode, anode, industrial drones): stable whatever data/industries says.
const toy = fileURLToPath(new URL('../../../register/src/classify/fixtures', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'atlas-classify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// English and Chinese headers mixed, in an unusual order, a register column classify does not need (统一社会信用代码),
// a column no register has (备注) and a quoted multi-line cell.
const INPUT = [
  'products,统一社会信用代码,企业名称,经营范围,industry,备注',
  '磷酸铁锂,91310116MA1XXXXX0,示例·华鑫新能源材料有限公司,"一般项目：磷酸铁锂正极材料研发、生产；',
  '货物进出口",C3985,',
  ',x,示例·恒瑞餐饮管理有限公司,许可项目：餐饮服务；食品销售,H6210,',
  ',x,,工业无人机制造,,',
  ',x,示例·空白有限公司,,,',
  '"人造石墨负极材料、正极材料",x,"示例·博泰""双极""科技有限公司",,,',
].join('\n');

describe('classifyFile', () => {
  it('writes exactly the documented CSV: a row per candidate, rank 0 on abstention, Excel line numbers', async () => {
    const input = join(dir, 'register.csv');
    const output = join(dir, 'result.csv');
    writeFileSync(input, INPUT);
    const classifier = createClassifier(readVocabulary(toy));
    const report = await classifyFile(classifier, input, output, { top: 2 });
    const lines = readFileSync(output, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('line,name,rank,segmentId,segmentName,industryId,confidence,evidence');
    expect(RESULT_HEADER).toBe(lines[0]);
    const rows = lines.slice(1).map((l) => l.split(',').slice(0, 6).join(','));
    expect(rows).toEqual([
      '2,示例·华鑫新能源材料有限公司,1,toy.cathode,正极材料,toy',
      '4,示例·恒瑞餐饮管理有限公司,0,,,',
      '7,"示例·博泰""双极""科技有限公司",1,toy.anode,负极材料,toy',
      '7,"示例·博泰""双极""科技有限公司",2,toy.cathode,正极材料,toy',
    ]);
    expect(lines[1]).toMatch(
      /^2,示例·华鑫新能源材料有限公司,1,toy\.cathode,正极材料,toy,0\.9\d\d,"products: 磷酸铁锂; businessScope: 磷酸铁锂, 正极材料; industry: 电子专用材料制造, C3985"$/,
    );
    expect(lines[2]).toBe('4,示例·恒瑞餐饮管理有限公司,0,,,,,');
    expect(report).toMatchObject({ rows: 5, classified: 2, abstained: 1, ignoredColumns: ['备注'] });
    expect(report.problems).toEqual([
      { line: 5, column: '企业名称', reason: 'required, empty' },
      {
        line: 6,
        column: '经营范围/products/industry',
        reason: 'all empty: at least one is needed to classify the firm',
      },
    ]);
  });

  it('refuses a file without a name column, naming the header line', async () => {
    const input = join(dir, 'no-name.csv');
    writeFileSync(input, '经营范围\n锂电池制造\n');
    await expect(classifyFile(createClassifier(readVocabulary(toy)), input, join(dir, 'x.csv'))).rejects.toThrow(
      `${input}:1: missing required column(s): 企业名称 (name)`,
    );
  });
});

describe('atlas classify', () => {
  it('classifies with the repository vocabulary and prints bad rows as file:line: column: reason', async () => {
    const input = join(dir, 'cli.csv');
    const output = join(dir, 'cli-result.csv');
    writeFileSync(input, '企业名称,经营范围\n示例·甲公司,锂离子电池制造\n,无人机制造\n');
    const printed: string[] = [];
    expect(await classifyCommand.run([input, '--out', output, '--top', '1'], (l) => printed.push(l))).toBe(0);
    expect(printed).toContain(`${input}:3: 企业名称: required, empty`);
    const lines = readFileSync(output, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(RESULT_HEADER);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^2,示例·甲公司,[01],/);
  });

  it('explains its usage on bad arguments', async () => {
    const printed: string[] = [];
    expect(await classifyCommand.run(['a.csv'], (l) => printed.push(l))).toBe(2);
    expect(printed[0]).toMatch(/--out <result\.csv> is needed/);
    expect(await classifyCommand.run(['a.csv', '--out', 'b.csv', '--top', '9'], (l) => printed.push(l))).toBe(2);
  });
});
