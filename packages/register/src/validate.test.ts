import { describe, expect, it } from 'vitest';
import { cellsByField, resolveRegisterHeader } from './columns';
import { formatIssue, RegisterValidator } from './validate';

const HEADER = ['企业名称', '统一社会信用代码', '经营范围', '注册地址', '注册资本', '人员规模', '所属行业', '企业规模'];
const header = (() => {
  const r = resolveRegisterHeader(HEADER);
  if (!r.ok) throw new Error(r.error);
  return r.value;
})();
const row = (line: number, cells: string[]) => ({ line, cells: cellsByField(header, cells) });

describe('register rows', () => {
  it('normalises a good row: stable id from the USCC, place, capital, size band', () => {
    const batch = new RegisterValidator(header, [{ name: '金山工业区', district: '金山区' }]).check([
      row(2, [
        '示例线束有限公司',
        '91310116MA1FL7A10E',
        '汽车线束制造',
        '上海市金山区金山工业区亭卫公路1号',
        '500万美元',
        '100-499人',
        'C3670',
        '',
      ]),
    ]);
    expect(batch.problems).toEqual([]);
    expect(batch.warnings).toEqual([]);
    expect(batch.valid[0]).toMatchObject({
      line: 2,
      id: 'reg-91310116MA1FL7A10E',
      idGiven: false,
      province: '上海市',
      city: '上海市',
      district: '金山区',
      park: '金山工业区',
      addressResolved: true,
      registeredCapital: 3550,
      registeredCapitalCurrency: 'USD',
      employees: 299,
      industryCode: 'C3670',
      size: 'small',
      sizeFrom: 'bands',
    });
  });

  it('lists every bad cell of every row as file:line: column: reason, and duplicates across batches', () => {
    const validator = new RegisterValidator(header);
    const first = validator.check([row(2, ['甲', '91310116MA1FL7A10E', '', '', '', '', '', ''])]);
    expect(first.problems).toEqual([]);
    const second = validator.check([
      row(3, ['', '91310116MA1FL7A10X', '', '', '很多', '许多', '', '巨型']),
      row(4, ['乙', '91310116ma1fl7a10e', '', '', '', '', '', '']),
    ]);
    expect(second.problems.map((p) => formatIssue('r.csv', p))).toEqual([
      'r.csv:3: 企业名称: required, must not be empty',
      'r.csv:3: 统一社会信用代码: not a valid USCC: check character is X, expected E',
      'r.csv:3: 注册资本: not an amount: "很多" (e.g. 5000万元人民币, 500万美元, 5000)',
      'r.csv:3: 人员规模: not a head count: "许多" (e.g. 120, 100-499人, 50人以下)',
      'r.csv:3: 企业规模: not a size: "巨型" (大型, 中型, 小型, 微型 or large, medium, small, micro)',
      'r.csv:4: 统一社会信用代码: duplicate "91310116MA1FL7A10E", first on line 2',
    ]);
    expect(second.valid).toEqual([]);
    const hidden = validator.check([row(5, ['示例\u202Egnp.exe', '91310116MA1FL7B205', '', '', '', '', '', ''])]);
    expect(hidden.problems.map((p) => p.reason)).toEqual([
      'control or bidirectional-override characters are not allowed in a name',
    ]);
  });

  it('warns, but keeps the firm, for an unresolved address, an unknown size and no text to classify', () => {
    const batch = new RegisterValidator(header).check([
      row(5, ['丙', '91310116MA1FL7B205', '', '朝阳区建国路1号', '', '', '', '']),
    ]);
    expect(batch.problems).toEqual([]);
    expect(batch.valid[0]).toMatchObject({ province: null, district: null, addressResolved: false, size: null });
    expect(batch.warnings.map((w) => `${w.line}: ${w.column}: ${w.reason.slice(0, 40)}`)).toEqual([
      '5: 注册地址: address not resolved: "朝阳区" is ambiguous',
      '5: 企业规模: size unknown: no 企业规模, 人员规模 or 注册资本',
      '5: 经营范围: no 经营范围, 主营产品 or 所属行业: only the name can',
    ]);
  });

  it('a given 企业规模 wins over the bands', () => {
    const batch = new RegisterValidator(header).check([
      row(2, ['丁', '91310116MA1FL7C30U', '', '', '1亿元', '5000', 'C3670', '小型']),
    ]);
    expect(batch.valid[0]).toMatchObject({ size: 'small', sizeFrom: 'given' });
  });
});
