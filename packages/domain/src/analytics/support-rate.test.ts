import { describe, expect, it } from 'vitest';
import type { Company } from '../enterprise/company';
import { supportRateReport } from './support-rate';

const firm = (id: string): Company => ({
  id,
  uscc: `USCC-${id}`,
  name: id,
  nameEn: null,
  size: 'large',
  chainLeader: true,
  country: '中国',
  province: '上海市',
  city: '上海市',
  district: '金山区',
  park: null,
  lat: null,
  lon: null,
  employees: null,
  creditScore: null,
  synthetic: true,
});

describe('the supporting-rate report (GraphQL SupportRate)', () => {
  it('joins coverage over the leaves with the rates of the leaders, in the leaders’ order', () => {
    const leaves = [
      { present: true, keyLink: { criticality: 3 } },
      { present: false, keyLink: { criticality: 5 } },
    ];
    const leaders = [
      { company: firm('LJ'), leaderId: 'LJ', localValue: 150, totalValue: 500, edges: 5 },
      { company: firm('LN'), leaderId: 'LN', localValue: 0, totalValue: 0, edges: 0 },
      { company: firm('LS'), leaderId: 'LS', localValue: 100, totalValue: 500, edges: 3 },
    ];
    const report = supportRateReport(leaves, leaders);
    expect(report).toMatchObject({ coverage: 0.5, keyLinkCoverage: 3 / 8, byValue: 0.25 });
    expect(report.perLeader.map((l) => [l.company.id, l.rate, l.localValue, l.totalValue])).toEqual([
      ['LJ', 0.3, 150, 500],
      ['LN', null, 0, 0],
      ['LS', 0.2, 100, 500],
    ]);
  });

  it('has no rate and no leaders without leader edges, and no coverage without leaves', () => {
    expect(supportRateReport([], [])).toEqual({ coverage: 0, keyLinkCoverage: 0, byValue: null, perLeader: [] });
  });
});
