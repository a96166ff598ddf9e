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
  /** The first is the one the industry's buyers require in demands (IATF 16949 for cars, ISO 13485 for bio…). */
  certifications: readonly Certification[];
}

const QMS: Certification = { name: 'ISO 9001', chance: 0.95 };
const EMS: Certification = { name: 'ISO 14001', chance: 0.7 };
const OHS: Certification = { name: 'ISO 45001', chance: 0.5 };

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
    certifications: [QMS, EMS, OHS, { name: 'ISO 50001', chance: 0.35 }],
  },
  bio: {
    weight: 0.9,
    words: [
      ['生物科技', 'Biotechnology'],
      ['生物医药', 'Biopharmaceutical'],
      ['生物工程', 'Bioengineering'],
      ['合成生物', 'Synthetic Biology'],
    ],
    certifications: [{ name: 'ISO 13485', chance: 0.7 }, { name: 'GMP', chance: 0.75 }, QMS, EMS],
  },
  lowalt: {
    weight: 0.7,
    words: [
      ['航空科技', 'Aviation Technology'],
      ['无人机', 'UAV'],
      ['智能飞行器', 'Intelligent Aircraft'],
      ['通用航空', 'General Aviation'],
    ],
    certifications: [{ name: 'AS9100', chance: 0.75 }, QMS, EMS, { name: 'GJB 9001C', chance: 0.25 }],
  },
  energy: {
    weight: 1.0,
    words: [
      ['新能源', 'New Energy'],
      ['氢能科技', 'Hydrogen Technology'],
      ['储能技术', 'Energy Storage Technology'],
      ['能源科技', 'Energy Technology'],
    ],
    certifications: [QMS, EMS, { name: 'ISO 50001', chance: 0.5 }, OHS],
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
    ],
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
  },
};

const GENERIC: IndustryProfile = { weight: 1, words: [['科技', 'Technology']], certifications: [QMS, EMS] };

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
