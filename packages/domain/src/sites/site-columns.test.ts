import { describe, expect, it } from 'vitest';
import { demoSites } from './demo-sites';
import { isChemicalPark } from './site';
import { resolveSiteHeader, validateSiteRows } from './site-columns';

const header = (cells: string[]) => {
  const resolved = resolveSiteHeader(cells);
  if (!resolved.ok) throw new Error(resolved.error);
  return resolved.value;
};

const ZH = [
  '编号',
  '名称',
  '园区',
  '类型',
  '面积',
  '用地性质',
  '楼层',
  '楼面荷载',
  '能耗指标',
  'VOCs排放指标',
  '状态',
  '可用日期',
  '出让价',
  '租金',
  '示例数据',
];

describe('site import columns', () => {
  it('reads Chinese headers and values', () => {
    const result = validateSiteRows(header(ZH), [
      {
        line: 2,
        cells: [
          's.1',
          '示例地块',
          '上海化学工业区',
          '地块',
          '50,000',
          '三类工业',
          '',
          '',
          '20000',
          '50',
          '可用',
          '2027-03-01',
          '95',
          '',
          '是',
        ],
      },
      {
        line: 3,
        cells: [
          's.2',
          '示例楼层',
          'park.fengjing-industrial-zone',
          '楼层',
          '3000',
          'M1',
          '3',
          '8',
          '',
          '',
          '已预留',
          '',
          '',
          '1.2',
          '',
        ],
      },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.valid[0]?.row).toMatchObject({
      parkId: 'park.scip-jinshan',
      kind: 'PLOT',
      area: 50_000,
      use: 'M3',
      synthetic: true,
    });
    expect(result.valid[1]?.row).toMatchObject({ kind: 'FLOOR', availability: 'RESERVED', vocsQuota: 0, rent: 1.2 });
  });

  it('names line and column for every problem, in the header the user wrote', () => {
    const result = validateSiteRows(header(ZH), [
      {
        line: 2,
        cells: ['s.1', '甲', '不存在园区', '地块', 'abc', 'M9', '', '', '', '', '可用', '2027-13-45', '', '', ''],
      },
      { line: 3, cells: ['s.2', '乙', '枫泾工业区', '楼层', '3000', 'M1', '', '8', '', '', '可用', '', '', '', ''] },
      { line: 4, cells: ['s.2', '丙', '枫泾工业区', '地块', '3000', 'M1', '', '', '', '', '可用', '', '', '', ''] },
    ]);
    expect(result.valid.map((v) => v.line)).toEqual([]);
    expect(result.problems).toEqual([
      { line: 2, column: '面积', reason: 'not a number: "abc"' },
      {
        line: 2,
        column: '园区',
        reason: 'unknown park "不存在园区"; use a Jinshan park\'s name or id (docs/sites.md)',
      },
      { line: 3, column: '楼层', reason: 'required for a FLOOR (1 = ground floor)' },
      { line: 4, column: '编号', reason: 'duplicate "s.2", first on line 3' },
    ]);
  });

  it('checks enum values and dates once the cells parse', () => {
    const result = validateSiteRows(header(ZH), [
      {
        line: 2,
        cells: ['s.1', '甲', '枫泾工业区', '地块', '3000', 'M9', '', '', '', '', '可用', '2027-13-45', '', '', ''],
      },
    ]);
    expect(result.problems.map((p) => p.column)).toEqual(['用地性质', '可用日期']);
  });

  it('refuses a header without the required columns', () => {
    const resolved = resolveSiteHeader(['id', 'name']);
    expect(resolved.ok).toBe(false);
    if (!resolved.ok) expect(resolved.error).toBe('missing required columns: parkId, kind, area, use, availability');
  });

  it('demo sites: 25–40, synthetic, 示例 names, unique ids, plots in every chemical park', () => {
    const sites = demoSites();
    expect(sites.length).toBeGreaterThanOrEqual(25);
    expect(sites.length).toBeLessThanOrEqual(40);
    expect(new Set(sites.map((s) => s.id)).size).toBe(sites.length);
    expect(sites.every((s) => s.synthetic && s.name.startsWith('示例'))).toBe(true);
    expect(new Set(sites.filter((s) => isChemicalPark(s.parkId)).map((s) => s.parkId)).size).toBe(3);
    expect(demoSites()).toEqual(sites);
  });
});
