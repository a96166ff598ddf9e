import type { CompanySize } from '@atlas/domain';

/**
 * Firm size by the national bands of 《统计上大中小微型企业划分办法（2017）》 (国统字〔2017〕213号) when the register
 * gives no 企业规模. The bands judge employees (从业人员 X) and operating revenue (营业收入 Y) or total assets (资产总额
 * Z) per sector. A register has no revenue, so **registered capital stands in for Y (or Z)** — a rough proxy:
 * capital is what owners committed, not what the firm sells, so it tends to under-size big manufacturers and
 * over-size holding shells. Employees, when given, are the better signal.
 *
 * The standard's rule: large, medium and small must reach *every* listed lower bound of the band, else the firm
 * drops a band; micro needs only one. So with both numbers the firm gets the smaller of the two bands; with one,
 * that one's band; with none, no size (`null`, reported as unknown). A sector the standard measures without
 * employees (agriculture, construction, real-estate development) uses the capital proxy only; when only employees
 * are known there, the bands of 其他未列明行业 apply. A firm whose sector is unknown (no or unreadable 所属行业) is
 * banded as 其他未列明行业 as well (X 300/100/10).
 */
export type Sector =
  | 'agriculture'
  | 'industry'
  | 'construction'
  | 'wholesale'
  | 'retail'
  | 'transport'
  | 'warehousing'
  | 'postal'
  | 'accommodation'
  | 'catering'
  | 'telecom'
  | 'software'
  | 'realEstateDevelopment'
  | 'propertyManagement'
  | 'leasingBusiness'
  | 'other';

/** Lower bounds of [large, medium, small]; below small is micro. Money in 万元. */
type Bounds = readonly [number, number, number];

interface SectorBands {
  employees?: Bounds;
  /** Revenue or assets bounds, compared with registered capital (the proxy). */
  money?: Bounds;
}

export const SIZE_BANDS: Readonly<Record<Sector, SectorBands>> = {
  agriculture: { money: [20_000, 500, 50] },
  industry: { employees: [1000, 300, 20], money: [40_000, 2000, 300] },
  construction: { money: [80_000, 6000, 300] },
  wholesale: { employees: [200, 20, 5], money: [40_000, 5000, 1000] },
  retail: { employees: [300, 50, 10], money: [20_000, 500, 100] },
  transport: { employees: [1000, 300, 20], money: [30_000, 3000, 200] },
  warehousing: { employees: [200, 100, 20], money: [30_000, 1000, 100] },
  postal: { employees: [1000, 300, 20], money: [30_000, 2000, 100] },
  accommodation: { employees: [300, 100, 10], money: [10_000, 2000, 100] },
  catering: { employees: [300, 100, 10], money: [10_000, 2000, 100] },
  telecom: { employees: [2000, 100, 10], money: [100_000, 1000, 100] },
  software: { employees: [300, 100, 10], money: [10_000, 1000, 50] },
  realEstateDevelopment: { money: [200_000, 1000, 100] },
  propertyManagement: { employees: [1000, 300, 100], money: [5000, 1000, 500] },
  leasingBusiness: { employees: [300, 100, 10], money: [120_000, 8000, 100] },
  other: { employees: [300, 100, 10] },
};

const ORDER: readonly CompanySize[] = ['large', 'medium', 'small', 'micro'];

function band(value: number, bounds: Bounds): CompanySize {
  const index = bounds.findIndex((lower) => value >= lower);
  return ORDER[index === -1 ? 3 : index] as CompanySize;
}

/** The size band from employees and registered capital (万元) for a sector; null when neither is known. */
export function sizeBand(
  sector: Sector,
  employees: number | null | undefined,
  capitalWan: number | null | undefined,
): CompanySize | null {
  const bands = SIZE_BANDS[sector];
  const byEmployees =
    employees == null ? null : band(employees, bands.employees ?? (SIZE_BANDS.other.employees as Bounds));
  const byMoney = capitalWan == null || !bands.money ? null : band(capitalWan, bands.money);
  if (byEmployees && byMoney) return ORDER[Math.max(ORDER.indexOf(byEmployees), ORDER.indexOf(byMoney))] ?? null;
  return byEmployees ?? byMoney;
}

/**
 * The sector of a GB/T 4754-2017 class code ("C3670", "3670", "C36") by its two-digit division, or of an industry
 * name by its words ("汽车零部件及配件制造" → industry); `other` when neither tells.
 */
export function sectorOf(industryCode: string | null | undefined, industryText?: string | null): Sector {
  const division = industryCode ? Number(/\d{2}/.exec(industryCode)?.[0]) : Number.NaN;
  if (Number.isFinite(division)) return sectorOfDivision(division, industryCode ?? '');
  return sectorOfName(industryText ?? '');
}

function sectorOfDivision(d: number, code: string): Sector {
  if (d >= 1 && d <= 5) return 'agriculture';
  if (d >= 6 && d <= 46) return 'industry';
  if (d >= 47 && d <= 50) return 'construction';
  if (d === 51) return 'wholesale';
  if (d === 52) return 'retail';
  if (d >= 53 && d <= 58) return 'transport';
  if (d === 59) return 'warehousing';
  if (d === 60) return 'postal';
  if (d === 61) return 'accommodation';
  if (d === 62) return 'catering';
  if (d === 63 || d === 64) return 'telecom';
  if (d === 65) return 'software';
  if (d === 70) return /70[2]/.test(code) ? 'propertyManagement' : 'realEstateDevelopment';
  if (d === 71 || d === 72) return 'leasingBusiness';
  return 'other';
}

const NAME_SECTORS: ReadonlyArray<[RegExp, Sector]> = [
  [/物业管理/, 'propertyManagement'],
  [/房地产开发/, 'realEstateDevelopment'],
  [/软件|信息技术服务|信息系统集成/, 'software'],
  [/电信|互联网|广播电视/, 'telecom'],
  [/制造|加工|采矿|开采|电力|热力|燃气|自来水|冶炼/, 'industry'],
  [/建筑|土木工程|安装|装饰/, 'construction'],
  [/批发/, 'wholesale'],
  [/零售/, 'retail'],
  [/仓储/, 'warehousing'],
  [/邮政|快递/, 'postal'],
  [/运输|装卸|搬运|货运/, 'transport'],
  [/住宿|酒店|旅馆/, 'accommodation'],
  [/餐饮|餐馆|饭店/, 'catering'],
  [/租赁|商务服务/, 'leasingBusiness'],
  [/农业|林业|畜牧|渔业|种植|养殖/, 'agriculture'],
];

function sectorOfName(text: string): Sector {
  return NAME_SECTORS.find(([pattern]) => pattern.test(text))?.[1] ?? 'other';
}

/** A GB/T 4754 code in the 所属行业 cell ("C3670 汽车零部件及配件制造", "3670", "C"), upper-cased, or null. */
export function industryCodeOf(text: string | null | undefined): string | null {
  const match = /(?:^|[^A-Za-z0-9])([A-Ta-t]?\d{2,4})(?![0-9])/.exec(` ${text ?? ''}`);
  return match ? (match[1] as string).toUpperCase() : null;
}
