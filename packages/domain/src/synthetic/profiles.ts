import type { CompanySize } from '../enterprise/rows';

/**
 * What firms of each industry look like: how common the industry is, the words in their names, and the
 * certifications buyers in that industry ask for. Unknown industries fall back to a generic profile, so the
 * generator works for any industry folder.
 */
export interface Certification {
  name: string;
  /** Chance that a large firm holds it; smaller firms scale down by SIZE_TRAITS.certFactor. */
  chance: number;
}

export interface IndustryProfile {
  weight: number;
  words: ReadonlyArray<[zh: string, en: string]>;
  /** The first is the one the industry's buyers require in demands (IATF 16949 for cars, GMP for bio…). */
  certifications: readonly Certification[];
  leaders: LeaderTraits;
  /**
   * Which of the industry's firms may only sit in a recognised chemical park when in Jinshan: all its producers
   * (chem: goods segments up- and midstream) and/or named segments (energy's hydrogen and green fuels).
   */
  chemicalParkOnly?: { producers?: boolean; segments?: readonly string[] };
}

/**
 * What a chain leader (链主) of the industry looks like in Jinshan (2026-12 review, data/industries/REVIEW.md): a
 * drone or cloud 链主 with 30,000 staff, or a chem 链主 that is a wafer fab, is not one anyone would recognise.
 */
export interface LeaderTraits {
  employees: [min: number, max: number];
  founded: [min: number, max: number];
  /** Segments a leader is planted in first, upstream ones included: the refinery and cracker are chem's 链主. */
  first: readonly string[];
  /** Segments a leader of this industry is never in: application sinks that are other industries' firms. */
  never: readonly string[];
}

const QMS: Certification = { name: 'ISO 9001', chance: 0.95 };
const EMS: Certification = { name: 'ISO 14001', chance: 0.7 };
const OHS: Certification = { name: 'ISO 45001', chance: 0.5 };
const NO_LEADER_RULES = { first: [], never: [] } as const;

export const INDUSTRY_PROFILES: Readonly<Record<string, IndustryProfile>> = {
  icv: {
    weight: 1.2,
    words: [
      ['新能源汽车科技', 'New Energy Vehicle Technology'],
      ['汽车零部件', 'Auto Parts'],
      ['汽车电子', 'Automotive Electronics'],
      ['智能驾驶科技', 'Intelligent Driving Technology'],
      ['动力科技', 'Power Technology'],
    ],
    certifications: [{ name: 'IATF 16949', chance: 0.9 }, QMS, EMS, OHS, { name: 'ISO 26262', chance: 0.3 }],
    leaders: { employees: [2000, 20000], founded: [1985, 2015], ...NO_LEADER_RULES },
  },
  chem: {
    weight: 1.3,
    words: [
      ['新材料', 'New Materials'],
      ['化工', 'Chemical'],
      ['高分子材料', 'Polymer Materials'],
      ['精细化工', 'Fine Chemicals'],
      ['化学科技', 'Chemical Technology'],
    ],
    // New hazardous-chemical production needs the safety-production licence (危险化学品安全生产许可证).
    certifications: [QMS, EMS, OHS, { name: '安全生产许可证', chance: 0.6 }, { name: 'ISO 50001', chance: 0.35 }],
    chemicalParkOnly: { producers: true },
    leaders: {
      employees: [1000, 10000],
      founded: [1972, 2015],
      first: ['chem.steam-cracking', 'chem.isocyanates'],
      never: [
        'chem.auto-lightweight',
        'chem.semiconductor-display',
        'chem.electronics-comms',
        'chem.new-energy',
        'chem.medical-materials',
        'chem.textiles',
      ],
    },
  },
  bio: {
    weight: 0.9,
    words: [
      ['生物科技', 'Biotechnology'],
      ['生物医药', 'Biopharmaceutical'],
      ['生物工程', 'Bioengineering'],
      ['合成生物', 'Synthetic Biology'],
    ],
    // Drug GMP first (ISO 13485 is a medical-device QMS), then food-safety for ingredients.
    certifications: [{ name: 'GMP', chance: 0.8 }, { name: 'ISO 22000', chance: 0.4 }, QMS, EMS],
    leaders: {
      employees: [500, 5000],
      founded: [1990, 2018],
      first: [],
      never: [
        'bio.pharma-market',
        'bio.food-beverage',
        'bio.agriculture',
        'bio.consumer-materials',
        'bio.personal-care',
      ],
    },
  },
  lowalt: {
    // 0.7 before the 2026-12 review added five lowalt leaves; fewer firms per leaf left most of them WEAK.
    weight: 0.9,
    words: [
      ['航空科技', 'Aviation Technology'],
      ['无人机', 'UAV'],
      ['智能飞行器', 'Intelligent Aircraft'],
      ['通用航空', 'General Aviation'],
    ],
    // CAAC type/production certificates first; AS9100 is rare among Chinese UAV firms.
    certifications: [
      { name: 'CAAC TC/PC', chance: 0.5 },
      QMS,
      { name: 'AS9100', chance: 0.3 },
      { name: 'GJB 9001C', chance: 0.2 },
      EMS,
    ],
    leaders: { employees: [300, 3000], founded: [2015, 2021], ...NO_LEADER_RULES },
  },
  energy: {
    weight: 1.0,
    words: [
      ['新能源', 'New Energy'],
      ['氢能科技', 'Hydrogen Technology'],
      ['储能技术', 'Energy Storage Technology'],
      ['能源科技', 'Energy Technology'],
    ],
    certifications: [
      QMS,
      EMS,
      { name: '特种设备制造许可(TS)', chance: 0.4 },
      { name: 'IEC 62619', chance: 0.3 },
      { name: 'ISO 50001', chance: 0.5 },
      OHS,
    ],
    chemicalParkOnly: { segments: ['energy.byproduct-h2', 'energy.liquid-h2', 'energy.green-fuels-chem'] },
    leaders: { employees: [500, 5000], founded: [1995, 2018], first: ['energy.byproduct-h2'], never: [] },
  },
  software: {
    weight: 1.0,
    words: [
      ['信息技术', 'Information Technology'],
      ['软件', 'Software'],
      ['数据科技', 'Data Technology'],
      ['智能科技', 'Intelligent Technology'],
    ],
    certifications: [
      { name: 'ISO/IEC 27001', chance: 0.8 },
      QMS,
      { name: 'CMMI 3', chance: 0.6 },
      { name: 'ISO/IEC 20000', chance: 0.4 },
      { name: 'DCMM', chance: 0.3 },
      { name: 'ITSS', chance: 0.3 },
    ],
    // NBS software bands: large is ≥ 300 staff.
    leaders: { employees: [300, 5000], founded: [1998, 2018], ...NO_LEADER_RULES },
  },
  equip: {
    weight: 1.2,
    words: [
      ['智能装备', 'Intelligent Equipment'],
      ['精密机械', 'Precision Machinery'],
      ['自动化', 'Automation'],
      ['机电', 'Electromechanical'],
    ],
    certifications: [QMS, EMS, OHS, { name: 'CE', chance: 0.4 }],
    leaders: {
      employees: [2000, 20000],
      founded: [1985, 2015],
      first: [],
      never: [
        'equip.auto-users',
        'equip.chem-users',
        'equip.electronics-users',
        'equip.biomed-users',
        'equip.aero-users',
      ],
    },
  },
};

const GENERIC: IndustryProfile = {
  weight: 1,
  words: [['科技', 'Technology']],
  certifications: [QMS, EMS],
  leaders: { employees: [1000, 10000], founded: [1990, 2015], ...NO_LEADER_RULES },
};

export const profileOf = (industryId: string): IndustryProfile => INDUSTRY_PROFILES[industryId] ?? GENERIC;

export interface SizeTraits {
  /** Share among generated firms (chain leaders and anchors aside). */
  share: number;
  employees: [min: number, max: number];
  /** Median annual output capacity, CNY 10k. */
  capacity: number;
  segments: [min: number, max: number];
  /** SUPPLIES edges per segment the firm sells from. */
  customers: [min: number, max: number];
  founded: [min: number, max: number];
  certFactor: number;
  holdsChance: number;
  patents: [min: number, max: number];
}

/** Roughly the size mix of manufacturing firms in China's economic census: most are small or micro. */
export const SIZE_TRAITS: Readonly<Record<CompanySize, SizeTraits>> = {
  large: {
    share: 0.02,
    employees: [1000, 30000],
    capacity: 200_000,
    segments: [2, 4],
    customers: [3, 6],
    founded: [1985, 2015],
    certFactor: 1,
    holdsChance: 0.8,
    patents: [5, 80],
  },
  medium: {
    share: 0.1,
    employees: [300, 999],
    capacity: 20_000,
    segments: [1, 3],
    customers: [2, 4],
    founded: [1995, 2020],
    certFactor: 0.8,
    holdsChance: 0.5,
    patents: [2, 30],
  },
  small: {
    share: 0.33,
    employees: [20, 299],
    capacity: 2_000,
    segments: [1, 2],
    customers: [1, 3],
    founded: [2005, 2024],
    certFactor: 0.5,
    holdsChance: 0.25,
    patents: [1, 10],
  },
  micro: {
    share: 0.55,
    employees: [1, 19],
    capacity: 200,
    segments: [1, 1],
    customers: [0, 2],
    founded: [2012, 2025],
    certFactor: 0.2,
    holdsChance: 0.08,
    patents: [0, 3],
  },
};
