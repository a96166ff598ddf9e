import type { CompanySize } from '../enterprise/rows';
import { reason, type SiteReason } from './reason';
import type { SiteKind, SiteUse } from './site';

/**
 * What kind of site a firm of a segment needs (docs/sites.md "Site needs"), derived from what the graph knows: the
 * segment's GB/T 4754-2017 class codes, its industry, and the firm's size. The whole rule is in this file.
 */
export const SITE_CLASSES = [
  'hazardousChemistry',
  'hazardousStorage',
  'vehicleAssembly',
  'heavy',
  'process',
  'light',
  'storage',
  'office',
] as const;
/** Most demanding first: a segment with several codes takes the most demanding class among them. */
export type SiteClass = (typeof SITE_CLASSES)[number];

export interface SiteClassRule {
  uses: readonly SiteUse[];
  kinds: readonly SiteKind[];
  chemicalParkOnly: boolean;
  /** Minimum floor loading, kN/m², for a FLOOR (and a BUILDING that states one); null: any floor. */
  minFloorLoading: number | null;
  /** Energy quota needed per m² of the area band's lower bound, tce/a per m². */
  energyPerM2: number;
  needsVocsQuota: boolean;
  /** Why, in one sentence. */
  why: string;
}

/** 2 t/m² ≈ 19.6 kN/m²: heavy machines and presses (GB 50009 gives 15–20 for heavy workshops); a ground plot always carries them. */
export const HEAVY_FLOOR_LOADING_KN = 20;
/** Shanghai's 工业上楼 standard floors are built for 8 kN/m² and up; process lines with tanks need that much. */
export const PROCESS_FLOOR_LOADING_KN = 8;
/** Light assembly and electronics: any standard factory floor (5 kN/m² and up). */
export const LIGHT_FLOOR_LOADING_KN = 5;
/** Racked storage. */
export const STORAGE_FLOOR_LOADING_KN = 10;

export const SITE_CLASS_RULES: Readonly<Record<SiteClass, SiteClassRule>> = {
  hazardousChemistry: {
    uses: ['M2', 'M3'],
    kinds: ['PLOT', 'BUILDING'],
    chemicalParkOnly: true,
    minFloorLoading: HEAVY_FLOOR_LOADING_KN,
    energyPerM2: 0.2,
    needsVocsQuota: true,
    why: 'hazardous chemistry: new production only inside a chemical park (化工园区), on M2/M3 land, on the ground, with energy and VOCs quota',
  },
  hazardousStorage: {
    uses: ['W', 'M3'],
    kinds: ['PLOT', 'BUILDING'],
    chemicalParkOnly: true,
    minFloorLoading: HEAVY_FLOOR_LOADING_KN,
    energyPerM2: 0,
    needsVocsQuota: false,
    why: 'hazardous goods storage: only inside a chemical park, on W or M3 land, on the ground',
  },
  vehicleAssembly: {
    uses: ['M1', 'M2'],
    kinds: ['PLOT'],
    chemicalParkOnly: false,
    minFloorLoading: null,
    energyPerM2: 0.03,
    needsVocsQuota: true,
    why: 'vehicle assembly: a ground plot for stamping, welding, painting and assembly lines, with VOCs quota for the paint shop',
  },
  heavy: {
    uses: ['M1', 'M2'],
    kinds: ['PLOT', 'BUILDING', 'FLOOR'],
    chemicalParkOnly: false,
    minFloorLoading: HEAVY_FLOOR_LOADING_KN,
    energyPerM2: 0.03,
    needsVocsQuota: false,
    why: `heavy equipment: a ground plot or a floor carrying at least ${HEAVY_FLOOR_LOADING_KN} kN/m² (about 2 t/m²), on M1/M2 land`,
  },
  process: {
    uses: ['M1', 'M2'],
    kinds: ['PLOT', 'BUILDING', 'FLOOR'],
    chemicalParkOnly: false,
    minFloorLoading: PROCESS_FLOOR_LOADING_KN,
    energyPerM2: 0.05,
    needsVocsQuota: true,
    why: `process manufacturing: M1/M2 land, floors of at least ${PROCESS_FLOOR_LOADING_KN} kN/m², with VOCs quota`,
  },
  light: {
    uses: ['M0', 'M1'],
    kinds: ['PLOT', 'BUILDING', 'FLOOR'],
    chemicalParkOnly: false,
    minFloorLoading: LIGHT_FLOOR_LOADING_KN,
    energyPerM2: 0.01,
    needsVocsQuota: false,
    why: `light assembly and electronics: standard factory floors are fine (at least ${LIGHT_FLOOR_LOADING_KN} kN/m²), M0 or M1`,
  },
  storage: {
    uses: ['W'],
    kinds: ['PLOT', 'BUILDING', 'FLOOR'],
    chemicalParkOnly: false,
    minFloorLoading: STORAGE_FLOOR_LOADING_KN,
    energyPerM2: 0,
    needsVocsQuota: false,
    why: `logistics and storage: W land, floors of at least ${STORAGE_FLOOR_LOADING_KN} kN/m²`,
  },
  office: {
    uses: ['M0'],
    kinds: ['BUILDING', 'FLOOR'],
    chemicalParkOnly: false,
    minFloorLoading: null,
    energyPerM2: 0,
    needsVocsQuota: false,
    why: 'R&D, software and services: floors on M0 (研发) land',
  },
};

/**
 * The class of one GB/T 4754-2017 class code (letter + 4 digits), or undefined for a code the rule does not place.
 * C25 fuels, C26 chemicals, C271 chemical APIs and C28 chemical fibres are hazardous chemistry (the other C27
 * pharmaceuticals and C29 rubber and plastic products are process manufacturing: GMP cleanrooms and moulding, not
 * 危险化学品 production); C361 vehicles need a plot; C31–C37 and C43 (metals, machinery, vehicle parts, repair) are
 * heavy; C3985 electronic materials, C38 electrical (cells, transformers) and the other C13–C30, C42 are process;
 * C39–C41 light; G594 and G5435 hazardous storage; other G storage; I, M, J and every other section office.
 */
export function siteClassOfCode(code: string): SiteClass | undefined {
  const section = code[0];
  const division = Number(code.slice(1, 3));
  if (!/^[A-T]\d{4}$/.test(code)) return undefined;
  if (section === 'C') {
    if (division === 25 || division === 26 || division === 28 || code.startsWith('C271')) return 'hazardousChemistry';
    if (code.startsWith('C361')) return 'vehicleAssembly';
    if ((division >= 31 && division <= 37) || division === 43) return 'heavy';
    if (code === 'C3985' || division === 38 || division === 42 || (division >= 13 && division <= 30)) return 'process';
    if (division >= 39 && division <= 41) return 'light';
    return 'process';
  }
  if (section === 'G') return code.startsWith('G594') || code === 'G5435' ? 'hazardousStorage' : 'storage';
  if (section === 'B' || section === 'D') return 'process';
  return 'office';
}

/**
 * A segment without GB codes takes its industry's usual class: chemistry is hazardous until a code says otherwise
 * (the safe side: such a firm is never offered a site outside a chemical park), equipment is heavy, software is
 * office work, drones are light assembly, the rest process manufacturing.
 */
export const INDUSTRY_DEFAULT_CLASS: Readonly<Record<string, SiteClass>> = {
  chem: 'hazardousChemistry',
  equip: 'heavy',
  energy: 'process',
  bio: 'process',
  icv: 'process',
  lowalt: 'light',
  software: 'office',
};

/** m² a firm of each size class needs (land for a plot, floor area for a floor), inclusive. */
export const AREA_BANDS: Readonly<Record<CompanySize | 'unknown', { min: number; max: number }>> = {
  micro: { min: 100, max: 2_000 },
  small: { min: 500, max: 10_000 },
  medium: { min: 2_000, max: 40_000 },
  large: { min: 10_000, max: 300_000 },
  // Size not recorded: between a small and a medium firm.
  unknown: { min: 500, max: 40_000 },
};

export interface SegmentForSites {
  id: string;
  industryId: string;
  gbCodes: readonly string[];
}

export interface SiteNeeds extends Omit<SiteClassRule, 'why' | 'energyPerM2'> {
  segmentId: string;
  industryId: string;
  siteClass: SiteClass;
  area: { min: number; max: number };
  /** tce/a: the band's lower bound × the class's energy per m². */
  minEnergyQuota: number;
  /** Why these needs, one sentence each. */
  reasons: SiteReason[];
}

export function siteNeedsOf(segment: SegmentForSites, size: CompanySize | null | undefined): SiteNeeds {
  const reasons: SiteReason[] = [];
  const coded = segment.gbCodes
    .map((code) => ({ code, siteClass: siteClassOfCode(code) }))
    .filter((c): c is { code: string; siteClass: SiteClass } => c.siteClass !== undefined);
  let siteClass: SiteClass;
  if (coded.length > 0) {
    const worst = coded.reduce((a, b) =>
      SITE_CLASSES.indexOf(b.siteClass) < SITE_CLASSES.indexOf(a.siteClass) ? b : a,
    );
    siteClass = worst.siteClass;
    reasons.push(
      reason('classFromCode', `GB/T 4754 class ${worst.code} of the segment makes it ${siteClass}.`, {
        code: worst.code,
        siteClass,
      }),
    );
  } else {
    siteClass = INDUSTRY_DEFAULT_CLASS[segment.industryId] ?? 'process';
    reasons.push(
      reason(
        'classFromIndustry',
        `The segment has no GB/T 4754 code, so it takes its industry's class, ${siteClass}.`,
        {
          industryId: segment.industryId,
          siteClass,
        },
      ),
    );
  }
  const rule = SITE_CLASS_RULES[siteClass];
  reasons.push(reason(`class.${siteClass}`, `${rule.why[0]?.toUpperCase()}${rule.why.slice(1)}.`));
  const sizeKey = size ?? 'unknown';
  const area = AREA_BANDS[sizeKey];
  reasons.push(
    reason(
      'areaBand',
      `A ${sizeKey === 'unknown' ? 'firm of unknown size' : `${sizeKey} firm`} needs ${area.min}–${area.max} m².`,
      {
        size: sizeKey,
        min: area.min,
        max: area.max,
      },
    ),
  );
  const { why: _why, energyPerM2, ...needs } = rule;
  return {
    ...needs,
    segmentId: segment.id,
    industryId: segment.industryId,
    siteClass,
    area,
    minEnergyQuota: Math.round(area.min * energyPerM2),
    reasons,
  };
}
